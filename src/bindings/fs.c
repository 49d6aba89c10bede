/* internalBinding('fs'): synchronous file primitives the module loader needs. The complete
 * fs binding (async over the thread pool, every call) grows here with the fs issue. */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

#include "bindings.h"
#include "runtime/errors.h"

/* internalModuleStat(path): 0 for a file, 1 for a directory, a negative errno otherwise. */
CN_FN(js_internal_module_stat) {
  char *path = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!path) return NULL;
  uv_fs_t req;
  int r = uv_fs_stat(NULL, &req, path, NULL);
  double result = r < 0 ? r : (S_ISDIR(req.statbuf.st_mode) ? 1 : 0);
  uv_fs_req_cleanup(&req);
  free(path);
  return JSValueMakeNumber(ctx, result);
}

/* Reads a whole file into a malloc'd buffer. Returns 0 or a negative errno; *syscall names
 * the failing call for the error message. */
static int read_file(const char *path, char **out, size_t *out_len, const char **syscall) {
  uv_fs_t req;
  *syscall = "open";
  int fd = uv_fs_open(NULL, &req, path, O_RDONLY | O_CLOEXEC, 0, NULL);
  uv_fs_req_cleanup(&req);
  if (fd < 0) return fd;
  size_t cap = 16384, len = 0;
  char *buf = malloc(cap);
  CN_CHECK(buf != NULL);
  int err = 0;
  for (;;) {
    if (len == cap) {
      cap *= 2;
      buf = realloc(buf, cap);
      CN_CHECK(buf != NULL);
    }
    uv_buf_t b = uv_buf_init(buf + len, (unsigned)(cap - len));
    int n = uv_fs_read(NULL, &req, fd, &b, 1, -1, NULL);
    uv_fs_req_cleanup(&req);
    if (n < 0) {
      err = n;
      *syscall = "read";
      break;
    }
    if (n == 0) break;
    len += (size_t)n;
  }
  uv_fs_close(NULL, &req, fd, NULL);
  uv_fs_req_cleanup(&req);
  if (err) {
    free(buf);
    return err;
  }
  *out = buf;
  *out_len = len;
  return 0;
}

/* readFileUtf8(path): the file's text; throws Node's system error (ENOENT ...). */
CN_FN(js_read_file_utf8) {
  char *path = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!path) return NULL;
  char *data;
  size_t len;
  const char *syscall;
  int err = read_file(path, &data, &len, &syscall);
  JSValueRef r;
  if (err) {
    r = cn_throw_uv(ctx, exc, err, syscall, path, NULL);
  } else {
    r = cn_strn_value(ctx, data, len);
    free(data);
  }
  free(path);
  return r;
}

/* realpath(path): the canonical path; throws on failure. */
CN_FN(js_realpath) {
  char *path = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!path) return NULL;
  uv_fs_t req;
  int err = uv_fs_realpath(NULL, &req, path, NULL);
  JSValueRef r = err < 0 ? cn_throw_uv(ctx, exc, err, "realpath", path, NULL)
                         : cn_str_value(ctx, req.ptr);
  uv_fs_req_cleanup(&req);
  free(path);
  return r;
}

void cn_fs_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set_fn(ctx, exports, "internalModuleStat", js_internal_module_stat);
  cn_set_fn(ctx, exports, "readFileUtf8", js_read_file_utf8);
  cn_set_fn(ctx, exports, "realpath", js_realpath);
}
