/* Runtime lifecycle: creates the context and loop, runs the JS bootstrap, drives the event
 * loop with beforeExit/exit like Node, and owns the internalBinding registry. */
#include "runtime/env.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bindings.h"
#include "runtime/builtins.h"

/* From the same library's GLib API (jsc/JSCOptions.h); declared here to avoid the GLib headers. */
extern int jsc_options_set_boolean(const char *option, int value);

/* Declared in JSC's private headers but exported by the library (see ARCHITECTURE.md). */
JS_EXPORT bool JSGlobalContextSetUnhandledRejectionCallback(JSGlobalContextRef ctx,
                                                            JSObjectRef function,
                                                            JSValueRef *exception);

JSValueRef cn_js_compile_builtin(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                                 const JSValueRef argv[], JSValueRef *exc);
JSValueRef cn_compile_wrapped(JSContextRef ctx, const char *params, const char *src, size_t len,
                              const char *url, JSValueRef *exc);

struct cn_runtime {
  cn_env_t env;
};

/* One env per thread: the main thread's runtime, or a Worker's on its own thread. */
static _Thread_local cn_env_t *current_env;

cn_env_t *cn_env_from_ctx(JSContextRef ctx) {
  (void)ctx;
  return current_env;
}

typedef struct {
  const char *name;
  void (*init)(cn_env_t *env, JSObjectRef exports);
} binding_entry_t;

#define CN_BINDING_ENTRY(name) {#name, cn_##name##_init},
static const binding_entry_t bindings[] = {CN_BINDINGS(CN_BINDING_ENTRY)};
#undef CN_BINDING_ENTRY

JSValueRef cn_binding_get(cn_env_t *env, const char *name, JSValueRef *exc) {
  JSContextRef ctx = env->ctx;
  JSValueRef cached = cn_get(ctx, env->binding_cache, name);
  if (!JSValueIsUndefined(ctx, cached)) return cached;
  for (size_t i = 0; i < CN_ARRAY_SIZE(bindings); i++) {
    if (strcmp(bindings[i].name, name) != 0) continue;
    JSObjectRef exports = JSObjectMake(ctx, NULL, NULL);
    bindings[i].init(env, exports);
    cn_set(ctx, env->binding_cache, name, exports);
    return exports;
  }
  char msg[256];
  snprintf(msg, sizeof msg, "No such binding: %s", name);
  JSValueRef arg = cn_str_value(ctx, msg);
  *exc = JSObjectMakeError(ctx, 1, &arg, NULL);
  return NULL;
}

CN_FN(js_internal_binding) {
  char *name = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!name) return NULL;
  JSValueRef r = cn_binding_get(cn_env_from_ctx(ctx), name, exc);
  free(name);
  return r;
}

_Noreturn void cn_env_exit(cn_env_t *env, int code) {
  (void)env;
  fflush(stdout);
  fflush(stderr);
  exit(code);
}

static JSObjectRef protected_fn(JSContextRef ctx, JSObjectRef obj, const char *name) {
  JSObjectRef fn = cn_obj(ctx, cn_get(ctx, obj, name));
  if (!fn || !JSObjectIsFunction(ctx, fn)) {
    fprintf(stderr, "cnode: bootstrap did not provide %s\n", name);
    abort();
  }
  JSValueProtect(ctx, fn);
  return fn;
}

/* Prints an exception thrown during bootstrap (a bug in lib/) and aborts. */
static _Noreturn void bootstrap_failed(JSContextRef ctx, JSValueRef exc) {
  JSObjectRef o = cn_obj(ctx, exc);
  char *msg = cn_to_cstr(ctx, exc, NULL);
  char *stack = o ? cn_to_cstr(ctx, cn_get(ctx, o, "stack"), NULL) : NULL;
  fprintf(stderr, "cnode: bootstrap failed: %s\n%s\n", msg ? msg : "?", stack ? stack : "");
  exit(70);
}

static void bootstrap(cn_env_t *env) {
  JSContextRef ctx = env->ctx;
  JSValueRef exc = NULL;

  env->process = JSObjectMake(ctx, NULL, NULL);
  JSValueProtect(ctx, env->process);
  env->binding_cache = JSObjectMake(ctx, NULL, NULL);
  JSValueProtect(ctx, env->binding_cache);

  JSValueRef *ids = malloc(cn_builtin_count * sizeof *ids);
  CN_CHECK(ids != NULL);
  for (size_t i = 0; i < cn_builtin_count; i++) ids[i] = cn_str_value(ctx, cn_builtin_sources[i].id);
  env->builtin_ids = JSObjectMakeArray(ctx, cn_builtin_count, ids, NULL);
  JSValueProtect(ctx, env->builtin_ids);
  free(ids);

  JSStringRef n1 = JSStringCreateWithUTF8CString("internalBinding");
  JSObjectRef binding_fn = JSObjectMakeFunctionWithCallback(ctx, n1, js_internal_binding);
  JSStringRelease(n1);
  JSStringRef n2 = JSStringCreateWithUTF8CString("compileBuiltin");
  JSObjectRef compile_fn = JSObjectMakeFunctionWithCallback(ctx, n2, cn_js_compile_builtin);
  JSStringRelease(n2);

  const cn_builtin_source_t *realm = cn_builtin_find("internal/bootstrap/realm");
  CN_CHECK(realm != NULL);
  JSValueRef realm_fn = cn_builtin_compile(ctx, realm, &exc);
  if (exc) bootstrap_failed(ctx, exc);
  JSValueRef args[4] = {env->process, binding_fn, compile_fn, env->builtin_ids};
  JSValueRef hooks = JSObjectCallAsFunction(ctx, (JSObjectRef)realm_fn, NULL, 4, args, &exc);
  if (exc) bootstrap_failed(ctx, exc);
  JSObjectRef h = cn_obj(ctx, hooks);
  CN_CHECK(h != NULL);
#define CN_HOOK_LOAD(field, name) env->field = protected_fn(ctx, h, name);
  CN_HOOKS(CN_HOOK_LOAD)
#undef CN_HOOK_LOAD
  JSGlobalContextSetUnhandledRejectionCallback(env->ctx, env->promise_reject, &exc);
  if (exc) bootstrap_failed(ctx, exc);
}

cn_runtime_t *cn_runtime_new(const cn_options_t *opts) {
  cn_runtime_t *rt = calloc(1, sizeof *rt);
  if (!rt) return NULL;
  cn_env_t *env = &rt->env;
  env->opts = opts;
  env->start_ns = uv_hrtime();
  if (uv_loop_init(&env->loop) != 0) {
    free(rt);
    return NULL;
  }
  current_env = env;
  /* Node has SharedArrayBuffer; JSC only enables it when asked before the first VM exists. */
  static bool engine_configured;
  if (!engine_configured) {
    engine_configured = true;
    jsc_options_set_boolean("useSharedArrayBuffer", 1);
    /* V8 has no proper tail calls: with them JSC drops callers from strict-mode stack traces
     * (and assert.ok could not find its call site). */
    jsc_options_set_boolean("useTailCalls", 0);
  }
  env->ctx = JSGlobalContextCreate(NULL);
  env->global = JSContextGetGlobalObject(env->ctx);
  cn_timers_env_init(env);
  bootstrap(env);
  return rt;
}

int cn_runtime_run(cn_runtime_t *rt) {
  cn_env_t *env = &rt->env;
  current_env = env;
  cn_call_hook(env, env->run_main, 0, NULL);
  for (;;) {
    if (env->stopping) return env->exit_code;
    uv_run(&env->loop, UV_RUN_DEFAULT);
    if (env->stopping) return env->exit_code;
    cn_call_hook(env, env->emit_before_exit, 0, NULL);
    if (!uv_loop_alive(&env->loop)) break;
  }
  JSValueRef code = cn_call_hook(env, env->emit_exit, 0, NULL);
  return code ? (int)cn_num(env->ctx, code) : 7;
}

static void on_close_walk(uv_handle_t *h, void *arg) {
  (void)arg;
  if (!uv_is_closing(h)) uv_close(h, NULL);
}

void cn_runtime_free(cn_runtime_t *rt) {
  if (!rt) return;
  cn_env_t *env = &rt->env;
  uv_walk(&env->loop, on_close_walk, NULL);
  uv_run(&env->loop, UV_RUN_DEFAULT);
  uv_loop_close(&env->loop);
  JSGlobalContextRelease(env->ctx);
  if (current_env == env) current_env = NULL;
  free(rt);
}
