/* internalBinding('options'): the command-line options parsed by the embedder (src/main.c). */
#include "bindings.h"
#include "version.h"

static JSValueRef str_or_undefined(JSContextRef ctx, const char *s) {
  return s ? cn_str_value(ctx, s) : JSValueMakeUndefined(ctx);
}

static JSObjectRef str_array(JSContextRef ctx, int n, char **items) {
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (int i = 0; i < n; i++)
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, cn_str_value(ctx, items[i]), NULL);
  return arr;
}

void cn_options_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  const cn_options_t *o = env->opts;
  static const char *const entries[] = {"file", "eval", "stdin", "none"};
  cn_set_str(ctx, exports, "entry", entries[o->entry]);
  cn_set(ctx, exports, "script", str_or_undefined(ctx, o->script));
  cn_set(ctx, exports, "eval", str_or_undefined(ctx, o->eval));
  cn_set(ctx, exports, "print", JSValueMakeBoolean(ctx, o->print));
  cn_set(ctx, exports, "interactive", JSValueMakeBoolean(ctx, o->interactive));
  cn_set(ctx, exports, "exposeInternals", JSValueMakeBoolean(ctx, o->expose_internals));
  cn_set(ctx, exports, "inputType", str_or_undefined(ctx, o->input_type));
  cn_set(ctx, exports, "unhandledRejections", str_or_undefined(ctx, o->unhandled_rejections));
  cn_set(ctx, exports, "title", str_or_undefined(ctx, o->title));
  cn_set(ctx, exports, "noWarnings", JSValueMakeBoolean(ctx, o->no_warnings));
  cn_set(ctx, exports, "traceWarnings", JSValueMakeBoolean(ctx, o->trace_warnings));
  cn_set(ctx, exports, "noDeprecation", JSValueMakeBoolean(ctx, o->no_deprecation));
  cn_set(ctx, exports, "throwDeprecation", JSValueMakeBoolean(ctx, o->throw_deprecation));
  cn_set(ctx, exports, "traceDeprecation", JSValueMakeBoolean(ctx, o->trace_deprecation));
  cn_set(ctx, exports, "pendingDeprecation", JSValueMakeBoolean(ctx, o->pending_deprecation));
  int nreq = 0;
  while (o->requires && o->requires[nreq]) nreq++;
  cn_set(ctx, exports, "requires", str_array(ctx, nreq, o->requires));
  cn_set(ctx, exports, "argv", str_array(ctx, o->argc, o->argv));
  cn_set(ctx, exports, "execArgv", str_array(ctx, o->exec_argc, o->exec_argv));
  cn_set_str(ctx, exports, "cnodeVersion", CNODE_VERSION);
  cn_set_str(ctx, exports, "nodeVersion", CN_NODE_VERSION);
  cn_set_str(ctx, exports, "uvVersion", uv_version_string());
}
