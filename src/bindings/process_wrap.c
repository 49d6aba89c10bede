/* internalBinding('process_wrap'): child processes over uv_spawn. `new Process()` then
 * spawn(options) with Node's option shape ({ file, args, cwd, envPairs, stdio, detached, uid,
 * gid }); the exit is reported as onexit(exitCode, signalName). */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "bindings/spawn_options.h"
#include "bindings/stream_wrap.h"

typedef struct {
  uv_process_t proc;
  cn_env_t *env;
  JSObjectRef obj; /* protected while the child runs */
  bool spawned;
  bool closed;
} cn_process_t;

static JSClassRef process_class(void);

static void process_finalize(JSObjectRef obj) {
  cn_process_t *p = JSObjectGetPrivate(obj);
  /* Never spawned (or already closed, which cleared the private pointer). */
  if (p && !p->spawned) free(p);
}

static JSObjectRef js_process_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                        const JSValueRef argv[], JSValueRef *exc) {
  cn_process_t *p = calloc(1, sizeof *p);
  CN_CHECK(p != NULL);
  p->env = cn_env_from_ctx(ctx);
  p->obj = JSObjectMake(ctx, process_class(), p);
  p->proc.data = p;
  return p->obj;
}

static cn_process_t *self_process(JSContextRef ctx, JSObjectRef self) {
  return self && JSValueIsObjectOfClass(ctx, self, process_class()) ? JSObjectGetPrivate(self)
                                                                      : NULL;
}

static void on_child_exit(uv_process_t *proc, int64_t exit_status, int term_signal) {
  cn_process_t *p = proc->data;
  JSContextRef ctx = p->env->ctx;
  JSValueRef args[2] = {JSValueMakeNumber(ctx, (double)exit_status),
                        cn_str_value(ctx, term_signal ? cn_signal_name(term_signal) : "")};
  cn_call_method(p->env, p->obj, "onexit", 2, args);
}

static void on_close(uv_handle_t *h) {
  cn_process_t *p = h->data;
  JSContextRef ctx = p->env->ctx;
  JSObjectRef obj = p->obj;
  JSObjectSetPrivate(obj, NULL);
  JSObjectRef cb = cn_obj(ctx, cn_get(ctx, obj, "__onclose"));
  if (cb && JSObjectIsFunction(ctx, cb)) cn_make_callback(p->env, cb, obj, 0, NULL);
  JSValueUnprotect(ctx, obj);
  free(p);
}

/* spawn(options): 0 or a negative libuv error (ENOENT for a missing file, ...). */
CN_FN(js_spawn) {
  cn_process_t *p = self_process(ctx, self);
  JSObjectRef opts = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(p != NULL && !p->spawned && opts != NULL);
  cn_spawn_options_t so;
  int err = cn_spawn_options_parse(ctx, opts, &so, exc);
  if (*exc) return NULL;
  if (err == 0) {
    so.options.exit_cb = on_child_exit;
    err = uv_spawn(&p->env->loop, &p->proc, &so.options);
  }
  cn_spawn_options_free(&so);
  if (err == 0) {
    p->spawned = true;
    JSValueProtect(ctx, p->obj);
    cn_set_num(ctx, self, "pid", p->proc.pid);
  }
  return JSValueMakeNumber(ctx, err);
}

CN_FN(js_kill) {
  cn_process_t *p = self_process(ctx, self);
  if (!p || !p->spawned || p->closed) return JSValueMakeNumber(ctx, UV_ESRCH);
  return JSValueMakeNumber(ctx, uv_process_kill(&p->proc, (int)cn_num(ctx, CN_ARG(0))));
}

CN_FN(js_close) {
  cn_process_t *p = self_process(ctx, self);
  if (!p || !p->spawned || p->closed) return JSValueMakeUndefined(ctx);
  p->closed = true;
  if (argc > 0 && JSValueIsObject(ctx, argv[0])) cn_set(ctx, self, "__onclose", argv[0]);
  uv_close((uv_handle_t *)&p->proc, on_close);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_ref) {
  cn_process_t *p = self_process(ctx, self);
  if (p && p->spawned && !p->closed) uv_ref((uv_handle_t *)&p->proc);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_unref) {
  cn_process_t *p = self_process(ctx, self);
  if (p && p->spawned && !p->closed) uv_unref((uv_handle_t *)&p->proc);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_has_ref) {
  cn_process_t *p = self_process(ctx, self);
  return JSValueMakeBoolean(ctx, p && p->spawned && !p->closed &&
                                     uv_has_ref((uv_handle_t *)&p->proc));
}

static JSClassRef process_class(void) {
  static JSClassRef cls;
  if (cls) return cls;
  static const JSStaticFunction fns[] = {
      {"spawn", js_spawn, kJSPropertyAttributeDontEnum},
      {"kill", js_kill, kJSPropertyAttributeDontEnum},
      {"close", js_close, kJSPropertyAttributeDontEnum},
      {"ref", js_ref, kJSPropertyAttributeDontEnum},
      {"unref", js_unref, kJSPropertyAttributeDontEnum},
      {"hasRef", js_has_ref, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "Process";
  def.staticFunctions = fns;
  def.finalize = process_finalize;
  cls = JSClassCreate(&def);
  return cls;
}

void cn_process_wrap_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set(ctx, exports, "Process",
         JSObjectMakeConstructor(ctx, process_class(), js_process_construct));
}
