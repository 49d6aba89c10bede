/* internalBinding('fs_event_wrap'): FSEvent (uv_fs_event_t, for fs.watch) and StatWatcher
 * (uv_fs_poll_t, for fs.watchFile). Both follow one lifetime: `new X()` makes an idle object,
 * start() arms the libuv handle and protects the object, close() ends it; the object is
 * unprotected and the struct freed in the close callback. Events reach JS as
 * obj.onchange(...) through cn_make_callback. */
#include <stdlib.h>
#include <string.h>

#include "bindings.h"
#include "bindings/stream_wrap.h"

typedef struct {
  union {
    uv_handle_t handle;
    uv_fs_event_t event;
    uv_fs_poll_t poll;
  } h;
  cn_env_t *env;
  JSObjectRef obj; /* protected from start() until the close callback */
  bool started;    /* the uv handle was initialised (close must go through uv_close) */
  bool closed;     /* uv_close was called */
  bool bigint;     /* StatWatcher: report stats as BigInt64Array */
} cn_watch_t;

static JSClassRef fs_event_class(void);
static JSClassRef stat_watcher_class(void);

static void watch_finalize(JSObjectRef obj) {
  /* A started watcher is protected until its close callback, which clears the private
   * pointer; only never-started structs are left to free here (no context access). */
  cn_watch_t *w = JSObjectGetPrivate(obj);
  if (w && !w->started) free(w);
}

static cn_watch_t *watch_new(JSContextRef ctx, JSClassRef cls) {
  cn_watch_t *w = calloc(1, sizeof *w);
  CN_CHECK(w != NULL);
  w->env = cn_env_from_ctx(ctx);
  w->obj = JSObjectMake(ctx, cls, w);
  w->h.handle.data = w;
  return w;
}

static cn_watch_t *watch_self(JSContextRef ctx, JSObjectRef self) {
  if (!self) return NULL;
  if (!JSValueIsObjectOfClass(ctx, self, fs_event_class()) &&
      !JSValueIsObjectOfClass(ctx, self, stat_watcher_class()))
    return NULL;
  return JSObjectGetPrivate(self);
}

static void on_watch_close(uv_handle_t *h) {
  cn_watch_t *w = h->data;
  JSContextRef ctx = w->env->ctx;
  JSObjectRef obj = w->obj;
  JSObjectSetPrivate(obj, NULL);
  JSValueUnprotect(ctx, obj);
  free(w);
}

/* Marks the watcher started and pins its object; call right after the uv init succeeded. */
static void watch_pin(cn_watch_t *w) {
  w->started = true;
  JSValueProtect(w->env->ctx, w->obj);
}

/* ---- FSEvent ---- */

static JSObjectRef js_fs_event_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                         const JSValueRef argv[], JSValueRef *exc) {
  return watch_new(ctx, fs_event_class())->obj;
}

/* onchange(status, eventType, filename): status < 0 is an error (eventType/filename then
 * undefined/the filename libuv reported, if any). */
static void on_fs_event(uv_fs_event_t *handle, const char *filename, int events, int status) {
  cn_watch_t *w = handle->data;
  JSContextRef ctx = w->env->ctx;
  JSValueRef args[3];
  args[0] = JSValueMakeNumber(ctx, status);
  if (status < 0) {
    args[1] = JSValueMakeUndefined(ctx);
  } else if (events & UV_RENAME) {
    args[1] = cn_str_value(ctx, "rename");
  } else if (events & UV_CHANGE) {
    args[1] = cn_str_value(ctx, "change");
  } else {
    return;
  }
  args[2] = filename ? cn_str_value(ctx, filename) : JSValueMakeNull(ctx);
  cn_call_method(w->env, w->obj, "onchange", 3, args);
}

/* start(path, persistent, recursive): 0 or a negative libuv error. Starting twice is EBUSY. */
CN_FN(js_fs_event_start) {
  cn_watch_t *w = watch_self(ctx, self);
  CN_CHECK(w != NULL);
  if (w->started) return JSValueMakeNumber(ctx, w->closed ? UV_EBADF : UV_EBUSY);
  char *path = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!path) return NULL;
  bool persistent = JSValueToBoolean(ctx, CN_ARG(1));
  unsigned flags = JSValueToBoolean(ctx, CN_ARG(2)) ? UV_FS_EVENT_RECURSIVE : 0;
  int err = uv_fs_event_init(&w->env->loop, &w->h.event);
  if (err == 0) {
    watch_pin(w);
    err = uv_fs_event_start(&w->h.event, on_fs_event, path, flags);
    if (err == 0) {
      cn_set(ctx, w->obj, "initialized", JSValueMakeBoolean(ctx, true));
      if (!persistent) uv_unref(&w->h.handle);
    } else {
      w->closed = true;
      uv_close(&w->h.handle, on_watch_close);
    }
  }
  free(path);
  return JSValueMakeNumber(ctx, err);
}

/* ---- StatWatcher ---- */

static JSObjectRef js_stat_watcher_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                             const JSValueRef argv[], JSValueRef *exc) {
  cn_watch_t *w = watch_new(ctx, stat_watcher_class());
  w->bigint = argc > 0 && JSValueToBoolean(ctx, argv[0]);
  return w->obj;
}

enum { STAT_FIELDS = 18 };

/* The same 18-field layout as the fs binding's stat arrays (see fs.c). */
static JSValueRef stat_array(JSContextRef ctx, const uv_stat_t *s, bool bigint) {
  int64_t v[STAT_FIELDS] = {
      (int64_t)s->st_dev,     (int64_t)s->st_mode,    (int64_t)s->st_nlink,
      (int64_t)s->st_uid,     (int64_t)s->st_gid,     (int64_t)s->st_rdev,
      (int64_t)s->st_blksize, (int64_t)s->st_ino,     (int64_t)s->st_size,
      (int64_t)s->st_blocks,  s->st_atim.tv_sec,      s->st_atim.tv_nsec,
      s->st_mtim.tv_sec,      s->st_mtim.tv_nsec,     s->st_ctim.tv_sec,
      s->st_ctim.tv_nsec,     s->st_birthtim.tv_sec,  s->st_birthtim.tv_nsec,
  };
  JSObjectRef arr = JSObjectMakeTypedArray(
      ctx, bigint ? kJSTypedArrayTypeBigInt64Array : kJSTypedArrayTypeFloat64Array, STAT_FIELDS,
      NULL);
  CN_CHECK(arr != NULL);
  void *p = JSObjectGetTypedArrayBytesPtr(ctx, arr, NULL);
  for (int i = 0; i < STAT_FIELDS; i++) {
    if (bigint)
      ((int64_t *)p)[i] = v[i];
    else
      ((double *)p)[i] = (double)v[i];
  }
  return arr;
}

/* onchange(status, curr, prev): libuv reports changes only (and a failing first stat). */
static void on_fs_poll(uv_fs_poll_t *handle, int status, const uv_stat_t *prev,
                       const uv_stat_t *curr) {
  cn_watch_t *w = handle->data;
  JSContextRef ctx = w->env->ctx;
  JSValueRef args[3] = {JSValueMakeNumber(ctx, status), stat_array(ctx, curr, w->bigint),
                        stat_array(ctx, prev, w->bigint)};
  cn_call_method(w->env, w->obj, "onchange", 3, args);
}

/* start(path, intervalMs): 0 or a negative libuv error. */
CN_FN(js_stat_watcher_start) {
  cn_watch_t *w = watch_self(ctx, self);
  CN_CHECK(w != NULL);
  if (w->started) return JSValueMakeNumber(ctx, w->closed ? UV_EBADF : UV_EBUSY);
  char *path = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!path) return NULL;
  double interval = cn_num(ctx, CN_ARG(1));
  if (!(interval >= 1)) interval = 1;
  int err = uv_fs_poll_init(&w->env->loop, &w->h.poll);
  if (err == 0) {
    watch_pin(w);
    err = uv_fs_poll_start(&w->h.poll, on_fs_poll, path, (unsigned)interval);
    if (err != 0) {
      w->closed = true;
      uv_close(&w->h.handle, on_watch_close);
    }
  }
  free(path);
  return JSValueMakeNumber(ctx, err);
}

/* ---- shared ---- */

/* close(): idempotent; a never-started watcher has nothing to close. */
CN_FN(js_watch_close) {
  cn_watch_t *w = watch_self(ctx, self);
  if (!w || !w->started || w->closed) return JSValueMakeUndefined(ctx);
  w->closed = true;
  uv_close(&w->h.handle, on_watch_close);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_watch_ref) {
  cn_watch_t *w = watch_self(ctx, self);
  if (w && w->started && !w->closed) uv_ref(&w->h.handle);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_watch_unref) {
  cn_watch_t *w = watch_self(ctx, self);
  if (w && w->started && !w->closed) uv_unref(&w->h.handle);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_watch_has_ref) {
  cn_watch_t *w = watch_self(ctx, self);
  return JSValueMakeBoolean(ctx, w && w->started && !w->closed && uv_has_ref(&w->h.handle));
}

static JSClassRef make_class(const char *name, JSObjectCallAsFunctionCallback start) {
  JSStaticFunction fns[] = {
      {"start", start, kJSPropertyAttributeDontEnum},
      {"close", js_watch_close, kJSPropertyAttributeDontEnum},
      {"ref", js_watch_ref, kJSPropertyAttributeDontEnum},
      {"unref", js_watch_unref, kJSPropertyAttributeDontEnum},
      {"hasRef", js_watch_has_ref, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = name;
  def.staticFunctions = fns;
  def.finalize = watch_finalize;
  return JSClassCreate(&def);
}

static JSClassRef fs_event_class(void) {
  static JSClassRef cls;
  if (!cls) cls = make_class("FSEvent", js_fs_event_start);
  return cls;
}

static JSClassRef stat_watcher_class(void) {
  static JSClassRef cls;
  if (!cls) cls = make_class("StatWatcher", js_stat_watcher_start);
  return cls;
}

void cn_fs_event_wrap_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set(ctx, exports, "FSEvent",
         JSObjectMakeConstructor(ctx, fs_event_class(), js_fs_event_construct));
  cn_set(ctx, exports, "StatWatcher",
         JSObjectMakeConstructor(ctx, stat_watcher_class(), js_stat_watcher_construct));
}
