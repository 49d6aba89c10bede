/* The one place that turns libuv/OS error numbers into Node-shaped JS errors. */
#include "runtime/errors.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>

#include "runtime/util.h"

JSObjectRef cn_uv_error(JSContextRef ctx, int err, const char *syscall, const char *path,
                        const char *dest) {
  const char *code = uv_err_name(err);
  const char *desc = uv_strerror(err);
  size_t cap = strlen(code) + strlen(desc) + strlen(syscall) + (path ? strlen(path) : 0) +
               (dest ? strlen(dest) : 0) + 32;
  char *msg = malloc(cap);
  CN_CHECK(msg != NULL);
  int n = snprintf(msg, cap, "%s: %s, %s", code, desc, syscall);
  if (path) n += snprintf(msg + n, cap - (size_t)n, " '%s'", path);
  if (dest) snprintf(msg + n, cap - (size_t)n, " -> '%s'", dest);
  JSValueRef m = cn_str_value(ctx, msg);
  free(msg);
  JSObjectRef e = JSObjectMakeError(ctx, 1, &m, NULL);
  cn_set_num(ctx, e, "errno", err);
  cn_set_str(ctx, e, "code", code);
  cn_set_str(ctx, e, "syscall", syscall);
  if (path) cn_set_str(ctx, e, "path", path);
  if (dest) cn_set_str(ctx, e, "dest", dest);
  return e;
}

JSValueRef cn_throw_uv(JSContextRef ctx, JSValueRef *exc, int err, const char *syscall,
                       const char *path, const char *dest) {
  *exc = cn_uv_error(ctx, err, syscall, path, dest);
  return NULL;
}
