/* cn_env: one JavaScript context plus one libuv loop, and the state shared by all bindings. */
#ifndef CN_RUNTIME_ENV_H
#define CN_RUNTIME_ENV_H

#include <JavaScriptCore/JavaScript.h>
#include <uv.h>

#include "cnode.h"
#include "runtime/util.h"

/* Slots of the Int32Array shared with lib/internal/process/task_queues.js. */
enum { CN_TICK_HAS_SCHEDULED, CN_TICK_HAS_REJECTION, CN_TICK_FIELDS };
/* Slots of the Uint32Array shared with lib/internal/timers.js for setImmediate. */
enum { CN_IMMEDIATE_COUNT, CN_IMMEDIATE_REF_COUNT, CN_IMMEDIATE_HAS_OUTSTANDING, CN_IMMEDIATE_FIELDS };

/* JS entry points returned by lib/internal/bootstrap/node.js; every call from C into JS that
 * is not a plain getter goes through one of these (see callback.c). */
#define CN_HOOKS(X)                                                                    \
  X(run_main, "runMain")                                                               \
  X(run_ticks, "runTicks")                                                             \
  X(make_callback, "makeCallback")                                                     \
  X(process_timers, "processTimers")                                                   \
  X(process_immediate, "processImmediate")                                             \
  X(trigger_uncaught, "triggerUncaught")                                               \
  X(promise_reject, "promiseRejectHandler")                                            \
  X(emit_before_exit, "emitBeforeExit")                                                \
  X(emit_exit, "emitExit")                                                             \
  X(emit_signal, "emitSignal")

typedef struct cn_env {
  JSGlobalContextRef ctx;
  uv_loop_t loop;
  JSObjectRef global;
  JSObjectRef process;        /* the `process` object (protected) */
  JSObjectRef binding_cache;  /* name -> binding exports (protected) */
  JSObjectRef builtin_ids;    /* array of embedded module ids (protected) */
#define CN_HOOK_FIELD(field, name) JSObjectRef field;
  CN_HOOKS(CN_HOOK_FIELD)
#undef CN_HOOK_FIELD
  int32_t tick_info[CN_TICK_FIELDS];
  uint32_t immediate_info[CN_IMMEDIATE_FIELDS];
  uv_timer_t timer;
  uv_check_t immediate_check;
  uv_idle_t immediate_idle;
  const cn_options_t *opts;
  uint64_t start_ns;       /* hrtime at process start, for process.uptime */
  int exit_code;
  int in_tick_checkpoint;
  /* Set on a Worker's runtime that is being stopped (terminate() or process.exit() there):
   * JS can no longer run, so C stops calling into it (src/bindings/worker.c). */
  int stopping;
} cn_env_t;

/* Returns the env owning a context. Can't fail for contexts made by cn_env_new. */
cn_env_t *cn_env_from_ctx(JSContextRef ctx);

/* Calls fn through the JS makeCallback trampoline so that the nextTick queue runs before
 * promise jobs, then runs the tick checkpoint. Exceptions go to the uncaught-exception path.
 * Returns the callback's result, or NULL if it threw. Calls into JS. */
JSValueRef cn_make_callback(cn_env_t *env, JSObjectRef fn, JSObjectRef self, size_t argc,
                            const JSValueRef argv[]);
/* Calls one of the hooks directly (it runs ticks itself), then the tick checkpoint.
 * Returns the result, or NULL if it threw (already reported as uncaught). Calls into JS. */
JSValueRef cn_call_hook(cn_env_t *env, JSObjectRef hook, size_t argc, const JSValueRef argv[]);
/* Runs process.nextTick callbacks and reports rejections until both queues are empty. */
void cn_tick_checkpoint(cn_env_t *env);
/* Reports an exception thrown into C as uncaught (process 'uncaughtException' or exit). */
void cn_report_uncaught(cn_env_t *env, JSValueRef exc);

/* Returns the exports of internal binding `name`, or NULL (with *exc set) if unknown. */
JSValueRef cn_binding_get(cn_env_t *env, const char *name, JSValueRef *exc);

/* Loop setup for timers and immediates (timers.c). */
void cn_timers_env_init(cn_env_t *env);
/* Flushes stdio and terminates the process with code. */
_Noreturn void cn_env_exit(cn_env_t *env, int code);

#endif
