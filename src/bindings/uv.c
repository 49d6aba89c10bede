/* internalBinding('uv'): libuv error names and descriptions, for lib/internal/errors.js. */
#include "bindings.h"

CN_FN(js_errname) { return cn_str_value(ctx, uv_err_name((int)cn_num(ctx, CN_ARG(0)))); }

/* getErrorMap(): [[errno, name, description], ...] for every libuv error. */
CN_FN(js_get_error_map) {
  static const int codes[] = {
#define CN_UV_CODE(name, _) UV_##name,
      UV_ERRNO_MAP(CN_UV_CODE)
#undef CN_UV_CODE
  };
  size_t n = CN_ARRAY_SIZE(codes);
  JSValueRef rows[CN_ARRAY_SIZE(codes)];
  for (size_t i = 0; i < n; i++) {
    JSValueRef row[3] = {JSValueMakeNumber(ctx, codes[i]), cn_str_value(ctx, uv_err_name(codes[i])),
                         cn_str_value(ctx, uv_strerror(codes[i]))};
    rows[i] = JSObjectMakeArray(ctx, 3, row, NULL);
  }
  return JSObjectMakeArray(ctx, n, rows, exc);
}

void cn_uv_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set_fn(ctx, exports, "errname", js_errname);
  cn_set_fn(ctx, exports, "getErrorMap", js_get_error_map);
#define CN_UV_CONST(name, _) cn_set_num(ctx, exports, "UV_" #name, UV_##name);
  UV_ERRNO_MAP(CN_UV_CONST)
#undef CN_UV_CONST
}
