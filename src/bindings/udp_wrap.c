/* internalBinding('udp_wrap'): the UDP handle class over uv_udp_t for lib/dgram.js. The API is
 * flat and positional: calls return 0 (or a result) or a negative libuv error; datagrams arrive
 * through handle.onmessage and send completions through req.oncomplete. */
#include <stdlib.h>
#include <string.h>

#include "bindings.h"
#include "bindings/sockaddr.h"
#include "bindings/stream_wrap.h" /* cn_call_method */

#define CN_UDP_READ_SIZE 65536

typedef struct {
  uv_udp_t udp;
  cn_env_t *env;
  JSObjectRef obj; /* protected from creation until the handle's close callback */
  bool closed;     /* uv_close was called */
} cn_udp_t;

typedef struct {
  uv_udp_send_t req;
  cn_udp_t *udp;
  JSObjectRef req_obj; /* protected until completion; holds the data on req.buffer */
  size_t bytes;
} udp_send_t;

static JSClassRef udp_class(void);

static JSObjectRef js_udp_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                    const JSValueRef argv[], JSValueRef *exc) {
  cn_env_t *env = cn_env_from_ctx(ctx);
  cn_udp_t *u = calloc(1, sizeof *u);
  CN_CHECK(u != NULL);
  u->env = env;
  CN_CHECK(uv_udp_init(&env->loop, &u->udp) == 0);
  u->udp.data = u;
  u->obj = JSObjectMake(ctx, udp_class(), u);
  JSValueProtect(ctx, u->obj);
  return u->obj;
}

/* Returns the handle behind self, or NULL with an Error in *exc when closed or foreign. */
static cn_udp_t *udp_from(JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
  cn_udp_t *u = self && JSValueIsObjectOfClass(ctx, self, udp_class()) ? JSObjectGetPrivate(self)
                                                                        : NULL;
  if (u == NULL || u->closed) {
    JSValueRef msg = cn_str_value(ctx, u ? "handle is closed" : "Illegal invocation");
    *exc = JSObjectMakeError(ctx, 1, &msg, NULL);
    return NULL;
  }
  return u;
}

#define CN_UDP_SELF()                                                                  \
  cn_udp_t *u = udp_from(ctx, self, exc);                                              \
  if (!u) return NULL

#define CN_RET_NUM(expr) return JSValueMakeNumber(ctx, (double)(expr))

CN_FN(js_open) {
  CN_UDP_SELF();
  CN_RET_NUM(uv_udp_open(&u->udp, (uv_os_sock_t)cn_num(ctx, CN_ARG(0))));
}

/* bind(address, port, flags) / bind6(...): flags are UV_UDP_REUSEADDR | UV_UDP_IPV6ONLY. */
static JSValueRef bind_common(JSContextRef ctx, JSObjectRef self, size_t argc,
                              const JSValueRef argv[], JSValueRef *exc, int family) {
  CN_UDP_SELF();
  struct sockaddr_storage addr;
  int err = cn_sockaddr_parse(ctx, CN_ARG(0), CN_ARG(1), family, &addr, exc);
  if (*exc) return NULL;
  if (err == 0) {
    unsigned flags = JSValueIsNumber(ctx, CN_ARG(2)) ? (unsigned)cn_num(ctx, argv[2]) : 0;
    err = uv_udp_bind(&u->udp, (struct sockaddr *)&addr, flags);
  }
  CN_RET_NUM(err);
}

CN_FN(js_bind) { return bind_common(ctx, self, argc, argv, exc, 4); }
CN_FN(js_bind6) { return bind_common(ctx, self, argc, argv, exc, 6); }

static JSValueRef connect_common(JSContextRef ctx, JSObjectRef self, size_t argc,
                                 const JSValueRef argv[], JSValueRef *exc, int family) {
  CN_UDP_SELF();
  struct sockaddr_storage addr;
  int err = cn_sockaddr_parse(ctx, CN_ARG(0), CN_ARG(1), family, &addr, exc);
  if (*exc) return NULL;
  if (err == 0) err = uv_udp_connect(&u->udp, (struct sockaddr *)&addr);
  CN_RET_NUM(err);
}

CN_FN(js_connect) { return connect_common(ctx, self, argc, argv, exc, 4); }
CN_FN(js_connect6) { return connect_common(ctx, self, argc, argv, exc, 6); }

CN_FN(js_disconnect) {
  CN_UDP_SELF();
  CN_RET_NUM(uv_udp_connect(&u->udp, NULL));
}

static JSValueRef name_common(JSContextRef ctx, JSObjectRef self, size_t argc,
                              const JSValueRef argv[], JSValueRef *exc, bool peer) {
  CN_UDP_SELF();
  JSObjectRef out = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(out != NULL);
  struct sockaddr_storage addr;
  int len = sizeof addr;
  int err = peer ? uv_udp_getpeername(&u->udp, (struct sockaddr *)&addr, &len)
                 : uv_udp_getsockname(&u->udp, (struct sockaddr *)&addr, &len);
  if (err == 0 && !cn_sockaddr_to_js(ctx, (struct sockaddr *)&addr, out)) err = UV_EINVAL;
  CN_RET_NUM(err);
}

CN_FN(js_getsockname) { return name_common(ctx, self, argc, argv, exc, false); }
CN_FN(js_getpeername) { return name_common(ctx, self, argc, argv, exc, true); }

/* ---- receiving ---- */

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  (void)h;
  (void)suggested;
  buf->base = malloc(CN_UDP_READ_SIZE);
  buf->len = buf->base ? CN_UDP_READ_SIZE : 0;
}

static void free_bytes(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

/* onmessage(nread, arrayBuffer, rinfo): a datagram (possibly empty), or (negative error). */
static void on_recv(uv_udp_t *h, ssize_t nread, const uv_buf_t *buf, const struct sockaddr *addr,
                    unsigned flags) {
  cn_udp_t *u = h->data;
  JSContextRef ctx = u->env->ctx;
  if (nread == 0 && addr == NULL) {
    /* Nothing more to read for now (libuv's "EAGAIN" signal). */
    free(buf->base);
    return;
  }
  JSValueRef args[3];
  args[0] = JSValueMakeNumber(ctx, (double)nread);
  if (nread < 0) {
    free(buf->base);
    args[1] = JSValueMakeUndefined(ctx);
    args[2] = JSValueMakeUndefined(ctx);
  } else {
    char *bytes = buf->base;
    if (nread < CN_UDP_READ_SIZE) {
      char *shrunk = realloc(bytes, nread ? (size_t)nread : 1);
      if (shrunk) bytes = shrunk;
    }
    args[1] = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, (size_t)nread, free_bytes, NULL,
                                                     NULL);
    JSObjectRef rinfo = JSObjectMake(ctx, NULL, NULL);
    cn_sockaddr_to_js(ctx, addr, rinfo);
    cn_set_num(ctx, rinfo, "size", (double)nread);
    if (flags & UV_UDP_PARTIAL) cn_set(ctx, rinfo, "truncated", JSValueMakeBoolean(ctx, true));
    args[2] = rinfo;
  }
  cn_call_method(u->env, u->obj, "onmessage", 3, args);
}

CN_FN(js_recv_start) {
  CN_UDP_SELF();
  int err = uv_udp_recv_start(&u->udp, on_alloc, on_recv);
  CN_RET_NUM(err == UV_EALREADY ? 0 : err);
}

CN_FN(js_recv_stop) {
  CN_UDP_SELF();
  CN_RET_NUM(uv_udp_recv_stop(&u->udp));
}

/* ---- sending ---- */

/* Points buf at a typed array's bytes; false if v is not an ArrayBufferView. */
static bool view_bytes(JSContextRef ctx, JSValueRef v, uv_buf_t *buf) {
  JSObjectRef o = cn_obj(ctx, v);
  if (!o) return false;
  JSTypedArrayType t = JSValueGetTypedArrayType(ctx, o, NULL);
  if (t == kJSTypedArrayTypeNone || t == kJSTypedArrayTypeArrayBuffer) return false;
  char *base = JSObjectGetTypedArrayBytesPtr(ctx, o, NULL);
  size_t off = JSObjectGetTypedArrayByteOffset(ctx, o, NULL);
  size_t len = JSObjectGetTypedArrayByteLength(ctx, o, NULL);
  *buf = uv_buf_init(base ? base + off : NULL, (unsigned)len);
  return true;
}

static void on_send(uv_udp_send_t *req, int status) {
  udp_send_t *s = req->data;
  cn_env_t *env = s->udp->env;
  JSContextRef ctx = env->ctx;
  JSValueRef args[2] = {JSValueMakeNumber(ctx, status),
                        JSValueMakeNumber(ctx, status == 0 ? (double)s->bytes : 0)};
  cn_set(ctx, s->req_obj, "buffer", JSValueMakeUndefined(ctx));
  cn_call_method(env, s->req_obj, "oncomplete", 2, args);
  JSValueUnprotect(ctx, s->req_obj);
  free(s);
}

/* send(req, chunks, port, address, family): family 0 sends on a connected socket. Tries a
 * synchronous send first. Returns a negative error; 0 when queued (req.oncomplete(status,
 * bytes) follows); or 1 + bytes when the datagram already left (no oncomplete). */
CN_FN(js_send) {
  CN_UDP_SELF();
  JSObjectRef req = cn_obj(ctx, CN_ARG(0));
  JSObjectRef chunks = cn_obj(ctx, CN_ARG(1));
  CN_CHECK(req != NULL && chunks != NULL);
  int family = (int)cn_num(ctx, CN_ARG(4));
  struct sockaddr_storage storage;
  const struct sockaddr *addr = NULL;
  if (family != 0) {
    int err = cn_sockaddr_parse(ctx, CN_ARG(3), CN_ARG(2), family, &storage, exc);
    if (*exc) return NULL;
    if (err) CN_RET_NUM(err);
    addr = (const struct sockaddr *)&storage;
  }
  unsigned n = (unsigned)cn_num(ctx, cn_get(ctx, chunks, "length"));
  uv_buf_t stackbufs[16];
  uv_buf_t *bufs = n <= 16 ? stackbufs : malloc(sizeof(uv_buf_t) * n);
  CN_CHECK(bufs != NULL);
  size_t total = 0;
  for (unsigned i = 0; i < n; i++) {
    CN_CHECK(view_bytes(ctx, JSObjectGetPropertyAtIndex(ctx, chunks, i, NULL), &bufs[i]));
    total += bufs[i].len;
  }
  int err = 0;
  /* Only try the fast path when nothing is queued, so datagrams keep their order. */
  if (uv_udp_get_send_queue_count(&u->udp) == 0) {
    int r = uv_udp_try_send(&u->udp, bufs, n, addr);
    if (r >= 0) {
      if (bufs != stackbufs) free(bufs);
      CN_RET_NUM(1 + (double)r);
    }
    if (r != UV_EAGAIN && r != UV_ENOSYS) err = r;
  }
  if (err == 0) {
    udp_send_t *s = malloc(sizeof *s);
    CN_CHECK(s != NULL);
    s->req.data = s;
    s->udp = u;
    s->req_obj = req;
    s->bytes = total;
    err = uv_udp_send(&s->req, &u->udp, bufs, n, addr, on_send);
    if (err) {
      free(s);
    } else {
      cn_set(ctx, req, "buffer", chunks);
      JSValueProtect(ctx, req);
    }
  }
  if (bufs != stackbufs) free(bufs);
  CN_RET_NUM(err);
}

/* ---- options ---- */

CN_FN(js_set_broadcast) {
  CN_UDP_SELF();
  CN_RET_NUM(uv_udp_set_broadcast(&u->udp, JSValueToBoolean(ctx, CN_ARG(0))));
}

CN_FN(js_set_ttl) {
  CN_UDP_SELF();
  CN_RET_NUM(uv_udp_set_ttl(&u->udp, (int)cn_num(ctx, CN_ARG(0))));
}

CN_FN(js_set_multicast_ttl) {
  CN_UDP_SELF();
  CN_RET_NUM(uv_udp_set_multicast_ttl(&u->udp, (int)cn_num(ctx, CN_ARG(0))));
}

CN_FN(js_set_multicast_loopback) {
  CN_UDP_SELF();
  CN_RET_NUM(uv_udp_set_multicast_loop(&u->udp, JSValueToBoolean(ctx, CN_ARG(0))));
}

CN_FN(js_set_multicast_interface) {
  CN_UDP_SELF();
  char *iface = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!iface) return NULL;
  int err = uv_udp_set_multicast_interface(&u->udp, iface);
  free(iface);
  CN_RET_NUM(err);
}

/* Reads an optional string argument: NULL for undefined/null, else a malloc'd copy. */
static char *opt_cstr(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  if (JSValueIsUndefined(ctx, v) || JSValueIsNull(ctx, v)) return NULL;
  return cn_to_cstr(ctx, v, exc);
}

/* addMembership(group, iface?, join) */
CN_FN(js_set_membership) {
  CN_UDP_SELF();
  char *group = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!group) return NULL;
  char *iface = opt_cstr(ctx, CN_ARG(1), exc);
  int err = *exc ? 0
                 : uv_udp_set_membership(&u->udp, group, iface,
                                         JSValueToBoolean(ctx, CN_ARG(2)) ? UV_JOIN_GROUP
                                                                          : UV_LEAVE_GROUP);
  free(group);
  free(iface);
  if (*exc) return NULL;
  CN_RET_NUM(err);
}

/* setSourceMembership(source, group, iface?, join) */
CN_FN(js_set_source_membership) {
  CN_UDP_SELF();
  char *source = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!source) return NULL;
  char *group = cn_to_cstr(ctx, CN_ARG(1), exc);
  char *iface = group ? opt_cstr(ctx, CN_ARG(2), exc) : NULL;
  int err = *exc ? 0
                 : uv_udp_set_source_membership(&u->udp, group, iface, source,
                                                JSValueToBoolean(ctx, CN_ARG(3))
                                                    ? UV_JOIN_GROUP
                                                    : UV_LEAVE_GROUP);
  free(source);
  free(group);
  free(iface);
  if (*exc) return NULL;
  CN_RET_NUM(err);
}

/* bufferSize(size, isRecv): size 0 reads the current value. Returns the size (Linux reports
 * the doubled kernel value, as Node does) or a negative error. */
CN_FN(js_buffer_size) {
  CN_UDP_SELF();
  int value = (int)cn_num(ctx, CN_ARG(0));
  bool recv = JSValueToBoolean(ctx, CN_ARG(1));
  int err = recv ? uv_recv_buffer_size((uv_handle_t *)&u->udp, &value)
                 : uv_send_buffer_size((uv_handle_t *)&u->udp, &value);
  if (err) CN_RET_NUM(err);
  if (cn_num(ctx, CN_ARG(0)) != 0) {
    /* Setting returns nothing useful: read back what the kernel applied. */
    value = 0;
    err = recv ? uv_recv_buffer_size((uv_handle_t *)&u->udp, &value)
               : uv_send_buffer_size((uv_handle_t *)&u->udp, &value);
    if (err) CN_RET_NUM(err);
  }
  CN_RET_NUM(value);
}

CN_FN(js_get_send_queue_size) {
  CN_UDP_SELF();
  CN_RET_NUM(uv_udp_get_send_queue_size(&u->udp));
}

CN_FN(js_get_send_queue_count) {
  CN_UDP_SELF();
  CN_RET_NUM(uv_udp_get_send_queue_count(&u->udp));
}

/* ---- lifetime ---- */

static void on_close(uv_handle_t *h) {
  cn_udp_t *u = h->data;
  cn_env_t *env = u->env;
  JSContextRef ctx = env->ctx;
  JSObjectRef obj = u->obj;
  JSObjectSetPrivate(obj, NULL);
  JSObjectRef cb = cn_obj(ctx, cn_get(ctx, obj, "__onclose"));
  if (cb && JSObjectIsFunction(ctx, cb)) {
    cn_set(ctx, obj, "__onclose", JSValueMakeUndefined(ctx));
    cn_make_callback(env, cb, obj, 0, NULL);
  }
  JSValueUnprotect(ctx, obj);
  free(u);
}

/* close(callback?): idempotent; the callback runs in the close phase. */
CN_FN(js_close) {
  cn_udp_t *u = self && JSValueIsObjectOfClass(ctx, self, udp_class()) ? JSObjectGetPrivate(self)
                                                                        : NULL;
  if (!u || u->closed) return JSValueMakeUndefined(ctx);
  u->closed = true;
  if (argc > 0 && JSValueIsObject(ctx, argv[0])) cn_set(ctx, self, "__onclose", argv[0]);
  uv_close((uv_handle_t *)&u->udp, on_close);
  return JSValueMakeUndefined(ctx);
}

static cn_udp_t *live(JSContextRef ctx, JSObjectRef self) {
  cn_udp_t *u = self && JSValueIsObjectOfClass(ctx, self, udp_class()) ? JSObjectGetPrivate(self)
                                                                        : NULL;
  return u && !u->closed ? u : NULL;
}

CN_FN(js_ref) {
  cn_udp_t *u = live(ctx, self);
  if (u) uv_ref((uv_handle_t *)&u->udp);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_unref) {
  cn_udp_t *u = live(ctx, self);
  if (u) uv_unref((uv_handle_t *)&u->udp);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_has_ref) {
  cn_udp_t *u = live(ctx, self);
  return JSValueMakeBoolean(ctx, u && uv_has_ref((uv_handle_t *)&u->udp));
}

CN_FN(js_get_fd) {
  cn_udp_t *u = live(ctx, self);
  uv_os_fd_t fd = -1;
  if (u) uv_fileno((uv_handle_t *)&u->udp, &fd);
  CN_RET_NUM(fd);
}

static void udp_finalize(JSObjectRef obj) {
  /* Only reached after close: the object is protected while the handle is open, and on_close
   * already freed the struct. */
  (void)obj;
}

static JSClassRef udp_class(void) {
  static JSClassRef cls;
  if (cls) return cls;
  static const JSStaticFunction fns[] = {
      {"open", js_open, kJSPropertyAttributeDontEnum},
      {"bind", js_bind, kJSPropertyAttributeDontEnum},
      {"bind6", js_bind6, kJSPropertyAttributeDontEnum},
      {"connect", js_connect, kJSPropertyAttributeDontEnum},
      {"connect6", js_connect6, kJSPropertyAttributeDontEnum},
      {"disconnect", js_disconnect, kJSPropertyAttributeDontEnum},
      {"getsockname", js_getsockname, kJSPropertyAttributeDontEnum},
      {"getpeername", js_getpeername, kJSPropertyAttributeDontEnum},
      {"recvStart", js_recv_start, kJSPropertyAttributeDontEnum},
      {"recvStop", js_recv_stop, kJSPropertyAttributeDontEnum},
      {"send", js_send, kJSPropertyAttributeDontEnum},
      {"setBroadcast", js_set_broadcast, kJSPropertyAttributeDontEnum},
      {"setTTL", js_set_ttl, kJSPropertyAttributeDontEnum},
      {"setMulticastTTL", js_set_multicast_ttl, kJSPropertyAttributeDontEnum},
      {"setMulticastLoopback", js_set_multicast_loopback, kJSPropertyAttributeDontEnum},
      {"setMulticastInterface", js_set_multicast_interface, kJSPropertyAttributeDontEnum},
      {"setMembership", js_set_membership, kJSPropertyAttributeDontEnum},
      {"setSourceMembership", js_set_source_membership, kJSPropertyAttributeDontEnum},
      {"bufferSize", js_buffer_size, kJSPropertyAttributeDontEnum},
      {"getSendQueueSize", js_get_send_queue_size, kJSPropertyAttributeDontEnum},
      {"getSendQueueCount", js_get_send_queue_count, kJSPropertyAttributeDontEnum},
      {"close", js_close, kJSPropertyAttributeDontEnum},
      {"ref", js_ref, kJSPropertyAttributeDontEnum},
      {"unref", js_unref, kJSPropertyAttributeDontEnum},
      {"hasRef", js_has_ref, kJSPropertyAttributeDontEnum},
      {"getFd", js_get_fd, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "UDP";
  def.staticFunctions = fns;
  def.finalize = udp_finalize;
  cls = JSClassCreate(&def);
  return cls;
}

void cn_udp_wrap_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set(ctx, exports, "UDP", JSObjectMakeConstructor(ctx, udp_class(), js_udp_construct));
  JSObjectRef constants = JSObjectMake(ctx, NULL, NULL);
  cn_set_num(ctx, constants, "UV_UDP_IPV6ONLY", UV_UDP_IPV6ONLY);
  cn_set_num(ctx, constants, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  cn_set(ctx, exports, "constants", constants);
}
