/* internalBinding('worker'): Worker threads, each running its own runtime (own JSC VM and uv
 * loop) on its own OS thread, and the message ports that connect runtimes.
 *
 * A port is split in two: a `core` (one end of a channel: the queue of messages waiting for
 * that end and a link to its peer), which is shared between threads and guarded by one global
 * mutex, and a `handle` (a JS object plus a uv_async_t in the loop that currently owns the
 * core). Transferring a port to another thread detaches its core from the sending handle and
 * attaches it to a new handle in the receiving runtime. Messages are bytes produced by
 * lib/internal/worker/serialize.js plus the cores of transferred ports.
 *
 * Stopping a worker (terminate(), or process.exit() inside it) must also interrupt running
 * JavaScript: the worker's VM gets a JSC execution time limit whose callback polls the stop
 * flag and, once it is set, makes every further entry into JS terminate at once.
 *
 * SharedArrayBuffers are copied, not shared: the C API cannot make a SharedArrayBuffer over
 * memory another VM owns, and an ArrayBuffer aliasing it would outlive the owner's GC. */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "bindings.h"

/* Exported by JavaScriptCore, declared in its private JSContextRefPrivate.h. */
typedef bool (*cn_should_terminate_cb)(JSContextRef ctx, void *data);
JS_EXPORT void JSContextGroupSetExecutionTimeLimit(JSContextGroupRef group, double limit,
                                                   cn_should_terminate_cb cb, void *data);

/* How often (seconds of CPU time inside the VM) a busy worker checks for a stop request. */
#define CN_WORKER_POLL_S 0.02

typedef struct core core_t;

typedef struct msg {
  struct msg *next;
  uint8_t *data;
  size_t len;
  core_t **ports; /* transferred ports, owned by the message until received */
  size_t nports;
} msg_t;

typedef struct port_handle port_handle_t;

struct core {
  int refs;                /* owner (handle or message) + one per peer link + broadcast list */
  core_t *peer;            /* entangled end; NULL once either end closed */
  bool entangled;          /* had a peer: losing it closes this end */
  msg_t *head, *tail;      /* messages waiting to be received here */
  port_handle_t *handle;   /* where this end is received now; NULL while in transit */
  char *bc_name;           /* BroadcastChannel name, or NULL */
  core_t *bc_next;
};

struct port_handle {
  cn_env_t *env;
  JSObjectRef obj;        /* protected until the async handle closes */
  uv_async_t async;
  core_t *core;           /* NULL once closed or transferred */
  bool receiving;         /* start() was called and stop() was not */
  bool emit_close;        /* call obj.onclose when the async handle has closed */
  port_handle_t *next;    /* this thread's list of open handles */
};

typedef struct worker {
  int thread_id;
  /* configuration, immutable once the thread starts */
  char *filename;          /* NULL for eval workers */
  uint8_t *config;         /* serialized options for lib/internal/worker/thread.js */
  size_t config_len;
  int argc;
  char **argv;
  int exec_argc;
  char **exec_argv;
  cn_options_t opts;
  char *requires[2];
  core_t *child_public;    /* the worker's ends of the two channels to the parent */
  core_t *child_control;
  /* thread state */
  uv_thread_t tid;
  atomic_int stop;         /* terminate() or process.exit() asked the thread to end */
  int exit_code;           /* valid once stop is set by the worker itself or it ended */
  bool exit_set;
  uv_async_t *control;     /* the worker loop's wake-up handle (under g_mu; NULL when gone) */
  JSContextGroupRef group; /* under g_mu */
  /* parent side */
  cn_env_t *parent;
  JSObjectRef obj;
  uv_async_t exit_async;
  bool started, thread_created, joined;
  struct worker *next; /* the creating thread's list of its workers */
} worker_t;

static uv_once_t g_once = UV_ONCE_INIT;
static uv_mutex_t g_mu;
static core_t *g_broadcast; /* every open BroadcastChannel core */
static atomic_int g_next_thread_id = 1;

static _Thread_local port_handle_t *tl_handles;
static _Thread_local worker_t *tl_worker; /* set on a worker's own thread */
static _Thread_local bool tl_tearing_down;
static _Thread_local struct worker *tl_workers; /* workers this thread created, not yet joined */

static JSClassRef port_class;
static JSClassRef worker_class;

static void init_once(void) { CN_CHECK(uv_mutex_init(&g_mu) == 0); }

/* ---- cores (all with g_mu held) ---- */

static void core_unref_locked(core_t *c);

static void msg_free_locked(msg_t *m);

static core_t *core_new(void) {
  core_t *c = calloc(1, sizeof *c);
  CN_CHECK(c != NULL);
  c->refs = 1;
  return c;
}

static void wake_locked(core_t *c) {
  if (c->handle) uv_async_send(&c->handle->async);
}

/* Ends the entanglement of c (both ends see their peer gone and are woken to close). */
static void core_disentangle_locked(core_t *c) {
  core_t *p = c->peer;
  if (!p) return;
  c->peer = NULL;
  p->peer = NULL;
  wake_locked(p);
  core_unref_locked(p);
  core_unref_locked(c);
}

static void core_unlink_broadcast_locked(core_t *c) {
  if (!c->bc_name) return;
  for (core_t **pp = &g_broadcast; *pp; pp = &(*pp)->bc_next) {
    if (*pp == c) {
      *pp = c->bc_next;
      core_unref_locked(c);
      break;
    }
  }
  free(c->bc_name);
  c->bc_name = NULL;
}

/* The owner gives c up: it is closed for good. */
static void core_close_locked(core_t *c) {
  c->handle = NULL;
  core_disentangle_locked(c);
  core_unlink_broadcast_locked(c);
  core_unref_locked(c);
}

static void core_unref_locked(core_t *c) {
  if (--c->refs > 0) return;
  msg_t *m = c->head;
  c->head = c->tail = NULL;
  while (m) {
    msg_t *next = m->next;
    msg_free_locked(m);
    m = next;
  }
  free(c->bc_name);
  free(c);
}

static void msg_free_locked(msg_t *m) {
  for (size_t i = 0; i < m->nports; i++) core_close_locked(m->ports[i]);
  free(m->ports);
  free(m->data);
  free(m);
}

static void enqueue_locked(core_t *c, msg_t *m) {
  m->next = NULL;
  if (c->tail)
    c->tail->next = m;
  else
    c->head = m;
  c->tail = m;
  wake_locked(c);
}

static msg_t *msg_copy(const msg_t *m) {
  msg_t *n = calloc(1, sizeof *n);
  CN_CHECK(n != NULL);
  n->len = m->len;
  n->data = malloc(m->len ? m->len : 1);
  CN_CHECK(n->data != NULL);
  memcpy(n->data, m->data, m->len);
  return n;
}

/* ---- handles ---- */

static void on_port_async(uv_async_t *async);

static JSObjectRef handle_new(cn_env_t *env, core_t *core) {
  port_handle_t *h = calloc(1, sizeof *h);
  CN_CHECK(h != NULL);
  h->env = env;
  h->core = core;
  CN_CHECK(uv_async_init(&env->loop, &h->async, on_port_async) == 0);
  h->async.data = h;
  uv_unref((uv_handle_t *)&h->async);
  h->obj = JSObjectMake(env->ctx, port_class, h);
  JSValueProtect(env->ctx, h->obj);
  h->next = tl_handles;
  tl_handles = h;
  uv_mutex_lock(&g_mu);
  core->handle = h;
  bool pending = core->head != NULL || (core->entangled && core->peer == NULL);
  uv_mutex_unlock(&g_mu);
  if (pending) uv_async_send(&h->async);
  return h->obj;
}

static void on_port_closed(uv_handle_t *hh) {
  port_handle_t *h = hh->data;
  cn_env_t *env = h->env;
  JSObjectSetPrivate(h->obj, NULL);
  if (h->emit_close && !tl_tearing_down && !env->stopping) {
    JSObjectRef fn = cn_obj(env->ctx, cn_get(env->ctx, h->obj, "onclose"));
    if (fn && JSObjectIsFunction(env->ctx, fn)) cn_make_callback(env, fn, h->obj, 0, NULL);
  }
  JSValueUnprotect(env->ctx, h->obj);
  free(h);
}

/* Detaches h from its core (closing the core unless `keep_core`) and closes the async handle.
 * Returns the core when kept. Safe to call twice. */
static core_t *handle_close(port_handle_t *h, bool keep_core, bool emit_close) {
  if (uv_is_closing((uv_handle_t *)&h->async)) return NULL;
  core_t *c = h->core;
  h->core = NULL;
  if (c) {
    uv_mutex_lock(&g_mu);
    c->handle = NULL;
    if (!keep_core) {
      core_close_locked(c);
      c = NULL;
    }
    uv_mutex_unlock(&g_mu);
  }
  for (port_handle_t **pp = &tl_handles; *pp; pp = &(*pp)->next) {
    if (*pp == h) {
      *pp = h->next;
      break;
    }
  }
  h->emit_close = emit_close;
  uv_close((uv_handle_t *)&h->async, on_port_closed);
  return c;
}

/* Builds the JS side of a received message: [ArrayBuffer, [port handles...]]. Takes m. */
static void free_bytes(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

static JSValueRef msg_to_js(cn_env_t *env, msg_t *m) {
  JSContextRef ctx = env->ctx;
  JSValueRef parts[2];
  parts[0] = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, m->data, m->len, free_bytes, NULL, NULL);
  m->data = NULL;
  JSObjectRef ports = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (size_t i = 0; i < m->nports; i++)
    JSObjectSetPropertyAtIndex(ctx, ports, (unsigned)i, handle_new(env, m->ports[i]), NULL);
  m->nports = 0;
  parts[1] = ports;
  free(m->ports);
  free(m);
  return JSObjectMakeArray(ctx, 2, parts, NULL);
}

static msg_t *pop(port_handle_t *h) {
  msg_t *m = NULL;
  uv_mutex_lock(&g_mu);
  if (h->core && h->core->head) {
    m = h->core->head;
    h->core->head = m->next;
    if (!h->core->head) h->core->tail = NULL;
  }
  uv_mutex_unlock(&g_mu);
  return m;
}

static void on_port_async(uv_async_t *async) {
  port_handle_t *h = async->data;
  cn_env_t *env = h->env;
  JSContextRef ctx = env->ctx;
  JSObjectRef obj = h->obj;
  /* Messages that arrive while these run wait for the next wake-up, as in Node. */
  size_t budget = 0;
  uv_mutex_lock(&g_mu);
  for (msg_t *m = h->core ? h->core->head : NULL; m; m = m->next) budget++;
  /* A peer that closes while these messages run is noticed on the next wake-up, so the end
   * that called close() emits 'close' first. */
  bool was_orphaned = h->core && h->core->entangled && h->core->peer == NULL;
  uv_mutex_unlock(&g_mu);
  JSValueProtect(ctx, obj);
  while (budget-- > 0 && !env->stopping && JSObjectGetPrivate(obj) == h && h->receiving &&
         h->core) {
    msg_t *m = pop(h);
    if (!m) break;
    JSValueRef arg = msg_to_js(env, m);
    JSObjectRef fn = cn_obj(ctx, cn_get(ctx, obj, "onmessage"));
    if (fn && JSObjectIsFunction(ctx, fn)) cn_make_callback(env, fn, obj, 1, &arg);
  }
  if (JSObjectGetPrivate(obj) == h && h->core && !env->stopping) {
    uv_mutex_lock(&g_mu);
    bool orphaned = h->core->entangled && h->core->peer == NULL && h->core->head == NULL;
    if (orphaned && !was_orphaned) {
      orphaned = false;
      uv_async_send(&h->async);
    }
    bool more = h->core->head != NULL && h->receiving;
    uv_mutex_unlock(&g_mu);
    if (orphaned)
      handle_close(h, false, true);
    else if (more)
      uv_async_send(&h->async);
  }
  JSValueUnprotect(ctx, obj);
}

static port_handle_t *handle_from(JSContextRef ctx, JSValueRef v) {
  JSObjectRef o = cn_obj(ctx, v);
  if (!o || !JSValueIsObjectOfClass(ctx, o, port_class)) return NULL;
  return JSObjectGetPrivate(o);
}

#define CN_PORT_SELF()                                                                 \
  port_handle_t *h = handle_from(ctx, self);                                           \
  if (!h) return JSValueMakeBoolean(ctx, false)

/* Reads bytes of an ArrayBufferView or ArrayBuffer into a malloc'd copy. */
static uint8_t *copy_bytes(JSContextRef ctx, JSValueRef v, size_t *len) {
  JSObjectRef o = cn_obj(ctx, v);
  CN_CHECK(o != NULL);
  JSTypedArrayType t = JSValueGetTypedArrayType(ctx, o, NULL);
  const uint8_t *src;
  if (t == kJSTypedArrayTypeArrayBuffer) {
    src = JSObjectGetArrayBufferBytesPtr(ctx, o, NULL);
    *len = JSObjectGetArrayBufferByteLength(ctx, o, NULL);
  } else {
    CN_CHECK(t != kJSTypedArrayTypeNone);
    src = (const uint8_t *)JSObjectGetTypedArrayBytesPtr(ctx, o, NULL) +
          JSObjectGetTypedArrayByteOffset(ctx, o, NULL);
    *len = JSObjectGetTypedArrayByteLength(ctx, o, NULL);
  }
  uint8_t *out = malloc(*len ? *len : 1);
  CN_CHECK(out != NULL);
  if (*len) memcpy(out, src, *len);
  return out;
}

/* Builds a message from (bytes, [port handles]); the handles are detached (transferred). */
static msg_t *msg_from_js(JSContextRef ctx, JSValueRef bytes, JSValueRef ports) {
  msg_t *m = calloc(1, sizeof *m);
  CN_CHECK(m != NULL);
  m->data = copy_bytes(ctx, bytes, &m->len);
  JSObjectRef arr = cn_obj(ctx, ports);
  size_t n = arr ? (size_t)cn_num(ctx, cn_get(ctx, arr, "length")) : 0;
  if (n) {
    m->ports = calloc(n, sizeof *m->ports);
    CN_CHECK(m->ports != NULL);
    for (size_t i = 0; i < n; i++) {
      port_handle_t *ph = handle_from(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL));
      core_t *c = ph ? handle_close(ph, true, false) : NULL;
      if (c) m->ports[m->nports++] = c;
    }
  }
  return m;
}

/* handle.postMessage(bytes, portHandles): queues a message for the entangled end (or, for a
 * BroadcastChannel, a copy for every other channel of the same name). Transferred handles are
 * closed here. Returns true if someone could receive it. */
CN_FN(js_port_post) {
  CN_PORT_SELF();
  msg_t *m = msg_from_js(ctx, CN_ARG(0), CN_ARG(1));
  bool delivered = false;
  uv_mutex_lock(&g_mu);
  core_t *c = h->core;
  if (c && c->bc_name) {
    for (core_t *o = g_broadcast; o; o = o->bc_next) {
      if (o == c || strcmp(o->bc_name, c->bc_name) != 0) continue;
      enqueue_locked(o, msg_copy(m));
      delivered = true;
    }
    msg_free_locked(m);
  } else if (c && c->peer) {
    enqueue_locked(c->peer, m);
    delivered = true;
  } else {
    msg_free_locked(m);
  }
  uv_mutex_unlock(&g_mu);
  return JSValueMakeBoolean(ctx, delivered);
}

/* handle.receive(): the next queued message as [ArrayBuffer, handles], or undefined. */
CN_FN(js_port_receive) {
  port_handle_t *h = handle_from(ctx, self);
  if (!h) return JSValueMakeUndefined(ctx);
  msg_t *m = pop(h);
  return m ? msg_to_js(cn_env_from_ctx(ctx), m) : JSValueMakeUndefined(ctx);
}

CN_FN(js_port_start) {
  CN_PORT_SELF();
  h->receiving = true;
  uv_async_send(&h->async);
  return JSValueMakeBoolean(ctx, true);
}

CN_FN(js_port_stop) {
  CN_PORT_SELF();
  h->receiving = false;
  return JSValueMakeBoolean(ctx, true);
}

CN_FN(js_port_ref) {
  CN_PORT_SELF();
  uv_ref((uv_handle_t *)&h->async);
  return JSValueMakeBoolean(ctx, true);
}

CN_FN(js_port_unref) {
  CN_PORT_SELF();
  uv_unref((uv_handle_t *)&h->async);
  return JSValueMakeBoolean(ctx, true);
}

CN_FN(js_port_has_ref) {
  CN_PORT_SELF();
  return JSValueMakeBoolean(ctx, uv_has_ref((uv_handle_t *)&h->async) != 0);
}

/* handle.close(): closes this end; the peer closes too. onclose runs asynchronously. */
CN_FN(js_port_close) {
  CN_PORT_SELF();
  handle_close(h, false, true);
  return JSValueMakeBoolean(ctx, true);
}

/* handle.isOpen(): false once closed or transferred. */
CN_FN(js_port_is_open) {
  port_handle_t *h = handle_from(ctx, self);
  return JSValueMakeBoolean(ctx, h != NULL && h->core != NULL);
}

/* createChannel(): two entangled port handles [a, b]. */
CN_FN(js_create_channel) {
  cn_env_t *env = cn_env_from_ctx(ctx);
  core_t *a = core_new(), *b = core_new();
  a->peer = b;
  b->peer = a;
  a->entangled = b->entangled = true;
  a->refs++;
  b->refs++;
  JSValueRef pair[2] = {handle_new(env, a), handle_new(env, b)};
  return JSObjectMakeArray(ctx, 2, pair, NULL);
}

/* createBroadcast(name): a port handle that receives what other channels of `name` post. */
CN_FN(js_create_broadcast) {
  cn_env_t *env = cn_env_from_ctx(ctx);
  char *name = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!name) return NULL;
  core_t *c = core_new();
  c->bc_name = name;
  c->refs++;
  uv_mutex_lock(&g_mu);
  core_t **tail = &g_broadcast;
  while (*tail) tail = &(*tail)->bc_next;
  *tail = c;
  uv_mutex_unlock(&g_mu);
  return handle_new(env, c);
}

/* ---- workers ---- */

static void worker_free(worker_t *w) {
  uv_mutex_lock(&g_mu);
  if (w->child_public) core_close_locked(w->child_public);
  if (w->child_control) core_close_locked(w->child_control);
  uv_mutex_unlock(&g_mu);
  for (int i = 0; i < w->argc; i++) free(w->argv[i]);
  for (int i = 0; i < w->exec_argc; i++) free(w->exec_argv[i]);
  free(w->argv);
  free(w->exec_argv);
  free(w->filename);
  free(w->config);
  free(w);
}

static bool should_terminate(JSContextRef ctx, void *data) {
  worker_t *w = data;
  if (atomic_load(&w->stop)) {
    cn_env_t *env = cn_env_from_ctx(ctx);
    if (env) env->stopping = 1;
    /* From now on every entry into JS ends at once. */
    JSContextGroupSetExecutionTimeLimit(w->group, 0, should_terminate, w);
    return true;
  }
  JSContextGroupSetExecutionTimeLimit(w->group, CN_WORKER_POLL_S, should_terminate, w);
  return false;
}

static void on_control(uv_async_t *async) {
  worker_t *w = async->data;
  if (!atomic_load(&w->stop)) return;
  cn_env_t *env = cn_env_from_ctx(NULL);
  env->stopping = 1;
  JSContextGroupSetExecutionTimeLimit(w->group, 0, should_terminate, w);
  uv_stop(&env->loop);
}

static void on_worker_closed(uv_handle_t *hh);

/* Teardown of a worker's runtime: its own workers are stopped and joined (their exit
 * notifications target this loop), then every port is closed without calling into JS. */
static void close_all_handles(void) {
  tl_tearing_down = true;
  while (tl_workers) {
    worker_t *w = tl_workers;
    tl_workers = w->next;
    atomic_store(&w->stop, 1);
    uv_mutex_lock(&g_mu);
    if (w->control) uv_async_send(w->control);
    uv_mutex_unlock(&g_mu);
    if (w->thread_created && !w->joined) uv_thread_join(&w->tid);
    w->joined = true;
    JSObjectSetPrivate(w->obj, NULL);
    uv_close((uv_handle_t *)&w->exit_async, on_worker_closed);
  }
  while (tl_handles) handle_close(tl_handles, false, false);
}

static void worker_main(void *arg) {
  worker_t *w = arg;
  tl_worker = w;
  cn_runtime_t *rt = cn_runtime_new(&w->opts);
  if (!rt) {
    w->exit_code = 1;
    w->exit_set = true;
    uv_async_send(&w->exit_async);
    return;
  }
  cn_env_t *env = cn_env_from_ctx(NULL);
  uv_async_t *control = malloc(sizeof *control);
  CN_CHECK(control != NULL);
  CN_CHECK(uv_async_init(&env->loop, control, on_control) == 0);
  control->data = w;
  uv_unref((uv_handle_t *)control);
  JSContextGroupRef group = JSContextGetGroup(env->ctx);
  uv_mutex_lock(&g_mu);
  w->group = group;
  w->control = control;
  uv_mutex_unlock(&g_mu);
  JSContextGroupSetExecutionTimeLimit(group, CN_WORKER_POLL_S, should_terminate, w);
  int code = 0;
  /* Stopped before its script started: Node reports exit code 0 then. */
  bool ran = !atomic_load(&w->stop);
  if (ran) code = cn_runtime_run(rt);
  uv_mutex_lock(&g_mu);
  w->control = NULL;
  uv_mutex_unlock(&g_mu);
  if (!w->exit_set) {
    /* terminate() ends a worker with code 1; otherwise the code is what 'exit' returned. */
    w->exit_code = atomic_load(&w->stop) ? (ran ? 1 : 0) : code;
    w->exit_set = true;
  }
  env->stopping = 1;
  close_all_handles();
  uv_close((uv_handle_t *)control, (uv_close_cb)free);
  cn_runtime_free(rt);
  uv_async_send(&w->exit_async);
}

static void on_worker_closed(uv_handle_t *hh) {
  worker_t *w = hh->data;
  worker_free(w);
}

static void on_worker_exit(uv_async_t *async) {
  worker_t *w = async->data;
  cn_env_t *env = w->parent;
  if (!w->joined) {
    if (w->thread_created) uv_thread_join(&w->tid);
    w->joined = true;
    /* Ports of this loop may hold messages the worker posted before it ended; their wake-ups
     * are pending now and run in this pass, so 'exit' waits for the next one. */
    uv_async_send(&w->exit_async);
    return;
  }
  for (worker_t **pp = &tl_workers; *pp; pp = &(*pp)->next) {
    if (*pp == w) {
      *pp = w->next;
      break;
    }
  }
  JSObjectRef obj = w->obj;
  JSObjectSetPrivate(obj, NULL);
  uv_close((uv_handle_t *)&w->exit_async, on_worker_closed);
  JSValueRef code = JSValueMakeNumber(env->ctx, w->exit_code);
  JSObjectRef fn = cn_obj(env->ctx, cn_get(env->ctx, obj, "onexit"));
  if (fn && JSObjectIsFunction(env->ctx, fn) && !env->stopping)
    cn_make_callback(env, fn, obj, 1, &code);
  JSValueUnprotect(env->ctx, obj);
}

static char **str_list(JSContextRef ctx, JSValueRef v, int *n, int extra) {
  JSObjectRef arr = cn_obj(ctx, v);
  int len = arr ? (int)cn_num(ctx, cn_get(ctx, arr, "length")) : 0;
  char **out = calloc((size_t)(len + extra + 1), sizeof *out);
  CN_CHECK(out != NULL);
  for (int i = 0; i < len; i++)
    out[i + extra] = cn_to_cstr(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL), NULL);
  *n = len + extra;
  return out;
}

/* createWorker(filename|null, configBytes, argv, execArgv): a Worker handle, not started yet.
 * handle.publicPort / handle.controlPort are the parent's ends of the two channels. */
CN_FN(js_create_worker) {
  cn_env_t *env = cn_env_from_ctx(ctx);
  worker_t *w = calloc(1, sizeof *w);
  CN_CHECK(w != NULL);
  w->thread_id = atomic_fetch_add(&g_next_thread_id, 1);
  w->parent = env;
  if (JSValueIsString(ctx, CN_ARG(0))) w->filename = cn_to_cstr(ctx, CN_ARG(0), NULL);
  w->config = copy_bytes(ctx, CN_ARG(1), &w->config_len);
  /* process.argv of the worker: [execPath, filename?, ...argv] */
  w->argv = str_list(ctx, CN_ARG(2), &w->argc, 2);
  const cn_options_t *po = env->opts;
  w->argv[0] = strdup(po->argc > 0 ? po->argv[0] : "cnode");
  w->argv[1] = strdup(w->filename ? w->filename : "[worker eval]");
  w->exec_argv = str_list(ctx, CN_ARG(3), &w->exec_argc, 0);

  cn_options_t *o = &w->opts;
  *o = *po;
  o->argc = w->argc;
  o->argv = w->argv;
  o->exec_argc = w->exec_argc;
  o->exec_argv = w->exec_argv;
  o->entry = w->filename ? CN_ENTRY_FILE : CN_ENTRY_NONE;
  o->script = w->filename;
  o->eval = NULL;
  o->print = false;
  o->interactive = false;
  o->title = NULL;
  /* The worker's setup (lib/internal/worker/thread.js) runs when worker_threads loads. */
  w->requires[0] = "node:worker_threads";
  w->requires[1] = NULL;
  o->requires = w->requires;

  core_t *pub_parent = core_new(), *ctl_parent = core_new();
  w->child_public = core_new();
  w->child_control = core_new();
  pub_parent->peer = w->child_public;
  w->child_public->peer = pub_parent;
  ctl_parent->peer = w->child_control;
  w->child_control->peer = ctl_parent;
  pub_parent->entangled = ctl_parent->entangled = true;
  w->child_public->entangled = w->child_control->entangled = true;
  pub_parent->refs++;
  ctl_parent->refs++;
  w->child_public->refs++;
  w->child_control->refs++;

  JSObjectRef obj = JSObjectMake(ctx, worker_class, w);
  w->obj = obj;
  cn_set(ctx, obj, "publicPort", handle_new(env, pub_parent));
  cn_set(ctx, obj, "controlPort", handle_new(env, ctl_parent));
  cn_set_num(ctx, obj, "threadId", w->thread_id);
  JSValueProtect(ctx, obj);
  CN_CHECK(uv_async_init(&env->loop, &w->exit_async, on_worker_exit) == 0);
  w->exit_async.data = w;
  w->next = tl_workers;
  tl_workers = w;
  return obj;
}

static worker_t *worker_from(JSContextRef ctx, JSObjectRef self) {
  if (!self || !JSValueIsObjectOfClass(ctx, self, worker_class)) return NULL;
  return JSObjectGetPrivate(self);
}

/* handle.startThread(): 0 or a negative libuv error. */
CN_FN(js_worker_start) {
  worker_t *w = worker_from(ctx, self);
  if (!w || w->started) return JSValueMakeNumber(ctx, UV_EINVAL);
  uv_thread_options_t topts = {UV_THREAD_HAS_STACK_SIZE, 8u << 20};
  int err = uv_thread_create_ex(&w->tid, &topts, worker_main, w);
  if (err == 0) w->started = w->thread_created = true;
  return JSValueMakeNumber(ctx, err);
}

/* handle.stopThread(): asks the worker to end, interrupting running JS. */
CN_FN(js_worker_stop) {
  worker_t *w = worker_from(ctx, self);
  if (!w) return JSValueMakeUndefined(ctx);
  if (!w->started) {
    /* Never ran: report the exit from the loop, like a thread that ended at once. */
    if (!atomic_exchange(&w->stop, 1)) {
      w->exit_code = 1;
      w->exit_set = true;
      w->started = true;
      uv_async_send(&w->exit_async);
    }
    return JSValueMakeUndefined(ctx);
  }
  atomic_store(&w->stop, 1);
  uv_mutex_lock(&g_mu);
  if (w->control) uv_async_send(w->control);
  uv_mutex_unlock(&g_mu);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_worker_ref) {
  worker_t *w = worker_from(ctx, self);
  if (w) uv_ref((uv_handle_t *)&w->exit_async);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_worker_unref) {
  worker_t *w = worker_from(ctx, self);
  if (w) uv_unref((uv_handle_t *)&w->exit_async);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_worker_has_ref) {
  worker_t *w = worker_from(ctx, self);
  return JSValueMakeBoolean(ctx, w && uv_has_ref((uv_handle_t *)&w->exit_async));
}

/* ---- inside a worker ---- */

/* getWorkerInfo(): {threadId, config, publicPort, controlPort} once; undefined on the main
 * thread or when already taken. */
CN_FN(js_get_worker_info) {
  worker_t *w = tl_worker;
  cn_env_t *env = cn_env_from_ctx(ctx);
  if (!w || !w->child_public) return JSValueMakeUndefined(ctx);
  JSObjectRef info = JSObjectMake(ctx, NULL, NULL);
  cn_set_num(ctx, info, "threadId", w->thread_id);
  uint8_t *copy = malloc(w->config_len ? w->config_len : 1);
  CN_CHECK(copy != NULL);
  memcpy(copy, w->config, w->config_len);
  cn_set(ctx, info, "config",
         JSObjectMakeArrayBufferWithBytesNoCopy(ctx, copy, w->config_len, free_bytes, NULL, NULL));
  core_t *pub = w->child_public, *ctl = w->child_control;
  w->child_public = w->child_control = NULL;
  cn_set(ctx, info, "publicPort", handle_new(env, pub));
  cn_set(ctx, info, "controlPort", handle_new(env, ctl));
  return info;
}

/* exitThread(code): process.exit() inside a worker. Stops the loop and makes the running JS
 * (and all JS after it) terminate; lib/ spins until that happens. */
CN_FN(js_exit_thread) {
  worker_t *w = tl_worker;
  if (!w) return JSValueMakeUndefined(ctx);
  cn_env_t *env = cn_env_from_ctx(ctx);
  if (!w->exit_set) {
    w->exit_code = (int)cn_num(ctx, CN_ARG(0));
    w->exit_set = true;
  }
  atomic_store(&w->stop, 1);
  env->stopping = 1;
  uv_stop(&env->loop);
  JSContextGroupSetExecutionTimeLimit(w->group, 0, should_terminate, w);
  return JSValueMakeUndefined(ctx);
}

void cn_worker_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  uv_once(&g_once, init_once);
  uv_mutex_lock(&g_mu);
  if (!port_class) {
    static const JSStaticFunction port_fns[] = {
        {"postMessage", js_port_post, kJSPropertyAttributeDontEnum},
        {"receive", js_port_receive, kJSPropertyAttributeDontEnum},
        {"start", js_port_start, kJSPropertyAttributeDontEnum},
        {"stop", js_port_stop, kJSPropertyAttributeDontEnum},
        {"ref", js_port_ref, kJSPropertyAttributeDontEnum},
        {"unref", js_port_unref, kJSPropertyAttributeDontEnum},
        {"hasRef", js_port_has_ref, kJSPropertyAttributeDontEnum},
        {"close", js_port_close, kJSPropertyAttributeDontEnum},
        {"isOpen", js_port_is_open, kJSPropertyAttributeDontEnum},
        {0, 0, 0}};
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "MessagePortHandle";
    def.staticFunctions = port_fns;
    port_class = JSClassCreate(&def);
    static const JSStaticFunction worker_fns[] = {
        {"startThread", js_worker_start, kJSPropertyAttributeDontEnum},
        {"stopThread", js_worker_stop, kJSPropertyAttributeDontEnum},
        {"ref", js_worker_ref, kJSPropertyAttributeDontEnum},
        {"unref", js_worker_unref, kJSPropertyAttributeDontEnum},
        {"hasRef", js_worker_has_ref, kJSPropertyAttributeDontEnum},
        {0, 0, 0}};
    JSClassDefinition wdef = kJSClassDefinitionEmpty;
    wdef.className = "WorkerHandle";
    wdef.staticFunctions = worker_fns;
    worker_class = JSClassCreate(&wdef);
  }
  uv_mutex_unlock(&g_mu);
  cn_set(ctx, exports, "isMainThread", JSValueMakeBoolean(ctx, tl_worker == NULL));
  cn_set_num(ctx, exports, "threadId", tl_worker ? tl_worker->thread_id : 0);
  cn_set_fn(ctx, exports, "createChannel", js_create_channel);
  cn_set_fn(ctx, exports, "createBroadcast", js_create_broadcast);
  cn_set_fn(ctx, exports, "createWorker", js_create_worker);
  cn_set_fn(ctx, exports, "getWorkerInfo", js_get_worker_info);
  cn_set_fn(ctx, exports, "exitThread", js_exit_thread);
}
