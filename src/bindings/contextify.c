/* internalBinding('contextify'): compiling user code with exact file positions. */
#include <jsc/jsc.h>
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

/* checkModuleSyntax(source, filename): throws the engine's SyntaxError (with line, column and
 * sourceURL) when source is not a valid module. Uses a separate, lazily made context of the
 * GLib API, the only JSC entry point with a module-grammar check. Main thread only. */
CN_FN(js_check_module_syntax) {
  static JSCContext *checker;
  if (!checker) checker = jsc_context_new();
  JSStringRef s = JSValueToStringCopy(ctx, CN_ARG(0), exc);
  if (!s) return NULL;
  size_t len;
  char *src = cn_jsstr_to_utf8(s, &len);
  JSStringRelease(s);
  char *filename = cn_to_cstr(ctx, CN_ARG(1), exc);
  JSCException *error = NULL;
  JSCCheckSyntaxResult r = jsc_context_check_syntax(checker, src, (gssize)len,
                                                    JSC_CHECK_SYNTAX_MODE_MODULE, filename, 1,
                                                    &error);
  free(src);
  JSValueRef result = JSValueMakeUndefined(ctx);
  if (r != JSC_CHECK_SYNTAX_RESULT_SUCCESS && error) {
    JSValueRef msg = cn_str_value(ctx, jsc_exception_get_message(error));
    JSObjectRef e = JSObjectMakeError(ctx, 1, &msg, NULL);
    JSObjectRef ctor = cn_obj(ctx, cn_get(ctx, JSContextGetGlobalObject(ctx), "SyntaxError"));
    if (ctor) JSObjectSetPrototype(ctx, e, cn_get(ctx, ctor, "prototype"));
    cn_set_num(ctx, e, "line", jsc_exception_get_line_number(error));
    cn_set_num(ctx, e, "column", jsc_exception_get_column_number(error));
    cn_set_str(ctx, e, "sourceURL", filename ? filename : "");
    *exc = e;
    result = NULL;
  }
  if (error) g_object_unref(error);
  free(filename);
  return result;
}

/* Exported by the JSC library, declared only in its private headers. */
JS_EXPORT JSGlobalContextRef JSObjectGetGlobalContext(JSObjectRef object);

/* makeContext(): a new global object in this VM's context group (vm.createContext). Objects
 * pass freely between the two; the context lives as long as its global object is reachable. */
CN_FN(js_make_context) {
  JSGlobalContextRef other = JSGlobalContextCreateInGroup(JSContextGetGroup(ctx), NULL);
  JSObjectRef global = JSContextGetGlobalObject(other);
  JSValueRef result = global;
  JSGlobalContextRelease(other);
  return result;
}

/* runInContext(global, source, filename): evaluates source with `global` as the global. */
CN_FN(js_run_in_context) {
  JSObjectRef global = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(global != NULL);
  JSStringRef src = JSValueToStringCopy(ctx, CN_ARG(1), exc);
  if (!src) return NULL;
  JSStringRef url = JSValueToStringCopy(ctx, CN_ARG(2), exc);
  JSValueRef r = url ? JSEvaluateScript(JSObjectGetGlobalContext(global), src, NULL, url, 1, exc)
                     : NULL;
  JSStringRelease(src);
  if (url) JSStringRelease(url);
  return r;
}

void cn_contextify_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set_fn(ctx, exports, "compileFunction", js_compile_function);
  cn_set_fn(ctx, exports, "runScript", js_run_script);
  cn_set_fn(ctx, exports, "checkSyntax", js_check_syntax);
  cn_set_fn(ctx, exports, "checkModuleSyntax", js_check_module_syntax);
  cn_set_fn(ctx, exports, "makeContext", js_make_context);
  cn_set_fn(ctx, exports, "runInContext", js_run_in_context);
}
