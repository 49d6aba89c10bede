/* internalBinding('pipe_wrap'): the Pipe handle class (unix domain sockets, and the pipes of
 * child processes) over uv_pipe_t, with the same conventions as tcp_wrap. */
#include <stdlib.h>

#include "bindings/stream_wrap.h"

enum { CN_PIPE_SOCKET, CN_PIPE_SERVER, CN_PIPE_IPC };

static JSClassRef pipe_class(void);

static JSObjectRef new_pipe(cn_env_t *env, bool ipc, cn_stream_t **out) {
  JSObjectRef obj;
  cn_stream_t *s = cn_stream_new(env, pipe_class(), &obj);
  uv_pipe_init(&env->loop, &s->h.pipe, ipc);
  if (out) *out = s;
  return obj;
}

/* Creates a Pipe object for C code (child_process stdio). */
JSObjectRef cn_pipe_new(cn_env_t *env, bool ipc, uv_pipe_t **out) {
  cn_stream_t *s;
  JSObjectRef obj = new_pipe(env, ipc, &s);
  *out = &s->h.pipe;
  return obj;
}

static JSObjectRef js_pipe_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                     const JSValueRef argv[], JSValueRef *exc) {
  return new_pipe(cn_env_from_ctx(ctx), (int)cn_num(ctx, CN_ARG(0)) == CN_PIPE_IPC, NULL);
}

#define CN_PIPE_SELF()                                                                 \
  cn_stream_t *s = cn_stream_from(ctx, self, exc);                                     \
  if (!s) return NULL

CN_FN(js_open) {
  CN_PIPE_SELF();
  return JSValueMakeNumber(ctx, uv_pipe_open(&s->h.pipe, (uv_file)cn_num(ctx, CN_ARG(0))));
}

CN_FN(js_bind) {
  CN_PIPE_SELF();
  char *name = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!name) return NULL;
  int err = uv_pipe_bind(&s->h.pipe, name);
  free(name);
  return JSValueMakeNumber(ctx, err);
}

static void on_connection(uv_stream_t *server, int status) {
  cn_stream_t *s = server->data;
  cn_env_t *env = s->env;
  JSContextRef ctx = env->ctx;
  JSValueRef args[2] = {JSValueMakeNumber(ctx, status), JSValueMakeUndefined(ctx)};
  if (status == 0) {
    cn_stream_t *client;
    JSObjectRef obj = new_pipe(env, s->h.pipe.ipc, &client);
    int err = uv_accept(server, &client->h.stream);
    if (err) {
      args[0] = JSValueMakeNumber(ctx, err);
      client->closed = true;
      uv_close(&client->h.handle, cn_stream_on_close);
    } else {
      args[1] = obj;
    }
  }
  cn_call_method(env, s->obj, "onconnection", 2, args);
}

CN_FN(js_listen) {
  CN_PIPE_SELF();
  return JSValueMakeNumber(ctx, uv_listen(&s->h.stream, (int)cn_num(ctx, CN_ARG(0)), on_connection));
}

typedef struct {
  uv_connect_t req;
  cn_stream_t *stream;
  JSObjectRef req_obj;
} connect_req_t;

static void on_connect(uv_connect_t *req, int status) {
  connect_req_t *c = req->data;
  cn_env_t *env = c->stream->env;
  JSContextRef ctx = env->ctx;
  JSValueRef args[5] = {JSValueMakeNumber(ctx, status), c->stream->obj, c->req_obj,
                        JSValueMakeBoolean(ctx, true), JSValueMakeBoolean(ctx, true)};
  cn_call_method(env, c->req_obj, "oncomplete", 5, args);
  cn_req_done(ctx, c->req_obj);
  free(c);
}

/* connect(req, path): completion always arrives through req.oncomplete. */
CN_FN(js_connect) {
  CN_PIPE_SELF();
  JSObjectRef req = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(req != NULL);
  char *name = cn_to_cstr(ctx, CN_ARG(1), exc);
  if (!name) return NULL;
  connect_req_t *c = malloc(sizeof *c);
  CN_CHECK(c != NULL);
  c->req.data = c;
  c->stream = s;
  c->req_obj = req;
  cn_req_pin(ctx, req);
  uv_pipe_connect(&c->req, &s->h.pipe, name, on_connect);
  free(name);
  return JSValueMakeNumber(ctx, 0);
}

CN_FN(js_fchmod) {
  CN_PIPE_SELF();
  return JSValueMakeNumber(ctx, uv_pipe_chmod(&s->h.pipe, (int)cn_num(ctx, CN_ARG(0))));
}

static JSValueRef name_common(JSContextRef ctx, JSObjectRef self, JSValueRef *exc, bool peer) {
  CN_PIPE_SELF();
  char buf[1024];
  size_t len = sizeof buf;
  int err = peer ? uv_pipe_getpeername(&s->h.pipe, buf, &len)
                 : uv_pipe_getsockname(&s->h.pipe, buf, &len);
  return err ? JSValueMakeNumber(ctx, err) : cn_strn_value(ctx, buf, len);
}

CN_FN(js_getsockname) { return name_common(ctx, self, exc, false); }
CN_FN(js_getpeername) { return name_common(ctx, self, exc, true); }

CN_FN(js_set_pending_instances) { return JSValueMakeUndefined(ctx); }

static JSClassRef pipe_class(void) {
  static JSClassRef cls;
  if (cls) return cls;
  static const JSStaticFunction fns[] = {
      {"open", js_open, kJSPropertyAttributeDontEnum},
      {"bind", js_bind, kJSPropertyAttributeDontEnum},
      {"listen", js_listen, kJSPropertyAttributeDontEnum},
      {"connect", js_connect, kJSPropertyAttributeDontEnum},
      {"fchmod", js_fchmod, kJSPropertyAttributeDontEnum},
      {"getsockname", js_getsockname, kJSPropertyAttributeDontEnum},
      {"getpeername", js_getpeername, kJSPropertyAttributeDontEnum},
      {"setPendingInstances", js_set_pending_instances, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "Pipe";
  def.parentClass = cn_stream_base_class();
  def.staticFunctions = fns;
  cls = JSClassCreate(&def);
  return cls;
}

void cn_pipe_wrap_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set(ctx, exports, "Pipe", JSObjectMakeConstructor(ctx, pipe_class(), js_pipe_construct));
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  cn_set_num(ctx, constants, "SOCKET", CN_PIPE_SOCKET);
  cn_set_num(ctx, constants, "SERVER", CN_PIPE_SERVER);
  cn_set_num(ctx, constants, "IPC", CN_PIPE_IPC);
  cn_set_num(ctx, constants, "UV_READABLE", UV_READABLE);
  cn_set_num(ctx, constants, "UV_WRITABLE", UV_WRITABLE);
  cn_set(ctx, exports, "constants", constants);
}
