/* internalBinding('util'): engine queries lib/ cannot answer in plain JavaScript. */
#include "bindings.h"

CN_FN(js_is_constructor) {
  JSObjectRef o = cn_obj(ctx, CN_ARG(0));
  return JSValueMakeBoolean(ctx, o && JSObjectIsConstructor(ctx, o));
}

/* getTypedArrayType(v): JSC's typed array kind, or -1 (distinguishes real typed arrays from
 * look-alikes without calling user code). */
CN_FN(js_get_typed_array_type) {
  JSTypedArrayType t = JSValueGetTypedArrayType(ctx, CN_ARG(0), exc);
  return JSValueMakeNumber(ctx, t == kJSTypedArrayTypeNone ? -1 : (double)t);
}

CN_FN(js_is_bigint) { return JSValueMakeBoolean(ctx, JSValueIsBigInt(ctx, CN_ARG(0))); }

void cn_util_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set_fn(ctx, exports, "isConstructor", js_is_constructor);
  cn_set_fn(ctx, exports, "getTypedArrayType", js_get_typed_array_type);
  cn_set_fn(ctx, exports, "isBigInt", js_is_bigint);
}
