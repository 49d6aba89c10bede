/* internalBinding('signal_wrap'): process.on('SIGxxx') listeners via uv_signal. Handles are
 * unref'd like Node's, so a signal listener alone does not keep the process alive. */
#include <signal.h>
#include <stdlib.h>

#include "bindings.h"

#define CN_MAX_SIGNAL 65

/* Per thread, like the env: a Worker has its own signal listeners. */
static _Thread_local uv_signal_t *handles[CN_MAX_SIGNAL];

static void on_signal(uv_signal_t *h, int signum) {
  cn_env_t *env = h->data;
  JSValueRef arg = JSValueMakeNumber(env->ctx, signum);
  cn_call_hook(env, env->emit_signal, 1, &arg);
}

static void on_close(uv_handle_t *h) { free(h); }

/* start(signum): returns 0 or a negative errno. Idempotent. */
CN_FN(js_start) {
  cn_env_t *env = cn_env_from_ctx(ctx);
  int signum = (int)cn_num(ctx, CN_ARG(0));
  if (signum <= 0 || signum >= CN_MAX_SIGNAL) return JSValueMakeNumber(ctx, UV_EINVAL);
  if (handles[signum]) return JSValueMakeNumber(ctx, 0);
  uv_signal_t *h = malloc(sizeof *h);
  CN_CHECK(h != NULL);
  uv_signal_init(&env->loop, h);
  h->data = env;
  int err = uv_signal_start(h, on_signal, signum);
  if (err) {
    uv_close((uv_handle_t *)h, on_close);
    return JSValueMakeNumber(ctx, err);
  }
  uv_unref((uv_handle_t *)h);
  handles[signum] = h;
  return JSValueMakeNumber(ctx, 0);
}

/* stop(signum): removes the handler, restoring the default action. */
CN_FN(js_stop) {
  int signum = (int)cn_num(ctx, CN_ARG(0));
  if (signum > 0 && signum < CN_MAX_SIGNAL && handles[signum]) {
    uv_close((uv_handle_t *)handles[signum], on_close);
    handles[signum] = NULL;
  }
  return JSValueMakeUndefined(ctx);
}

void cn_signal_wrap_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set_fn(ctx, exports, "start", js_start);
  cn_set_fn(ctx, exports, "stop", js_stop);
}
