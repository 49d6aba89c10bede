/* internalBinding('task_queue'): the flags lib/internal/process/task_queues.js shares with the
 * C tick checkpoint (callback.c), so C knows without a call whether ticks are pending. */
#include "bindings.h"

void cn_task_queue_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  JSObjectRef info = JSObjectMakeTypedArrayWithBytesNoCopy(
      ctx, kJSTypedArrayTypeInt32Array, env->tick_info, sizeof env->tick_info, NULL, NULL, NULL);
  cn_set(ctx, exports, "tickInfo", info);
}
