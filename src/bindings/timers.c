/* internalBinding('timers'): one uv timer for all JS timers and the setImmediate check phase.
 * JS keeps timers in per-duration lists (lib/internal/timers.js); C only arms the earliest
 * expiry and calls back once per due timer so promise jobs run between callbacks like Node. */
#include "bindings.h"

static void on_timer(uv_timer_t *handle) {
  cn_env_t *env = handle->data;
  JSContextRef ctx = env->ctx;
  JSValueRef r;
  /* One `now` for the whole batch, as Node does: timers added by these callbacks start later. */
  uv_update_time(&env->loop);
  JSValueRef now = JSValueMakeNumber(ctx, (double)uv_now(&env->loop));
  for (;;) {
    r = cn_call_hook(env, env->process_timers, 1, &now);
    /* true: one timer ran and more may be due. NULL: it threw and was reported. */
    if (r == NULL || JSValueIsBoolean(ctx, r)) continue;
    break;
  }
  double next = cn_num(ctx, r);
  if (next == 0 || next != next) {
    uv_unref((uv_handle_t *)handle);
    return;
  }
  double abs_next = next < 0 ? -next : next;
  double delay = abs_next - (double)uv_now(&env->loop);
  uv_timer_start(handle, on_timer, delay > 0 ? (uint64_t)delay : 1, 0);
  if (next > 0)
    uv_ref((uv_handle_t *)handle);
  else
    uv_unref((uv_handle_t *)handle);
}

static void on_check(uv_check_t *handle) {
  cn_env_t *env = handle->data;
  if (env->immediate_info[CN_IMMEDIATE_COUNT] == 0 &&
      !env->immediate_info[CN_IMMEDIATE_HAS_OUTSTANDING])
    return;
  JSValueRef first = JSValueMakeBoolean(env->ctx, true);
  for (;;) {
    JSValueRef r = cn_call_hook(env, env->process_immediate, 1, &first);
    if (r != NULL && !JSValueToBoolean(env->ctx, r)) break;
    first = JSValueMakeBoolean(env->ctx, false);
  }
  if (env->immediate_info[CN_IMMEDIATE_REF_COUNT] == 0) uv_idle_stop(&env->immediate_idle);
}

/* The idle handle only exists to keep the poll phase from blocking while immediates wait. */
static void on_idle(uv_idle_t *handle) { (void)handle; }

void cn_timers_env_init(cn_env_t *env) {
  uv_timer_init(&env->loop, &env->timer);
  env->timer.data = env;
  uv_unref((uv_handle_t *)&env->timer);
  uv_check_init(&env->loop, &env->immediate_check);
  env->immediate_check.data = env;
  uv_check_start(&env->immediate_check, on_check);
  uv_unref((uv_handle_t *)&env->immediate_check);
  uv_idle_init(&env->loop, &env->immediate_idle);
  env->immediate_idle.data = env;
}

/* scheduleTimer(ms): arms the loop timer to fire in ms (>= 1). */
CN_FN(js_schedule_timer) {
  cn_env_t *env = cn_env_from_ctx(ctx);
  double ms = cn_num(ctx, CN_ARG(0));
  uv_timer_start(&env->timer, on_timer, ms >= 1 ? (uint64_t)ms : 1, 0);
  return JSValueMakeUndefined(ctx);
}

/* toggleTimerRef(bool): whether the armed timer keeps the loop alive. */
CN_FN(js_toggle_timer_ref) {
  cn_env_t *env = cn_env_from_ctx(ctx);
  if (JSValueToBoolean(ctx, CN_ARG(0)))
    uv_ref((uv_handle_t *)&env->timer);
  else
    uv_unref((uv_handle_t *)&env->timer);
  return JSValueMakeUndefined(ctx);
}

/* toggleImmediateRef(bool): ref'd immediates keep the loop from blocking in poll. */
CN_FN(js_toggle_immediate_ref) {
  cn_env_t *env = cn_env_from_ctx(ctx);
  if (JSValueToBoolean(ctx, CN_ARG(0)))
    uv_idle_start(&env->immediate_idle, on_idle);
  else
    uv_idle_stop(&env->immediate_idle);
  return JSValueMakeUndefined(ctx);
}

/* getLibuvNow(): the loop's time in ms, refreshed first (as Node does), so a timer created
 * late in a long callback starts counting from its creation. */
CN_FN(js_get_libuv_now) {
  uv_loop_t *loop = &cn_env_from_ctx(ctx)->loop;
  uv_update_time(loop);
  return JSValueMakeNumber(ctx, (double)uv_now(loop));
}

void cn_timers_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set_fn(ctx, exports, "scheduleTimer", js_schedule_timer);
  cn_set_fn(ctx, exports, "toggleTimerRef", js_toggle_timer_ref);
  cn_set_fn(ctx, exports, "toggleImmediateRef", js_toggle_immediate_ref);
  cn_set_fn(ctx, exports, "getLibuvNow", js_get_libuv_now);
  JSObjectRef info = JSObjectMakeTypedArrayWithBytesNoCopy(
      ctx, kJSTypedArrayTypeUint32Array, env->immediate_info, sizeof env->immediate_info, NULL,
      NULL, NULL);
  cn_set(ctx, exports, "immediateInfo", info);
}
