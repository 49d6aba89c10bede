/* internalBinding('contextify'): compiling user code with exact file positions. */
#include <stdlib.h>

#include "bindings.h"

JSValueRef cn_compile_wrapped(JSContextRef ctx, const char *params, const char *src, size_t len,
                              const char *url, JSValueRef *exc);

/* compileFunction(source, filename, params): wraps source in a function with the given
 * comma-separated parameters on the source's first line, so lines stay exact. */
CN_FN(js_compile_function) {
  JSStringRef s = JSValueToStringCopy(ctx, CN_ARG(0), exc);
  if (!s) return NULL;
  size_t len;
  char *src = cn_jsstr_to_utf8(s, &len);
  JSStringRelease(s);
  char *filename = cn_to_cstr(ctx, CN_ARG(1), exc);
  char *params = cn_to_cstr(ctx, CN_ARG(2), exc);
  JSValueRef r = NULL;
  if (filename && params) r = cn_compile_wrapped(ctx, params, src, len, filename, exc);
  free(src);
  free(filename);
  free(params);
  return r;
}

/* runScript(source, filename): evaluates a script in the global scope (for -e, -p, stdin). */
CN_FN(js_run_script) {
  JSStringRef src = JSValueToStringCopy(ctx, CN_ARG(0), exc);
  if (!src) return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, CN_ARG(1), exc);
  JSValueRef r = url ? JSEvaluateScript(ctx, src, NULL, url, 1, exc) : NULL;
  JSStringRelease(src);
  if (url) JSStringRelease(url);
  return r;
}

/* checkSyntax(source, filename): throws the SyntaxError, if any, without running. */
CN_FN(js_check_syntax) {
  JSStringRef src = JSValueToStringCopy(ctx, CN_ARG(0), exc);
  if (!src) return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, CN_ARG(1), exc);
  bool ok = url && JSCheckScriptSyntax(ctx, src, url, 1, exc);
  JSStringRelease(src);
  if (url) JSStringRelease(url);
  return ok ? JSValueMakeUndefined(ctx) : NULL;
}

void cn_contextify_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set_fn(ctx, exports, "compileFunction", js_compile_function);
  cn_set_fn(ctx, exports, "runScript", js_run_script);
  cn_set_fn(ctx, exports, "checkSyntax", js_check_syntax);
}
