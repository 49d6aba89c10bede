/* internalBinding('stdio'): synchronous writes to fds 0-2 (what Node does on Linux for files,
 * pipes and TTYs, so output is ordered and never lost at exit), TTY queries, stdin slurping. */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bindings.h"
#include "runtime/errors.h"

/* Writes all of buf to fd, waiting on non-blocking fds. Returns 0 or a negative errno. */
static int write_all(int fd, const char *buf, size_t len) {
  while (len > 0) {
    ssize_t n = write(fd, buf, len);
    if (n >= 0) {
      buf += n;
      len -= (size_t)n;
      continue;
    }
    if (errno == EINTR) continue;
    if (errno == EAGAIN) {
      struct pollfd p = {.fd = fd, .events = POLLOUT};
      poll(&p, 1, -1);
      continue;
    }
    return -errno;
  }
  return 0;
}

/* writeString(fd, string): returns bytes written; throws a system error (e.g. EPIPE). */
CN_FN(js_write_string) {
  int fd = (int)cn_num(ctx, CN_ARG(0));
  JSStringRef s = JSValueToStringCopy(ctx, CN_ARG(1), exc);
  if (!s) return NULL;
  size_t len;
  char *utf8 = cn_jsstr_to_utf8(s, &len);
  JSStringRelease(s);
  int err = write_all(fd, utf8, len);
  free(utf8);
  if (err < 0) return cn_throw_uv(ctx, exc, err, "write", NULL, NULL);
  return JSValueMakeNumber(ctx, (double)len);
}

/* writeBytes(fd, typedArray): same for binary data. */
CN_FN(js_write_bytes) {
  int fd = (int)cn_num(ctx, CN_ARG(0));
  JSObjectRef arr = cn_obj(ctx, CN_ARG(1));
  CN_CHECK(arr != NULL);
  size_t off = JSObjectGetTypedArrayByteOffset(ctx, arr, exc);
  size_t len = JSObjectGetTypedArrayByteLength(ctx, arr, exc);
  char *base = JSObjectGetTypedArrayBytesPtr(ctx, arr, exc);
  int err = write_all(fd, base + off, len);
  if (err < 0) return cn_throw_uv(ctx, exc, err, "write", NULL, NULL);
  return JSValueMakeNumber(ctx, (double)len);
}

CN_FN(js_isatty) { return JSValueMakeBoolean(ctx, isatty((int)cn_num(ctx, CN_ARG(0))) == 1); }

/* getWindowSize(fd): [columns, rows] or undefined when fd is not a terminal. */
CN_FN(js_get_window_size) {
  struct winsize ws;
  if (ioctl((int)cn_num(ctx, CN_ARG(0)), TIOCGWINSZ, &ws) != 0) return JSValueMakeUndefined(ctx);
  JSValueRef v[2] = {JSValueMakeNumber(ctx, ws.ws_col), JSValueMakeNumber(ctx, ws.ws_row)};
  return JSObjectMakeArray(ctx, 2, v, NULL);
}

/* guessHandleType(fd): 'TTY', 'FILE', 'PIPE', 'TCP', 'UDP' or 'UNKNOWN', as Node names them. */
CN_FN(js_guess_handle_type) {
  uv_handle_type t = uv_guess_handle((int)cn_num(ctx, CN_ARG(0)));
  const char *name = "UNKNOWN";
  switch (t) {
    case UV_TTY: name = "TTY"; break;
    case UV_FILE: name = "FILE"; break;
    case UV_NAMED_PIPE: name = "PIPE"; break;
    case UV_TCP: name = "TCP"; break;
    case UV_UDP: name = "UDP"; break;
    default: break;
  }
  return cn_str_value(ctx, name);
}

/* readAll(fd): reads fd to EOF and returns its UTF-8 text (used for `cnode -` and piped stdin). */
CN_FN(js_read_all) {
  int fd = (int)cn_num(ctx, CN_ARG(0));
  size_t cap = 65536, len = 0;
  char *buf = malloc(cap);
  CN_CHECK(buf != NULL);
  for (;;) {
    if (len == cap) {
      cap *= 2;
      buf = realloc(buf, cap);
      CN_CHECK(buf != NULL);
    }
    ssize_t n = read(fd, buf + len, cap - len);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        poll(&p, 1, -1);
        continue;
      }
      int err = -errno;
      free(buf);
      return cn_throw_uv(ctx, exc, err, "read", NULL, NULL);
    }
    len += (size_t)n;
  }
  JSValueRef s = cn_strn_value(ctx, buf, len);
  free(buf);
  return s;
}

void cn_stdio_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set_fn(ctx, exports, "writeString", js_write_string);
  cn_set_fn(ctx, exports, "writeBytes", js_write_bytes);
  cn_set_fn(ctx, exports, "isatty", js_isatty);
  cn_set_fn(ctx, exports, "getWindowSize", js_get_window_size);
  cn_set_fn(ctx, exports, "guessHandleType", js_guess_handle_type);
  cn_set_fn(ctx, exports, "readAll", js_read_all);
}
