/* internalBinding('constants'): os.constants (signals, errno, priority, dlopen). */
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>

#include "bindings.h"

#define CN_CONST(obj, name) cn_set_num(ctx, obj, #name, name)

const char *cn_signal_name(int signum) {
  static const struct {
    int num;
    const char *name;
  } names[] = {
#define CN_SIG(n) {n, #n}
      CN_SIG(SIGHUP),  CN_SIG(SIGINT),    CN_SIG(SIGQUIT), CN_SIG(SIGILL),  CN_SIG(SIGTRAP),
      CN_SIG(SIGABRT), CN_SIG(SIGBUS),    CN_SIG(SIGFPE),  CN_SIG(SIGKILL), CN_SIG(SIGUSR1),
      CN_SIG(SIGSEGV), CN_SIG(SIGUSR2),   CN_SIG(SIGPIPE), CN_SIG(SIGALRM), CN_SIG(SIGTERM),
      CN_SIG(SIGCHLD), CN_SIG(SIGSTKFLT), CN_SIG(SIGCONT), CN_SIG(SIGSTOP), CN_SIG(SIGTSTP),
      CN_SIG(SIGTTIN), CN_SIG(SIGTTOU),   CN_SIG(SIGURG),  CN_SIG(SIGXCPU), CN_SIG(SIGXFSZ),
      CN_SIG(SIGVTALRM), CN_SIG(SIGPROF), CN_SIG(SIGWINCH), CN_SIG(SIGIO), CN_SIG(SIGPWR),
      CN_SIG(SIGSYS),
#undef CN_SIG
  };
  for (size_t i = 0; i < CN_ARRAY_SIZE(names); i++)
    if (names[i].num == signum) return names[i].name;
  return "";
}

static JSObjectRef make_signals(JSContextRef ctx) {
  JSObjectRef s = JSObjectMake(ctx, NULL, NULL);
  CN_CONST(s, SIGHUP); CN_CONST(s, SIGINT); CN_CONST(s, SIGQUIT); CN_CONST(s, SIGILL);
  CN_CONST(s, SIGTRAP); CN_CONST(s, SIGABRT); CN_CONST(s, SIGIOT); CN_CONST(s, SIGBUS);
  CN_CONST(s, SIGFPE); CN_CONST(s, SIGKILL); CN_CONST(s, SIGUSR1); CN_CONST(s, SIGSEGV);
  CN_CONST(s, SIGUSR2); CN_CONST(s, SIGPIPE); CN_CONST(s, SIGALRM); CN_CONST(s, SIGTERM);
  CN_CONST(s, SIGCHLD); CN_CONST(s, SIGSTKFLT); CN_CONST(s, SIGCONT); CN_CONST(s, SIGSTOP);
  CN_CONST(s, SIGTSTP); CN_CONST(s, SIGTTIN); CN_CONST(s, SIGTTOU); CN_CONST(s, SIGURG);
  CN_CONST(s, SIGXCPU); CN_CONST(s, SIGXFSZ); CN_CONST(s, SIGVTALRM); CN_CONST(s, SIGPROF);
  CN_CONST(s, SIGWINCH); CN_CONST(s, SIGIO); CN_CONST(s, SIGPOLL); CN_CONST(s, SIGPWR);
  CN_CONST(s, SIGSYS);
  return s;
}

static JSObjectRef make_errno(JSContextRef ctx) {
  JSObjectRef e = JSObjectMake(ctx, NULL, NULL);
  CN_CONST(e, E2BIG); CN_CONST(e, EACCES); CN_CONST(e, EADDRINUSE); CN_CONST(e, EADDRNOTAVAIL);
  CN_CONST(e, EAFNOSUPPORT); CN_CONST(e, EAGAIN); CN_CONST(e, EALREADY); CN_CONST(e, EBADF);
  CN_CONST(e, EBADMSG); CN_CONST(e, EBUSY); CN_CONST(e, ECANCELED); CN_CONST(e, ECHILD);
  CN_CONST(e, ECONNABORTED); CN_CONST(e, ECONNREFUSED); CN_CONST(e, ECONNRESET);
  CN_CONST(e, EDEADLK); CN_CONST(e, EDESTADDRREQ); CN_CONST(e, EDOM); CN_CONST(e, EDQUOT);
  CN_CONST(e, EEXIST); CN_CONST(e, EFAULT); CN_CONST(e, EFBIG); CN_CONST(e, EHOSTUNREACH);
  CN_CONST(e, EIDRM); CN_CONST(e, EILSEQ); CN_CONST(e, EINPROGRESS); CN_CONST(e, EINTR);
  CN_CONST(e, EINVAL); CN_CONST(e, EIO); CN_CONST(e, EISCONN); CN_CONST(e, EISDIR);
  CN_CONST(e, ELOOP); CN_CONST(e, EMFILE); CN_CONST(e, EMLINK); CN_CONST(e, EMSGSIZE);
  CN_CONST(e, EMULTIHOP); CN_CONST(e, ENAMETOOLONG); CN_CONST(e, ENETDOWN);
  CN_CONST(e, ENETRESET); CN_CONST(e, ENETUNREACH); CN_CONST(e, ENFILE); CN_CONST(e, ENOBUFS);
  CN_CONST(e, ENODATA); CN_CONST(e, ENODEV); CN_CONST(e, ENOENT); CN_CONST(e, ENOEXEC);
  CN_CONST(e, ENOLCK); CN_CONST(e, ENOLINK); CN_CONST(e, ENOMEM); CN_CONST(e, ENOMSG);
  CN_CONST(e, ENOPROTOOPT); CN_CONST(e, ENOSPC); CN_CONST(e, ENOSR); CN_CONST(e, ENOSTR);
  CN_CONST(e, ENOSYS); CN_CONST(e, ENOTCONN); CN_CONST(e, ENOTDIR); CN_CONST(e, ENOTEMPTY);
  CN_CONST(e, ENOTSOCK); CN_CONST(e, ENOTSUP); CN_CONST(e, ENOTTY); CN_CONST(e, ENXIO);
  CN_CONST(e, EOPNOTSUPP); CN_CONST(e, EOVERFLOW); CN_CONST(e, EPERM); CN_CONST(e, EPIPE);
  CN_CONST(e, EPROTO); CN_CONST(e, EPROTONOSUPPORT); CN_CONST(e, EPROTOTYPE);
  CN_CONST(e, ERANGE); CN_CONST(e, EROFS); CN_CONST(e, ESPIPE); CN_CONST(e, ESRCH);
  CN_CONST(e, ESTALE); CN_CONST(e, ETIME); CN_CONST(e, ETIMEDOUT); CN_CONST(e, ETXTBSY);
  CN_CONST(e, EWOULDBLOCK); CN_CONST(e, EXDEV);
  return e;
}

static JSObjectRef make_priority(JSContextRef ctx) {
  JSObjectRef p = JSObjectMake(ctx, NULL, NULL);
  cn_set_num(ctx, p, "PRIORITY_LOW", UV_PRIORITY_LOW);
  cn_set_num(ctx, p, "PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL);
  cn_set_num(ctx, p, "PRIORITY_NORMAL", UV_PRIORITY_NORMAL);
  cn_set_num(ctx, p, "PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL);
  cn_set_num(ctx, p, "PRIORITY_HIGH", UV_PRIORITY_HIGH);
  cn_set_num(ctx, p, "PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST);
  return p;
}

static JSObjectRef make_dlopen(JSContextRef ctx) {
  JSObjectRef d = JSObjectMake(ctx, NULL, NULL);
  CN_CONST(d, RTLD_LAZY); CN_CONST(d, RTLD_NOW); CN_CONST(d, RTLD_GLOBAL);
  CN_CONST(d, RTLD_LOCAL); CN_CONST(d, RTLD_DEEPBIND);
  return d;
}

void cn_constants_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  JSObjectRef os = JSObjectMake(ctx, NULL, NULL);
  cn_set_num(ctx, os, "UV_UDP_REUSEADDR", UV_UDP_REUSEADDR);
  cn_set(ctx, os, "dlopen", make_dlopen(ctx));
  cn_set(ctx, os, "errno", make_errno(ctx));
  cn_set(ctx, os, "signals", make_signals(ctx));
  cn_set(ctx, os, "priority", make_priority(ctx));
  cn_set(ctx, exports, "os", os);
}
