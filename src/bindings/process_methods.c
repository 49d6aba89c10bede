/* internalBinding('process_methods'): the OS-facing parts of `process` (time, cwd, ids,
 * resource usage, signals, exit, title, the live environment object). lib/ validates. */
#include <dlfcn.h>
#include <errno.h>
#include <grp.h>
#include <pwd.h>
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
  JSValueRef r = JSValueMakeUndefined(ctx);
  if (err) {
    /* Node reports the current directory as path and the target as dest. */
    char cwd[PATH_MAX];
    size_t size = sizeof cwd;
    if (uv_cwd(cwd, &size) != 0) cwd[0] = 0;
    r = cn_throw_uv(ctx, exc, err, "chdir", cwd, dir);
  }
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

/* Exported by the JSC library, declared only in its private headers (JSBasePrivate.h). */
JS_EXPORT JSObjectRef JSGetMemoryUsageStatistics(JSContextRef ctx);

/* memoryUsage(): [rss, heapTotal, heapUsed, external, arrayBuffers], the heap numbers from
 * JSC's own statistics (capacity, size in use, extra memory reported by host objects). */
CN_FN(js_memory_usage) {
  double rss = rss_bytes();
  JSObjectRef stats = JSGetMemoryUsageStatistics(ctx);
  double capacity = cn_num(ctx, cn_get(ctx, stats, "heapCapacity"));
  double size = cn_num(ctx, cn_get(ctx, stats, "heapSize"));
  double extra = cn_num(ctx, cn_get(ctx, stats, "extraMemorySize"));
  JSValueRef v[5] = {JSValueMakeNumber(ctx, rss), JSValueMakeNumber(ctx, capacity),
                     JSValueMakeNumber(ctx, size), JSValueMakeNumber(ctx, extra),
                     JSValueMakeNumber(ctx, extra)};
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
/* Resolves a user (is_user) or group name or number to an id. Returns false if unknown. */
static bool resolve_id(JSContextRef ctx, JSValueRef v, bool is_user, unsigned *out) {
  if (JSValueIsNumber(ctx, v)) {
    *out = (unsigned)cn_num(ctx, v);
    return true;
  }
  char *name = cn_to_cstr(ctx, v, NULL);
  if (!name) return false;
  bool found = false;
  if (is_user) {
    struct passwd *pw = getpwnam(name);
    if (pw) *out = pw->pw_uid, found = true;
  } else {
    struct group *gr = getgrnam(name);
    if (gr) *out = gr->gr_gid, found = true;
  }
  free(name);
  return found;
}

/* setId(which, id): which is "uid", "euid", "gid" or "egid". Returns 0, a negative errno,
 * or 1 when a name does not exist (lib/ throws ERR_UNKNOWN_CREDENTIAL). */
CN_FN(js_set_id) {
  char *which = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!which) return NULL;
  bool user = which[strlen(which) - 2] == 'i' && which[strlen(which) - 3] == 'u';
  unsigned id;
  int r;
  if (!resolve_id(ctx, CN_ARG(1), user, &id)) {
    r = 1;
  } else {
    if (strcmp(which, "uid") == 0) r = setuid(id);
    else if (strcmp(which, "euid") == 0) r = seteuid(id);
    else if (strcmp(which, "gid") == 0) r = setgid(id);
    else r = setegid(id);
    if (r != 0) r = -errno;
  }
  free(which);
  return JSValueMakeNumber(ctx, r);
}

/* setgroups(array): 0, a negative errno, or index+1 of an unknown group name. */
CN_FN(js_setgroups) {
  JSObjectRef arr = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(arr != NULL);
  size_t n = (size_t)cn_num(ctx, cn_get(ctx, arr, "length"));
  gid_t *groups = malloc(sizeof(gid_t) * (n ? n : 1));
  CN_CHECK(groups != NULL);
  for (size_t i = 0; i < n; i++) {
    unsigned id;
    if (!resolve_id(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL), false, &id)) {
      free(groups);
      return JSValueMakeNumber(ctx, (double)i + 1);
    }
    groups[i] = id;
  }
  int r = setgroups(n, groups) == 0 ? 0 : -errno;
  free(groups);
  return JSValueMakeNumber(ctx, r);
}

/* initgroups(user, extraGroup): 0, a negative errno, 1 unknown user, 2 unknown group. */
CN_FN(js_initgroups) {
  unsigned uid, gid;
  if (!resolve_id(ctx, CN_ARG(0), true, &uid)) return JSValueMakeNumber(ctx, 1);
  if (!resolve_id(ctx, CN_ARG(1), false, &gid)) return JSValueMakeNumber(ctx, 2);
  struct passwd *pw = getpwuid(uid);
  if (!pw) return JSValueMakeNumber(ctx, 1);
  return JSValueMakeNumber(ctx, initgroups(pw->pw_name, gid) == 0 ? 0 : -errno);
}

/* dlopen(path, flags): loads a shared object; returns null on success or dlerror()'s text.
 * N-API modules cannot register yet, so lib/ reports a loaded library as not self-registered. */
CN_FN(js_dlopen) {
  char *path = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!path) return NULL;
  int flags = JSValueIsNumber(ctx, CN_ARG(1)) ? (int)cn_num(ctx, argv[1]) : RTLD_LAZY;
  void *lib = dlopen(path, flags);
  free(path);
  if (lib == NULL) {
    const char *msg = dlerror();
    return cn_str_value(ctx, msg ? msg : "dlopen failed");
  }
  return JSValueMakeNull(ctx);
}

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

/* ---- process.env: lib/ wraps these in a Proxy so reads and writes reach the real
 * environment and children inherit them ---- */

CN_FN(js_env_get) {
  char *key = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!key) return NULL;
  const char *v = getenv(key);
  free(key);
  return v ? cn_str_value(ctx, v) : JSValueMakeUndefined(ctx);
}

/* envSet(key, value): both already strings. Keys with '=' or empty keys are ignored. */
CN_FN(js_env_set) {
  char *key = cn_to_cstr(ctx, CN_ARG(0), exc);
  char *v = key ? cn_to_cstr(ctx, CN_ARG(1), exc) : NULL;
  if (key && v && key[0] != 0 && strchr(key, '=') == NULL) setenv(key, v, 1);
  free(key);
  free(v);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_env_delete) {
  char *key = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!key) return NULL;
  unsetenv(key);
  free(key);
  return JSValueMakeUndefined(ctx);
}

/* envKeys(): the variable names in environment order. */
CN_FN(js_env_keys) {
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
  unsigned i = 0;
  for (char **e = environ; e && *e; e++) {
    const char *eq = strchr(*e, '=');
    if (!eq || eq == *e) continue;
    JSObjectSetPropertyAtIndex(ctx, arr, i++, cn_strn_value(ctx, *e, (size_t)(eq - *e)), NULL);
  }
  return arr;
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
      {"dlopen", js_dlopen},
      {"setId", js_set_id},
      {"setgroups", js_setgroups},
      {"initgroups", js_initgroups},
      {"envGet", js_env_get},
      {"envSet", js_env_set},
      {"envDelete", js_env_delete},
      {"envKeys", js_env_keys},
  };
  for (size_t i = 0; i < CN_ARRAY_SIZE(fns); i++) cn_set_fn(ctx, exports, fns[i].name, fns[i].fn);
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
