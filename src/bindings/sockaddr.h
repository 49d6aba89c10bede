/* IP socket addresses between libuv and JS, shared by tcp_wrap and udp_wrap. */
#ifndef CN_BINDINGS_SOCKADDR_H
#define CN_BINDINGS_SOCKADDR_H

#include "bindings.h"

/* Fills out = { address, family, port } from a sockaddr; false for other families. */
bool cn_sockaddr_to_js(JSContextRef ctx, const struct sockaddr *sa, JSObjectRef out);

/* Parses (address, port) for family 4 or 6 into storage. Returns 0 or UV_EINVAL; when the
 * address cannot be converted to a string the exception is left in *exc. */
int cn_sockaddr_parse(JSContextRef ctx, JSValueRef addr, JSValueRef port, int family,
                      struct sockaddr_storage *storage, JSValueRef *exc);

#endif
