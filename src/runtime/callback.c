/* Calling from C into JS with Node's ordering: the nextTick queue runs before promise jobs,
 * and both are drained after every callback. See "Microtasks" in ARCHITECTURE.md: JSC drains
 * promise jobs when the outermost API call returns, so ticks run inside JS (makeCallback and
 * the hooks) and this file loops until neither ticks nor rejections are pending. */
#include <stdio.h>
#include <stdlib.h>

#include "runtime/env.h"

void cn_report_uncaught(cn_env_t *env, JSValueRef exc) {
  if (env->stopping) return; /* the worker's termination unwinding, not a user error */
  JSValueRef args[2] = {exc, JSValueMakeBoolean(env->ctx, false)};
  JSValueRef exc2 = NULL;
  JSObjectCallAsFunction(env->ctx, env->trigger_uncaught, NULL, 2, args, &exc2);
  if (exc2) {
    /* The uncaught-exception machinery itself failed: Node exits with 7 here. */
    char *msg = cn_to_cstr(env->ctx, exc2, NULL);
    fprintf(stderr, "%s\n", msg ? msg : "uncaught exception in exception handler");
    free(msg);
    cn_env_exit(env, 7);
  }
}

void cn_tick_checkpoint(cn_env_t *env) {
  if (env->in_tick_checkpoint || env->stopping) return;
  env->in_tick_checkpoint = 1;
  while (env->tick_info[CN_TICK_HAS_SCHEDULED] || env->tick_info[CN_TICK_HAS_REJECTION]) {
    JSValueRef exc = NULL;
    JSObjectCallAsFunction(env->ctx, env->run_ticks, NULL, 0, NULL, &exc);
    if (exc) cn_report_uncaught(env, exc);
  }
  env->in_tick_checkpoint = 0;
}

JSValueRef cn_call_hook(cn_env_t *env, JSObjectRef hook, size_t argc, const JSValueRef argv[]) {
  /* undefined, not NULL: callers that loop until a hook reports "done" must stop too. */
  if (env->stopping) return JSValueMakeUndefined(env->ctx);
  JSValueRef exc = NULL;
  JSValueRef r = JSObjectCallAsFunction(env->ctx, hook, NULL, argc, argv, &exc);
  if (exc) {
    cn_report_uncaught(env, exc);
    r = NULL;
  }
  cn_tick_checkpoint(env);
  return r;
}

JSValueRef cn_make_callback(cn_env_t *env, JSObjectRef fn, JSObjectRef self, size_t argc,
                            const JSValueRef argv[]) {
  JSValueRef stackbuf[8];
  JSValueRef *args = argc + 2 <= CN_ARRAY_SIZE(stackbuf) ? stackbuf : malloc((argc + 2) * sizeof *args);
  CN_CHECK(args != NULL);
  args[0] = fn;
  args[1] = self ? (JSValueRef)self : JSValueMakeUndefined(env->ctx);
  for (size_t i = 0; i < argc; i++) args[i + 2] = argv[i];
  JSValueRef r = cn_call_hook(env, env->make_callback, argc + 2, args);
  if (args != stackbuf) free(args);
  return r;
}
