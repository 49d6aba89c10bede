/* internalBinding('stream_wrap'): the part of TCP/Pipe/TTY handles common to every libuv
 * stream. Data read is handed to JS without copying; writes try uv_try_write first and only
 * queue (keeping the request and its data alive) what the kernel did not take at once. */
#include "bindings/stream_wrap.h"

#include <stdlib.h>
#include <string.h>

#include "runtime/errors.h"

#define CN_READ_SIZE 65536

void cn_call_method(cn_env_t *env, JSObjectRef obj, const char *name, size_t argc,
                    const JSValueRef argv[]) {
  JSObjectRef fn = cn_obj(env->ctx, cn_get(env->ctx, obj, name));
  if (fn && JSObjectIsFunction(env->ctx, fn)) cn_make_callback(env, fn, obj, argc, argv);
}

void cn_req_pin(JSContextRef ctx, JSObjectRef req) { JSValueProtect(ctx, req); }
void cn_req_done(JSContextRef ctx, JSObjectRef req) { JSValueUnprotect(ctx, req); }

static void stream_finalize(JSObjectRef obj) {
  /* Only reached once the handle closed (the object is protected until then); close_cb
   * already detached and freed the struct. */
  (void)obj;
}

cn_stream_t *cn_stream_new(cn_env_t *env, JSClassRef cls, JSObjectRef *out_obj) {
  cn_stream_t *s = calloc(1, sizeof *s);
  CN_CHECK(s != NULL);
  s->env = env;
  s->obj = JSObjectMake(env->ctx, cls, s);
  JSValueProtect(env->ctx, s->obj);
  s->h.handle.data = s;
  *out_obj = s->obj;
  return s;
}

cn_stream_t *cn_stream_from(JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
  cn_stream_t *s = self && JSValueIsObjectOfClass(ctx, self, cn_stream_base_class())
                       ? JSObjectGetPrivate(self)
                       : NULL;
  if (s == NULL || s->closed) {
    JSValueRef msg = cn_str_value(ctx, s ? "handle is closed" : "Illegal invocation");
    *exc = JSObjectMakeError(ctx, 1, &msg, NULL);
    return NULL;
  }
  return s;
}

#define CN_STREAM_SELF()                                                               \
  cn_stream_t *s = cn_stream_from(ctx, self, exc);                                     \
  if (!s) return NULL

/* ---- reading ---- */

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  (void)h;
  (void)suggested;
  buf->base = malloc(CN_READ_SIZE);
  buf->len = buf->base ? CN_READ_SIZE : 0;
}

static void free_bytes(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

/* onread(arrayBuffer, nread): data, or (undefined, negative error / UV_EOF). */
static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
  cn_stream_t *s = stream->data;
  JSContextRef ctx = s->env->ctx;
  if (nread == 0) {
    free(buf->base);
    return;
  }
  JSValueRef args[2];
  if (nread > 0) {
    char *bytes = buf->base;
    if (nread < CN_READ_SIZE / 2) {
      char *shrunk = realloc(bytes, (size_t)nread);
      if (shrunk) bytes = shrunk;
    }
    args[0] = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, (size_t)nread, free_bytes, NULL,
                                                     NULL);
  } else {
    free(buf->base);
    args[0] = JSValueMakeUndefined(ctx);
  }
  args[1] = JSValueMakeNumber(ctx, (double)nread);
  cn_call_method(s->env, s->obj, "onread", 2, args);
}

CN_FN(js_read_start) {
  CN_STREAM_SELF();
  return JSValueMakeNumber(ctx, uv_read_start(&s->h.stream, on_alloc, on_read));
}

CN_FN(js_read_stop) {
  CN_STREAM_SELF();
  return JSValueMakeNumber(ctx, uv_read_stop(&s->h.stream));
}

/* ---- writing ---- */

typedef struct {
  uv_write_t req;
  cn_stream_t *stream;
  JSObjectRef req_obj;
  char *owned; /* bytes this request owns (converted strings), freed on completion */
} write_req_t;

static void on_write(uv_write_t *req, int status) {
  write_req_t *w = req->data;
  cn_env_t *env = w->stream->env;
  JSContextRef ctx = env->ctx;
  JSValueRef args[3] = {JSValueMakeNumber(ctx, status), w->stream->obj, w->req_obj};
  cn_set(ctx, w->req_obj, "buffer", JSValueMakeUndefined(ctx));
  cn_call_method(env, w->req_obj, "oncomplete", 3, args);
  cn_req_done(ctx, w->req_obj);
  free(w->owned);
  free(w);
}

/* Writes bufs: first synchronously as far as the kernel takes them, then queues the rest.
 * Sets req.bytes and req.async (true when oncomplete will be called). Returns 0 or an error.
 * `owned` (may be NULL) is freed when the data is no longer needed. */
static int do_write(JSContextRef ctx, cn_stream_t *s, JSObjectRef req_obj, uv_buf_t *bufs,
                    unsigned nbufs, char *owned) {
  size_t total = 0;
  for (unsigned i = 0; i < nbufs; i++) total += bufs[i].len;
  cn_set_num(ctx, req_obj, "bytes", (double)total);
  int n = uv_try_write(&s->h.stream, bufs, nbufs);
  if (n == UV_EAGAIN || n == UV_ENOSYS) n = 0;
  if (n < 0) {
    free(owned);
    cn_set(ctx, req_obj, "async", JSValueMakeBoolean(ctx, false));
    return n;
  }
  size_t left = (size_t)n;
  unsigned first = 0;
  while (first < nbufs && left >= bufs[first].len) left -= bufs[first++].len;
  if (first == nbufs) {
    free(owned);
    cn_set(ctx, req_obj, "async", JSValueMakeBoolean(ctx, false));
    return 0;
  }
  bufs[first].base += left;
  bufs[first].len -= left;
  write_req_t *w = malloc(sizeof *w);
  CN_CHECK(w != NULL);
  w->req.data = w;
  w->stream = s;
  w->req_obj = req_obj;
  w->owned = owned;
  int err = uv_write(&w->req, &s->h.stream, bufs + first, nbufs - first, on_write);
  if (err) {
    free(owned);
    free(w);
    cn_set(ctx, req_obj, "async", JSValueMakeBoolean(ctx, false));
    return err;
  }
  cn_req_pin(ctx, req_obj);
  cn_set(ctx, req_obj, "async", JSValueMakeBoolean(ctx, true));
  return 0;
}

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

/* writeBuffer(req, uint8array): the view must stay alive until req completes; lib/ keeps it
 * on req.buffer. */
CN_FN(js_write_buffer) {
  CN_STREAM_SELF();
  JSObjectRef req = cn_obj(ctx, CN_ARG(0));
  uv_buf_t buf;
  CN_CHECK(req != NULL && view_bytes(ctx, CN_ARG(1), &buf));
  cn_set(ctx, req, "buffer", CN_ARG(1));
  return JSValueMakeNumber(ctx, do_write(ctx, s, req, &buf, 1, NULL));
}

/* writev(req, chunks): chunks is an array of Uint8Arrays (lib/ converts strings first). */
CN_FN(js_writev) {
  CN_STREAM_SELF();
  JSObjectRef req = cn_obj(ctx, CN_ARG(0));
  JSObjectRef chunks = cn_obj(ctx, CN_ARG(1));
  CN_CHECK(req != NULL && chunks != NULL);
  unsigned n = (unsigned)cn_num(ctx, cn_get(ctx, chunks, "length"));
  uv_buf_t stackbufs[16];
  uv_buf_t *bufs = n <= 16 ? stackbufs : malloc(sizeof(uv_buf_t) * n);
  CN_CHECK(bufs != NULL);
  for (unsigned i = 0; i < n; i++)
    CN_CHECK(view_bytes(ctx, JSObjectGetPropertyAtIndex(ctx, chunks, i, NULL), &bufs[i]));
  cn_set(ctx, req, "buffer", chunks);
  int err = do_write(ctx, s, req, bufs, n, NULL);
  if (bufs != stackbufs) free(bufs);
  return JSValueMakeNumber(ctx, err);
}

/* writeUtf8String(req, string): converted once in C; the request owns the bytes. */
CN_FN(js_write_utf8_string) {
  CN_STREAM_SELF();
  JSObjectRef req = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(req != NULL);
  JSStringRef str = JSValueToStringCopy(ctx, CN_ARG(1), exc);
  if (!str) return NULL;
  size_t len;
  char *bytes = cn_jsstr_to_utf8(str, &len);
  JSStringRelease(str);
  uv_buf_t buf = uv_buf_init(bytes, (unsigned)len);
  return JSValueMakeNumber(ctx, do_write(ctx, s, req, &buf, 1, bytes));
}

/* writeLatin1String(req, string): one byte per UTF-16 unit, as Node's latin1 encoding. */
CN_FN(js_write_latin1_string) {
  CN_STREAM_SELF();
  JSObjectRef req = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(req != NULL);
  JSStringRef str = JSValueToStringCopy(ctx, CN_ARG(1), exc);
  if (!str) return NULL;
  size_t len = JSStringGetLength(str);
  const JSChar *chars = JSStringGetCharactersPtr(str);
  char *bytes = malloc(len ? len : 1);
  CN_CHECK(bytes != NULL);
  for (size_t i = 0; i < len; i++) bytes[i] = (char)(chars[i] & 0xFF);
  JSStringRelease(str);
  uv_buf_t buf = uv_buf_init(bytes, (unsigned)len);
  return JSValueMakeNumber(ctx, do_write(ctx, s, req, &buf, 1, bytes));
}

/* ---- shutdown ---- */

typedef struct {
  uv_shutdown_t req;
  cn_stream_t *stream;
  JSObjectRef req_obj;
} shutdown_req_t;

static void on_shutdown(uv_shutdown_t *req, int status) {
  shutdown_req_t *sr = req->data;
  cn_env_t *env = sr->stream->env;
  JSValueRef args[3] = {JSValueMakeNumber(env->ctx, status), sr->stream->obj, sr->req_obj};
  cn_call_method(env, sr->req_obj, "oncomplete", 3, args);
  cn_req_done(env->ctx, sr->req_obj);
  free(sr);
}

/* shutdown(req): ends the writable side once queued writes are done; req.oncomplete(status). */
CN_FN(js_shutdown) {
  CN_STREAM_SELF();
  JSObjectRef req = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(req != NULL);
  shutdown_req_t *sr = malloc(sizeof *sr);
  CN_CHECK(sr != NULL);
  sr->req.data = sr;
  sr->stream = s;
  sr->req_obj = req;
  int err = uv_shutdown(&sr->req, &s->h.stream, on_shutdown);
  if (err) {
    free(sr);
  } else {
    cn_req_pin(ctx, req);
  }
  return JSValueMakeNumber(ctx, err);
}

/* ---- lifetime ---- */

void cn_stream_on_close(uv_handle_t *h) {
  cn_stream_t *s = h->data;
  cn_env_t *env = s->env;
  JSContextRef ctx = env->ctx;
  JSObjectRef obj = s->obj;
  JSObjectSetPrivate(obj, NULL);
  JSObjectRef cb = cn_obj(ctx, cn_get(ctx, obj, "__onclose"));
  if (cb && JSObjectIsFunction(ctx, cb)) {
    cn_set(ctx, obj, "__onclose", JSValueMakeUndefined(ctx));
    cn_make_callback(env, cb, obj, 0, NULL);
  }
  JSValueUnprotect(ctx, obj);
  free(s);
}

/* close(callback?): idempotent; callback runs in the close phase. */
CN_FN(js_close) {
  cn_stream_t *s = self ? JSObjectGetPrivate(self) : NULL;
  if (!s || s->closed) return JSValueMakeUndefined(ctx);
  s->closed = true;
  if (argc > 0 && JSValueIsObject(ctx, argv[0])) cn_set(ctx, self, "__onclose", argv[0]);
  uv_close(&s->h.handle, cn_stream_on_close);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_ref) {
  cn_stream_t *s = self ? JSObjectGetPrivate(self) : NULL;
  if (s && !s->closed) uv_ref(&s->h.handle);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_unref) {
  cn_stream_t *s = self ? JSObjectGetPrivate(self) : NULL;
  if (s && !s->closed) uv_unref(&s->h.handle);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_has_ref) {
  cn_stream_t *s = self ? JSObjectGetPrivate(self) : NULL;
  return JSValueMakeBoolean(ctx, s && !s->closed && uv_has_ref(&s->h.handle));
}

CN_FN(js_get_fd) {
  cn_stream_t *s = self ? JSObjectGetPrivate(self) : NULL;
  uv_os_fd_t fd = -1;
  if (s && !s->closed) uv_fileno(&s->h.handle, &fd);
  return JSValueMakeNumber(ctx, fd);
}

/* writeQueueSize: bytes libuv still holds for this stream. */
CN_FN(js_write_queue_size) {
  cn_stream_t *s = self ? JSObjectGetPrivate(self) : NULL;
  return JSValueMakeNumber(ctx, s && !s->closed ? (double)uv_stream_get_write_queue_size(&s->h.stream) : 0);
}

JSClassRef cn_stream_base_class(void) {
  static JSClassRef cls;
  if (cls) return cls;
  static const JSStaticFunction fns[] = {
      {"readStart", js_read_start, kJSPropertyAttributeDontEnum},
      {"readStop", js_read_stop, kJSPropertyAttributeDontEnum},
      {"shutdown", js_shutdown, kJSPropertyAttributeDontEnum},
      {"writeBuffer", js_write_buffer, kJSPropertyAttributeDontEnum},
      {"writev", js_writev, kJSPropertyAttributeDontEnum},
      {"writeUtf8String", js_write_utf8_string, kJSPropertyAttributeDontEnum},
      {"writeLatin1String", js_write_latin1_string, kJSPropertyAttributeDontEnum},
      {"close", js_close, kJSPropertyAttributeDontEnum},
      {"ref", js_ref, kJSPropertyAttributeDontEnum},
      {"unref", js_unref, kJSPropertyAttributeDontEnum},
      {"hasRef", js_has_ref, kJSPropertyAttributeDontEnum},
      {"getFd", js_get_fd, kJSPropertyAttributeDontEnum},
      {"getWriteQueueSize", js_write_queue_size, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "LibuvStreamWrap";
  def.staticFunctions = fns;
  def.finalize = stream_finalize;
  cls = JSClassCreate(&def);
  return cls;
}

void cn_stream_wrap_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  JSObjectRef ctor = JSObjectMakeConstructor(ctx, cn_stream_base_class(), NULL);
  cn_set(ctx, exports, "LibuvStreamWrap", ctor);
  cn_set_num(ctx, exports, "kReadBytesOrError", 0);
}
