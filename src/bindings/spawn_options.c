/* Conversion of child_process options (see spawn_options.h). */
#include "bindings/spawn_options.h"

#include <stdlib.h>
#include <string.h>

#include "bindings/stream_wrap.h"

static char **string_array(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  JSObjectRef arr = cn_obj(ctx, v);
  if (!arr) return NULL;
  unsigned n = (unsigned)cn_num(ctx, cn_get(ctx, arr, "length"));
  char **out = calloc(n + 1, sizeof *out);
  CN_CHECK(out != NULL);
  for (unsigned i = 0; i < n; i++) {
    out[i] = cn_to_cstr(ctx, JSObjectGetPropertyAtIndex(ctx, arr, i, NULL), exc);
    if (!out[i]) break;
  }
  return out;
}

static void free_array(char **a) {
  if (!a) return;
  for (char **p = a; *p; p++) free(*p);
  free(a);
}

static bool is_string_eq(JSContextRef ctx, JSValueRef v, const char *s) {
  if (!JSValueIsString(ctx, v)) return false;
  char *c = cn_to_cstr(ctx, v, NULL);
  bool eq = c && strcmp(c, s) == 0;
  free(c);
  return eq;
}

static uv_stream_t *handle_stream(JSContextRef ctx, JSValueRef v) {
  JSObjectRef o = cn_obj(ctx, v);
  if (!o || !JSValueIsObjectOfClass(ctx, o, cn_stream_base_class())) return NULL;
  cn_stream_t *s = JSObjectGetPrivate(o);
  return s && !s->closed ? &s->h.stream : NULL;
}

int cn_spawn_options_parse(JSContextRef ctx, JSObjectRef opts, cn_spawn_options_t *o,
                           JSValueRef *exc) {
  memset(o, 0, sizeof *o);
  o->file = cn_to_cstr(ctx, cn_get(ctx, opts, "file"), exc);
  if (!o->file) return UV_EINVAL;
  o->options.file = o->file;
  o->args = string_array(ctx, cn_get(ctx, opts, "args"), exc);
  if (*exc) return UV_EINVAL;
  o->options.args = o->args;
  JSValueRef cwd = cn_get(ctx, opts, "cwd");
  if (JSValueIsString(ctx, cwd)) {
    o->cwd = cn_to_cstr(ctx, cwd, exc);
    o->options.cwd = o->cwd;
  }
  JSValueRef env = cn_get(ctx, opts, "envPairs");
  if (JSValueIsObject(ctx, env)) {
    o->env = string_array(ctx, env, exc);
    if (*exc) return UV_EINVAL;
    o->options.env = o->env;
  }
  if (JSValueToBoolean(ctx, cn_get(ctx, opts, "detached"))) o->options.flags |= UV_PROCESS_DETACHED;
  JSValueRef uid = cn_get(ctx, opts, "uid");
  if (JSValueIsNumber(ctx, uid)) {
    o->options.flags |= UV_PROCESS_SETUID;
    o->options.uid = (uv_uid_t)cn_num(ctx, uid);
  }
  JSValueRef gid = cn_get(ctx, opts, "gid");
  if (JSValueIsNumber(ctx, gid)) {
    o->options.flags |= UV_PROCESS_SETGID;
    o->options.gid = (uv_gid_t)cn_num(ctx, gid);
  }
  if (JSValueToBoolean(ctx, cn_get(ctx, opts, "windowsHide")))
    o->options.flags |= UV_PROCESS_WINDOWS_HIDE;

  JSObjectRef stdio = cn_obj(ctx, cn_get(ctx, opts, "stdio"));
  unsigned n = stdio ? (unsigned)cn_num(ctx, cn_get(ctx, stdio, "length")) : 0;
  if (n > CN_MAX_STDIO) return UV_EINVAL;
  for (unsigned i = 0; i < n; i++) {
    JSObjectRef entry = cn_obj(ctx, JSObjectGetPropertyAtIndex(ctx, stdio, i, NULL));
    uv_stdio_container_t *c = &o->stdio[i];
    if (!entry) return UV_EINVAL;
    JSValueRef type = cn_get(ctx, entry, "type");
    if (is_string_eq(ctx, type, "ignore")) {
      c->flags = UV_IGNORE;
    } else if (is_string_eq(ctx, type, "pipe") || is_string_eq(ctx, type, "overlapped")) {
      c->flags = UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE;
      c->data.stream = handle_stream(ctx, cn_get(ctx, entry, "handle"));
    } else if (is_string_eq(ctx, type, "wrap")) {
      c->flags = UV_INHERIT_STREAM;
      c->data.stream = handle_stream(ctx, cn_get(ctx, entry, "handle"));
      if (!c->data.stream) return UV_EINVAL;
    } else if (is_string_eq(ctx, type, "fd")) {
      c->flags = UV_INHERIT_FD;
      c->data.fd = (int)cn_num(ctx, cn_get(ctx, entry, "fd"));
    } else if (is_string_eq(ctx, type, "inherit")) {
      c->flags = UV_INHERIT_FD;
      c->data.fd = (int)i;
    } else {
      return UV_EINVAL;
    }
  }
  o->options.stdio = o->stdio;
  o->options.stdio_count = (int)n;
  return 0;
}

void cn_spawn_options_free(cn_spawn_options_t *o) {
  free(o->file);
  free(o->cwd);
  free_array(o->args);
  free_array(o->env);
}
