/* internalBinding('tcp_wrap'): the TCP handle class (sockets and servers) over uv_tcp_t, with
 * Node's positional API: bind/listen/connect return 0 or a negative libuv error, and
 * completions are reported through onconnection / req.oncomplete. */
#include <stdlib.h>
#include <string.h>

#include "bindings/sockaddr.h"
#include "bindings/stream_wrap.h"

enum { CN_TCP_SOCKET, CN_TCP_SERVER };

static JSClassRef tcp_class(void);

static JSObjectRef new_tcp(cn_env_t *env, cn_stream_t **out) {
  JSObjectRef obj;
  cn_stream_t *s = cn_stream_new(env, tcp_class(), &obj);
  uv_tcp_init(&env->loop, &s->h.tcp);
  if (out) *out = s;
  return obj;
}

static JSObjectRef js_tcp_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                    const JSValueRef argv[], JSValueRef *exc) {
  return new_tcp(cn_env_from_ctx(ctx), NULL);
}

#define CN_TCP_SELF()                                                                  \
  cn_stream_t *s = cn_stream_from(ctx, self, exc);                                     \
  if (!s) return NULL

CN_FN(js_open) {
  CN_TCP_SELF();
  return JSValueMakeNumber(ctx, uv_tcp_open(&s->h.tcp, (uv_os_sock_t)cn_num(ctx, CN_ARG(0))));
}

static JSValueRef bind_common(JSContextRef ctx, JSObjectRef self, size_t argc,
                              const JSValueRef argv[], JSValueRef *exc, int family) {
  CN_TCP_SELF();
  struct sockaddr_storage addr;
  int err = cn_sockaddr_parse(ctx, CN_ARG(0), CN_ARG(1), family, &addr, exc);
  if (*exc) return NULL;
  if (err == 0) {
    unsigned flags = family == 6 && JSValueIsNumber(ctx, CN_ARG(2)) ? (unsigned)cn_num(ctx, argv[2]) : 0;
    err = uv_tcp_bind(&s->h.tcp, (struct sockaddr *)&addr, flags);
  }
  return JSValueMakeNumber(ctx, err);
}

CN_FN(js_bind) { return bind_common(ctx, self, argc, argv, exc, 4); }
CN_FN(js_bind6) { return bind_common(ctx, self, argc, argv, exc, 6); }

static void on_connection(uv_stream_t *server, int status) {
  cn_stream_t *s = server->data;
  cn_env_t *env = s->env;
  JSContextRef ctx = env->ctx;
  JSValueRef args[2] = {JSValueMakeNumber(ctx, status), JSValueMakeUndefined(ctx)};
  if (status == 0) {
    cn_stream_t *client;
    JSObjectRef obj = new_tcp(env, &client);
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
  CN_TCP_SELF();
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

static JSValueRef connect_common(JSContextRef ctx, JSObjectRef self, size_t argc,
                                 const JSValueRef argv[], JSValueRef *exc, int family) {
  CN_TCP_SELF();
  JSObjectRef req = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(req != NULL);
  struct sockaddr_storage addr;
  int err = cn_sockaddr_parse(ctx, CN_ARG(1), CN_ARG(2), family, &addr, exc);
  if (*exc) return NULL;
  if (err == 0) {
    connect_req_t *c = malloc(sizeof *c);
    CN_CHECK(c != NULL);
    c->req.data = c;
    c->stream = s;
    c->req_obj = req;
    err = uv_tcp_connect(&c->req, &s->h.tcp, (struct sockaddr *)&addr, on_connect);
    if (err)
      free(c);
    else
      cn_req_pin(ctx, req);
  }
  return JSValueMakeNumber(ctx, err);
}

CN_FN(js_connect) { return connect_common(ctx, self, argc, argv, exc, 4); }
CN_FN(js_connect6) { return connect_common(ctx, self, argc, argv, exc, 6); }

static JSValueRef name_common(JSContextRef ctx, JSObjectRef self, size_t argc,
                              const JSValueRef argv[], JSValueRef *exc, bool peer) {
  CN_TCP_SELF();
  JSObjectRef out = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(out != NULL);
  struct sockaddr_storage addr;
  int len = sizeof addr;
  int err = peer ? uv_tcp_getpeername(&s->h.tcp, (struct sockaddr *)&addr, &len)
                 : uv_tcp_getsockname(&s->h.tcp, (struct sockaddr *)&addr, &len);
  if (err == 0 && !cn_sockaddr_to_js(ctx, (struct sockaddr *)&addr, out)) err = UV_EINVAL;
  return JSValueMakeNumber(ctx, err);
}

CN_FN(js_getsockname) { return name_common(ctx, self, argc, argv, exc, false); }
CN_FN(js_getpeername) { return name_common(ctx, self, argc, argv, exc, true); }

CN_FN(js_set_no_delay) {
  CN_TCP_SELF();
  return JSValueMakeNumber(ctx, uv_tcp_nodelay(&s->h.tcp, JSValueToBoolean(ctx, CN_ARG(0))));
}

/* setKeepAlive(enable, delaySeconds) */
CN_FN(js_set_keep_alive) {
  CN_TCP_SELF();
  return JSValueMakeNumber(ctx, uv_tcp_keepalive(&s->h.tcp, JSValueToBoolean(ctx, CN_ARG(0)),
                                                 (unsigned)cn_num(ctx, CN_ARG(1))));
}

/* reset(callback): closes with RST instead of FIN. */
CN_FN(js_reset) {
  CN_TCP_SELF();
  if (argc > 0 && JSValueIsObject(ctx, argv[0])) cn_set(ctx, self, "__onclose", argv[0]);
  int err = uv_tcp_close_reset(&s->h.tcp, cn_stream_on_close);
  if (err == 0) s->closed = true;
  return JSValueMakeNumber(ctx, err);
}

static JSClassRef tcp_class(void) {
  static JSClassRef cls;
  if (cls) return cls;
  static const JSStaticFunction fns[] = {
      {"open", js_open, kJSPropertyAttributeDontEnum},
      {"bind", js_bind, kJSPropertyAttributeDontEnum},
      {"bind6", js_bind6, kJSPropertyAttributeDontEnum},
      {"listen", js_listen, kJSPropertyAttributeDontEnum},
      {"connect", js_connect, kJSPropertyAttributeDontEnum},
      {"connect6", js_connect6, kJSPropertyAttributeDontEnum},
      {"getsockname", js_getsockname, kJSPropertyAttributeDontEnum},
      {"getpeername", js_getpeername, kJSPropertyAttributeDontEnum},
      {"setNoDelay", js_set_no_delay, kJSPropertyAttributeDontEnum},
      {"setKeepAlive", js_set_keep_alive, kJSPropertyAttributeDontEnum},
      {"reset", js_reset, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "TCP";
  def.parentClass = cn_stream_base_class();
  def.staticFunctions = fns;
  cls = JSClassCreate(&def);
  return cls;
}

void cn_tcp_wrap_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set(ctx, exports, "TCP", JSObjectMakeConstructor(ctx, tcp_class(), js_tcp_construct));
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  cn_set_num(ctx, constants, "SOCKET", CN_TCP_SOCKET);
  cn_set_num(ctx, constants, "SERVER", CN_TCP_SERVER);
  cn_set_num(ctx, constants, "UV_TCP_IPV6ONLY", UV_TCP_IPV6ONLY);
  cn_set(ctx, exports, "constants", constants);
}
