/* IP socket addresses between libuv and JS (see sockaddr.h). */
#include <stdlib.h>

#include "bindings/sockaddr.h"

bool cn_sockaddr_to_js(JSContextRef ctx, const struct sockaddr *sa, JSObjectRef out) {
  char ip[INET6_ADDRSTRLEN];
  int port;
  const char *family;
  if (sa->sa_family == AF_INET) {
    const struct sockaddr_in *a = (const struct sockaddr_in *)sa;
    uv_ip4_name(a, ip, sizeof ip);
    port = ntohs(a->sin_port);
    family = "IPv4";
  } else if (sa->sa_family == AF_INET6) {
    const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)sa;
    uv_ip6_name(a, ip, sizeof ip);
    port = ntohs(a->sin6_port);
    family = "IPv6";
  } else {
    return false;
  }
  cn_set_str(ctx, out, "address", ip);
  cn_set_str(ctx, out, "family", family);
  cn_set_num(ctx, out, "port", port);
  return true;
}

int cn_sockaddr_parse(JSContextRef ctx, JSValueRef addr, JSValueRef port, int family,
                      struct sockaddr_storage *storage, JSValueRef *exc) {
  char *ip = cn_to_cstr(ctx, addr, exc);
  if (!ip) return UV_EINVAL;
  int p = (int)cn_num(ctx, port);
  int err = family == 6 ? uv_ip6_addr(ip, p, (struct sockaddr_in6 *)storage)
                        : uv_ip4_addr(ip, p, (struct sockaddr_in *)storage);
  free(ip);
  return err;
}
