/* Shared machinery for JS objects that own a libuv stream (TCP, Pipe, TTY): lifetime, reading,
 * writing, shutdown and close, exposed to lib/ with Node's stream_wrap conventions. */
#ifndef CN_BINDINGS_STREAM_WRAP_H
#define CN_BINDINGS_STREAM_WRAP_H

#include "bindings.h"

typedef struct cn_stream {
  union {
    uv_handle_t handle;
    uv_stream_t stream;
    uv_tcp_t tcp;
    uv_pipe_t pipe;
    uv_tty_t tty;
  } h;
  cn_env_t *env;
  JSObjectRef obj; /* the JS handle object: protected from creation until closed */
  bool closed;     /* uv_close was called */
} cn_stream_t;

/* The class all stream handles inherit from: readStart, readStop, shutdown, writeBuffer,
 * writev, writeUtf8String, writeLatin1String, ref, unref, hasRef, close, getFd. */
JSClassRef cn_stream_base_class(void);

/* Makes the JS object for a stream whose uv handle the caller initialises right after.
 * The object is protected until its handle is closed. */
cn_stream_t *cn_stream_new(cn_env_t *env, JSClassRef cls, JSObjectRef *out_obj);

/* Returns the stream behind a handle object, or NULL (with a TypeError in *exc) when self is
 * not one or is already closed. */
cn_stream_t *cn_stream_from(JSContextRef ctx, JSObjectRef self, JSValueRef *exc);

/* The close callback of every stream handle: calls the JS close callback, then unprotects the
 * object and frees the struct. Pass it to uv_close (or uv_tcp_close_reset). */
void cn_stream_on_close(uv_handle_t *h);

/* Calls obj[name](...argv) through cn_make_callback when it is a function. Calls into JS. */
void cn_call_method(cn_env_t *env, JSObjectRef obj, const char *name, size_t argc,
                    const JSValueRef argv[]);

/* Protects a request object until cn_req_done; req.oncomplete is how it reports. */
void cn_req_pin(JSContextRef ctx, JSObjectRef req);
void cn_req_done(JSContextRef ctx, JSObjectRef req);

#endif
