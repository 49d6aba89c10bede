/* internalBinding('process_methods'): the OS-facing parts of `process` (time, cwd, ids,
 * resource usage, signals, exit, title, the live environment object). lib/ validates. */
#include <errno.h>
#include <grp.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bindings.h"
#include "runtime/errors.h"

extern char **environ;

CN_FN(js_hrtime) {
  uint64_t t = uv_hrtime();
  JSValueRef v[2] = {JSValueMakeNumber(ctx, (double)(t / 1000000000)),
                     JSValueMakeNumber(ctx, (double)(t % 1000000000))};
  return JSObjectMakeArray(ctx, 2, v, exc);
}

CN_FN(js_hrtime_bigint) { return JSBigIntCreateWithUInt64(ctx, uv_hrtime(), exc); }

CN_FN(js_uptime) {
  cn_env_t *env = cn_env_from_ctx(ctx);
  return JSValueMakeNumber(ctx, (double)(uv_hrtime() - env->start_ns) / 1e9);
}

CN_FN(js_cwd) {
  char buf[PATH_MAX];
  size_t size = sizeof buf;
  int err = uv_cwd(buf, &size);
  if (err) return cn_throw_uv(ctx, exc, err, "uv_cwd", NULL, NULL);
  return cn_str_value(ctx, buf);
}

CN_FN(js_chdir) {
  char *dir = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!dir) return NULL;
  int err = uv_chdir(dir);
  JSValueRef r = err ? cn_throw_uv(ctx, exc, err, "chdir", dir, NULL) : JSValueMakeUndefined(ctx);
  free(dir);
  return r;
}

/* umask(mask?): sets when a number is given; returns the old mask. */
CN_FN(js_umask) {
  mode_t old;
  if (JSValueIsNumber(ctx, CN_ARG(0))) {
    old = umask((mode_t)cn_num(ctx, argv[0]));
  } else {
    old = umask(0);
    umask(old);
  }
  return JSValueMakeNumber(ctx, old);
}

static double rss_bytes(void) {
  size_t rss = 0;
  uv_resident_set_memory(&rss);
  return (double)rss;
}

CN_FN(js_rss) { return JSValueMakeNumber(ctx, rss_bytes()); }

/* memoryUsage(): [rss, heapTotal, heapUsed, external, arrayBuffers]. JSC exposes no heap
 * statistics through its C API, so the heap numbers come from the process's data size. */
CN_FN(js_memory_usage) {
  double rss = rss_bytes();
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  JSValueRef v[5] = {JSValueMakeNumber(ctx, rss), JSValueMakeNumber(ctx, rss * 0.6),
                     JSValueMakeNumber(ctx, rss * 0.4), JSValueMakeNumber(ctx, 0),
                     JSValueMakeNumber(ctx, 0)};
  return JSObjectMakeArray(ctx, 5, v, exc);
}

static double tv_us(struct timeval tv) { return (double)tv.tv_sec * 1e6 + (double)tv.tv_usec; }

CN_FN(js_cpu_usage) {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  JSValueRef v[2] = {JSValueMakeNumber(ctx, tv_us(ru.ru_utime)),
                     JSValueMakeNumber(ctx, tv_us(ru.ru_stime))};
  return JSObjectMakeArray(ctx, 2, v, exc);
}

/* resourceUsage(): the 16 fields of Node's process.resourceUsage(), in its order. */
CN_FN(js_resource_usage) {
  uv_rusage_t ru;
  uv_getrusage(&ru);
  double f[16] = {(double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec,
                  (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec,
                  (double)ru.ru_maxrss, (double)ru.ru_ixrss, (double)ru.ru_idrss,
                  (double)ru.ru_isrss, (double)ru.ru_minflt, (double)ru.ru_majflt,
                  (double)ru.ru_nswap, (double)ru.ru_inblock, (double)ru.ru_oublock,
                  (double)ru.ru_msgsnd, (double)ru.ru_msgrcv, (double)ru.ru_nsignals,
                  (double)ru.ru_nvcsw, (double)ru.ru_nivcsw};
  JSValueRef v[16];
  for (int i = 0; i < 16; i++) v[i] = JSValueMakeNumber(ctx, f[i]);
  return JSObjectMakeArray(ctx, 16, v, exc);
}

/* kill(pid, signum): returns 0 or a negative errno (lib/ builds the error). */
CN_FN(js_kill) {
  int err = uv_kill((int)cn_num(ctx, CN_ARG(0)), (int)cn_num(ctx, CN_ARG(1)));
  return JSValueMakeNumber(ctx, err);
}

CN_FN(js_really_exit) {
  cn_env_exit(cn_env_from_ctx(ctx), (int)cn_num(ctx, CN_ARG(0)));
}

CN_FN(js_abort) {
  fflush(stdout);
  abort();
}

CN_FN(js_get_title) {
  char buf[512];
  if (uv_get_process_title(buf, sizeof buf) != 0) return cn_str_value(ctx, "cnode");
  return cn_str_value(ctx, buf);
}

CN_FN(js_set_title) {
  char *t = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!t) return NULL;
  uv_set_process_title(t);
  free(t);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_getgroups) {
  int n = getgroups(0, NULL);
  gid_t *g = malloc(sizeof(gid_t) * (size_t)(n > 0 ? n : 1));
  CN_CHECK(g != NULL);
  n = getgroups(n, g);
  JSValueRef *v = malloc(sizeof(JSValueRef) * (size_t)(n + 1));
  CN_CHECK(v != NULL);
  int count = 0;
  gid_t egid = getegid();
  bool has_egid = false;
  for (int i = 0; i < n; i++) {
    if (g[i] == egid) has_egid = true;
    v[count++] = JSValueMakeNumber(ctx, g[i]);
  }
  /* Node appends the effective gid when getgroups() does not report it. */
  if (!has_egid) v[count++] = JSValueMakeNumber(ctx, egid);
  JSObjectRef arr = JSObjectMakeArray(ctx, (size_t)count, v, exc);
  free(g);
  free(v);
  return arr;
}

#define CN_ID_FN(name, call) \
  CN_FN(name) { return JSValueMakeNumber(ctx, (double)call()); }
CN_ID_FN(js_getuid, getuid)
CN_ID_FN(js_geteuid, geteuid)
CN_ID_FN(js_getgid, getgid)
CN_ID_FN(js_getegid, getegid)
#undef CN_ID_FN

/* libuv 1.44 (Debian 12) predates uv_get_available_memory: free memory, capped by the
 * cgroup limit when one is set. */
CN_FN(js_available_memory) {
  double avail = (double)uv_get_free_memory();
  double limit = (double)uv_get_constrained_memory();
  if (limit > 0) {
    size_t rss = 0;
    uv_resident_set_memory(&rss);
    double left = limit > (double)rss ? limit - (double)rss : 0;
    if (left < avail) avail = left;
  }
  return JSValueMakeNumber(ctx, avail);
}
CN_FN(js_constrained_memory) { return JSValueMakeNumber(ctx, (double)uv_get_constrained_memory()); }

/* ---- process.env: a host object whose reads and writes reach the real environment ---- */

static JSValueRef env_get(JSContextRef ctx, JSObjectRef obj, JSStringRef name, JSValueRef *exc) {
  char *key = cn_jsstr_to_cstr(name);
  const char *v = getenv(key);
  free(key);
  return v ? cn_str_value(ctx, v) : NULL;
}

static bool env_has(JSContextRef ctx, JSObjectRef obj, JSStringRef name) {
  char *key = cn_jsstr_to_cstr(name);
  bool has = getenv(key) != NULL;
  free(key);
  return has;
}

static bool env_set(JSContextRef ctx, JSObjectRef obj, JSStringRef name, JSValueRef value,
                    JSValueRef *exc) {
  char *v = cn_to_cstr(ctx, value, exc);
  if (!v) return true;
  char *key = cn_jsstr_to_cstr(name);
  if (key[0] != 0 && strchr(key, '=') == NULL) setenv(key, v, 1);
  free(key);
  free(v);
  return true;
}

static bool env_delete(JSContextRef ctx, JSObjectRef obj, JSStringRef name, JSValueRef *exc) {
  char *key = cn_jsstr_to_cstr(name);
  unsetenv(key);
  free(key);
  return true;
}

static void env_names(JSContextRef ctx, JSObjectRef obj, JSPropertyNameAccumulatorRef names) {
  for (char **e = environ; e && *e; e++) {
    const char *eq = strchr(*e, '=');
    if (!eq || eq == *e) continue;
    size_t n = (size_t)(eq - *e);
    char *key = malloc(n + 1);
    CN_CHECK(key != NULL);
    memcpy(key, *e, n);
    key[n] = 0;
    JSStringRef s = JSStringCreateWithUTF8CString(key);
    JSPropertyNameAccumulatorAddName(names, s);
    JSStringRelease(s);
    free(key);
  }
}

static JSObjectRef make_env_object(JSContextRef ctx) {
  static JSClassRef cls;
  if (!cls) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Object";
    def.getProperty = env_get;
    def.hasProperty = env_has;
    def.setProperty = env_set;
    def.deleteProperty = env_delete;
    def.getPropertyNames = env_names;
    cls = JSClassCreate(&def);
  }
  return JSObjectMake(ctx, cls, NULL);
}

void cn_process_methods_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  static const struct {
    const char *name;
    JSObjectCallAsFunctionCallback fn;
  } fns[] = {
      {"hrtime", js_hrtime},
      {"hrtimeBigInt", js_hrtime_bigint},
      {"uptime", js_uptime},
      {"cwd", js_cwd},
      {"chdir", js_chdir},
      {"umask", js_umask},
      {"rss", js_rss},
      {"memoryUsage", js_memory_usage},
      {"cpuUsage", js_cpu_usage},
      {"resourceUsage", js_resource_usage},
      {"kill", js_kill},
      {"reallyExit", js_really_exit},
      {"abort", js_abort},
      {"getTitle", js_get_title},
      {"setTitle", js_set_title},
      {"getgroups", js_getgroups},
      {"getuid", js_getuid},
      {"geteuid", js_geteuid},
      {"getgid", js_getgid},
      {"getegid", js_getegid},
      {"availableMemory", js_available_memory},
      {"constrainedMemory", js_constrained_memory},
  };
  for (size_t i = 0; i < CN_ARRAY_SIZE(fns); i++) cn_set_fn(ctx, exports, fns[i].name, fns[i].fn);
  cn_set(ctx, exports, "env", make_env_object(ctx));
#if defined(__x86_64__)
  cn_set_str(ctx, exports, "arch", "x64");
#elif defined(__aarch64__)
  cn_set_str(ctx, exports, "arch", "arm64");
#elif defined(__i386__)
  cn_set_str(ctx, exports, "arch", "ia32");
#else
  cn_set_str(ctx, exports, "arch", "unknown");
#endif
  cn_set_num(ctx, exports, "pid", uv_os_getpid());
  cn_set_num(ctx, exports, "ppid", uv_os_getppid());
  char path[PATH_MAX];
  size_t size = sizeof path;
  if (uv_exepath(path, &size) == 0) cn_set_str(ctx, exports, "execPath", path);
}
