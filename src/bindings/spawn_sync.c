/* internalBinding('spawn_sync'): spawnSync/execSync. Runs the child on a private loop, feeds
 * `input` to its stdin, collects piped output (up to maxBuffer) and enforces `timeout`, then
 * returns { pid, status, signal, output, error } like Node's binding. */
#include <stdlib.h>
#include <string.h>

#include "bindings/spawn_options.h"

typedef struct sync_pipe {
  uv_pipe_t pipe;
  struct spawn_sync *owner;
  char *data; /* collected output */
  size_t len, cap;
  char *input;
  size_t input_len;
  uv_write_t write_req;
  uv_shutdown_t shutdown_req;
} sync_pipe_t;

typedef struct spawn_sync {
  uv_loop_t loop;
  uv_process_t proc;
  uv_timer_t timer;
  sync_pipe_t *pipes[CN_MAX_STDIO];
  int npipes_slots;
  double max_buffer;
  size_t total_out;
  int kill_signal;
  int error; /* first error: ETIMEDOUT, ENOBUFS, or a pipe error */
  bool exited, killed, timer_started;
  int64_t status;
  int term_signal;
} spawn_sync_t;

static void kill_child(spawn_sync_t *s, int error) {
  if (s->error == 0) s->error = error;
  if (!s->exited && !s->killed) {
    s->killed = true;
    uv_process_kill(&s->proc, s->kill_signal);
  }
}

static void on_alloc(uv_handle_t *h, size_t suggested, uv_buf_t *buf) {
  sync_pipe_t *p = h->data;
  if (p->cap - p->len < 65536) {
    p->cap = p->cap ? p->cap * 2 : 65536;
    p->data = realloc(p->data, p->cap);
    CN_CHECK(p->data != NULL);
  }
  *buf = uv_buf_init(p->data + p->len, (unsigned)(p->cap - p->len));
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf) {
  sync_pipe_t *p = stream->data;
  spawn_sync_t *s = p->owner;
  if (nread > 0) {
    p->len += (size_t)nread;
    s->total_out += (size_t)nread;
    if ((double)p->len > s->max_buffer) kill_child(s, UV_ENOBUFS);
  } else if (nread < 0) {
    if (nread != UV_EOF && s->error == 0) s->error = (int)nread;
    uv_read_stop(stream);
  }
}

static void on_input_done(uv_shutdown_t *req, int status) { (void)req; (void)status; }

static void on_input_written(uv_write_t *req, int status) {
  sync_pipe_t *p = req->data;
  if (status == 0) uv_shutdown(&p->shutdown_req, (uv_stream_t *)&p->pipe, on_input_done);
}

static void on_exit_cb(uv_process_t *proc, int64_t status, int term_signal) {
  spawn_sync_t *s = proc->data;
  s->exited = true;
  s->status = status;
  s->term_signal = term_signal;
  if (s->timer_started) uv_timer_stop(&s->timer);
}

static void on_timeout(uv_timer_t *t) { kill_child(t->data, UV_ETIMEDOUT); }

static void close_walk(uv_handle_t *h, void *arg) {
  (void)arg;
  if (!uv_is_closing(h)) uv_close(h, NULL);
}

static void free_bytes(void *bytes, void *ctx) {
  (void)ctx;
  free(bytes);
}

CN_FN(js_spawn) {
  JSObjectRef opts = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(opts != NULL);
  JSObjectRef result = JSObjectMake(ctx, NULL, NULL);
  cn_spawn_options_t so;
  int err = cn_spawn_options_parse(ctx, opts, &so, exc);
  if (*exc) {
    cn_spawn_options_free(&so);
    return NULL;
  }
  spawn_sync_t *s = calloc(1, sizeof *s);
  CN_CHECK(s != NULL);
  uv_loop_init(&s->loop);
  JSValueRef mb = cn_get(ctx, opts, "maxBuffer");
  s->max_buffer = JSValueIsNumber(ctx, mb) ? cn_num(ctx, mb) : 1024 * 1024;
  JSValueRef ks = cn_get(ctx, opts, "killSignal");
  s->kill_signal = JSValueIsNumber(ctx, ks) ? (int)cn_num(ctx, ks) : 15;
  JSObjectRef stdio = cn_obj(ctx, cn_get(ctx, opts, "stdio"));
  for (int i = 0; err == 0 && i < so.options.stdio_count; i++) {
    uv_stdio_container_t *c = &so.stdio[i];
    if (!(c->flags & UV_CREATE_PIPE) || c->data.stream) continue;
    sync_pipe_t *p = calloc(1, sizeof *p);
    CN_CHECK(p != NULL);
    p->owner = s;
    uv_pipe_init(&s->loop, &p->pipe, 0);
    p->pipe.data = p;
    p->write_req.data = p;
    c->data.stream = (uv_stream_t *)&p->pipe;
    s->pipes[i] = p;
    JSObjectRef entry = cn_obj(ctx, JSObjectGetPropertyAtIndex(ctx, stdio, (unsigned)i, NULL));
    JSObjectRef input = entry ? cn_obj(ctx, cn_get(ctx, entry, "input")) : NULL;
    if (input && JSValueGetTypedArrayType(ctx, input, NULL) != kJSTypedArrayTypeNone) {
      size_t off = JSObjectGetTypedArrayByteOffset(ctx, input, NULL);
      p->input_len = JSObjectGetTypedArrayByteLength(ctx, input, NULL);
      p->input = malloc(p->input_len ? p->input_len : 1);
      CN_CHECK(p->input != NULL);
      memcpy(p->input, (char *)JSObjectGetTypedArrayBytesPtr(ctx, input, NULL) + off, p->input_len);
    }
  }
  s->npipes_slots = so.options.stdio_count;
  if (err == 0) {
    so.options.exit_cb = on_exit_cb;
    s->proc.data = s;
    err = uv_spawn(&s->loop, &s->proc, &so.options);
  }
  if (err == 0) {
    cn_set_num(ctx, result, "pid", s->proc.pid);
    for (int i = 0; i < s->npipes_slots; i++) {
      sync_pipe_t *p = s->pipes[i];
      if (!p) continue;
      if (p->input) {
        uv_buf_t b = uv_buf_init(p->input, (unsigned)p->input_len);
        uv_write(&p->write_req, (uv_stream_t *)&p->pipe, &b, 1, on_input_written);
      } else if (i == 0) {
        uv_shutdown(&p->shutdown_req, (uv_stream_t *)&p->pipe, on_input_done);
      }
      if (i != 0) uv_read_start((uv_stream_t *)&p->pipe, on_alloc, on_read);
    }
    JSValueRef timeout = cn_get(ctx, opts, "timeout");
    if (JSValueIsNumber(ctx, timeout) && cn_num(ctx, timeout) > 0) {
      uv_timer_init(&s->loop, &s->timer);
      s->timer.data = s;
      s->timer_started = true;
      uv_timer_start(&s->timer, on_timeout, (uint64_t)cn_num(ctx, timeout), 0);
    }
    uv_run(&s->loop, UV_RUN_DEFAULT);
  } else {
    s->error = err;
  }
  uv_walk(&s->loop, close_walk, NULL);
  uv_run(&s->loop, UV_RUN_DEFAULT);
  uv_loop_close(&s->loop);

  if (s->exited) {
    cn_set(ctx, result, "status",
           s->term_signal ? JSValueMakeNull(ctx) : JSValueMakeNumber(ctx, (double)s->status));
    cn_set(ctx, result, "signal", s->term_signal ? cn_str_value(ctx, cn_signal_name(s->term_signal))
                                                 : JSValueMakeNull(ctx));
  }
  if (s->error) cn_set_num(ctx, result, "error", s->error);
  JSObjectRef output = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (int i = 0; i < s->npipes_slots; i++) {
    sync_pipe_t *p = s->pipes[i];
    JSValueRef v = JSValueMakeNull(ctx);
    if (p && i != 0) {
      v = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, p->data ? p->data : malloc(1), p->len,
                                                 free_bytes, NULL, NULL);
      p->data = NULL;
    }
    JSObjectSetPropertyAtIndex(ctx, output, (unsigned)i, v, NULL);
    if (p) {
      free(p->data);
      free(p->input);
      free(p);
    }
  }
  cn_set(ctx, result, "output", output);
  cn_spawn_options_free(&so);
  free(s);
  return result;
}

void cn_spawn_sync_init(cn_env_t *env, JSObjectRef exports) {
  cn_set_fn(env->ctx, exports, "spawn", js_spawn);
}
