/* internalBinding('tty_wrap'): the TTY handle class over uv_tty_t (process.stdin/stdout on a
 * terminal), plus isTTY(fd). */
#include <stdlib.h>

#include "bindings/stream_wrap.h"

static JSClassRef tty_class(void);

/* new TTY(fd, ctx): on failure ctx.code/errno/syscall are set and the handle is unusable. */
static JSObjectRef js_tty_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                    const JSValueRef argv[], JSValueRef *exc) {
  cn_env_t *env = cn_env_from_ctx(ctx);
  JSObjectRef obj;
  cn_stream_t *s = cn_stream_new(env, tty_class(), &obj);
  int err = uv_tty_init(&env->loop, &s->h.tty, (uv_file)cn_num(ctx, CN_ARG(0)), 0);
  if (err) {
    JSObjectRef info = cn_obj(ctx, CN_ARG(1));
    if (info) {
      cn_set_num(ctx, info, "errno", err);
      cn_set_str(ctx, info, "code", uv_err_name(err));
      cn_set_str(ctx, info, "message", uv_strerror(err));
      cn_set_str(ctx, info, "syscall", "uv_tty_init");
    }
    /* The handle was never initialised: drop the object's protection without uv_close. */
    JSObjectSetPrivate(obj, NULL);
    JSValueUnprotect(ctx, obj);
    free(s);
  }
  return obj;
}

#define CN_TTY_SELF()                                                                  \
  cn_stream_t *s = cn_stream_from(ctx, self, exc);                                     \
  if (!s) return NULL

/* getWindowSize(array): fills [columns, rows]; returns 0 or an error. */
CN_FN(js_get_window_size) {
  CN_TTY_SELF();
  JSObjectRef out = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(out != NULL);
  int width, height;
  int err = uv_tty_get_winsize(&s->h.tty, &width, &height);
  if (err == 0) {
    JSObjectSetPropertyAtIndex(ctx, out, 0, JSValueMakeNumber(ctx, width), NULL);
    JSObjectSetPropertyAtIndex(ctx, out, 1, JSValueMakeNumber(ctx, height), NULL);
  }
  return JSValueMakeNumber(ctx, err);
}

CN_FN(js_set_raw_mode) {
  CN_TTY_SELF();
  return JSValueMakeNumber(ctx, uv_tty_set_mode(&s->h.tty, JSValueToBoolean(ctx, CN_ARG(0))
                                                               ? UV_TTY_MODE_RAW
                                                               : UV_TTY_MODE_NORMAL));
}

CN_FN(js_set_blocking) {
  CN_TTY_SELF();
  return JSValueMakeNumber(ctx, uv_stream_set_blocking(&s->h.stream, JSValueToBoolean(ctx, CN_ARG(0))));
}

CN_FN(js_is_tty) {
  return JSValueMakeBoolean(ctx, uv_guess_handle((uv_file)cn_num(ctx, CN_ARG(0))) == UV_TTY);
}

static JSClassRef tty_class(void) {
  static JSClassRef cls;
  if (cls) return cls;
  static const JSStaticFunction fns[] = {
      {"getWindowSize", js_get_window_size, kJSPropertyAttributeDontEnum},
      {"setRawMode", js_set_raw_mode, kJSPropertyAttributeDontEnum},
      {"setBlocking", js_set_blocking, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "TTY";
  def.parentClass = cn_stream_base_class();
  def.staticFunctions = fns;
  cls = JSClassCreate(&def);
  return cls;
}

void cn_tty_wrap_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set(ctx, exports, "TTY", JSObjectMakeConstructor(ctx, tty_class(), js_tty_construct));
  cn_set_fn(ctx, exports, "isTTY", js_is_tty);
}
