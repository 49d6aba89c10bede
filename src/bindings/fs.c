/* internalBinding('fs'): file system calls over libuv. Every function is flat and positional
 * and takes a request object as its last argument: when that is undefined the call runs
 * synchronously and throws Node's system error; otherwise the work runs on the libuv thread
 * pool and req.oncomplete(err) / req.oncomplete(null, value) is called on the loop thread. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bindings.h"
#include "runtime/errors.h"

typedef struct job job_t;
/* Does the I/O. Runs on a pool thread (async) or the caller's (sync); never touches JS.
 * Returns 0 or a negative libuv error and sets job->syscall for the message. */
typedef int (*run_fn)(job_t *job);
/* Turns a successful job into the JS result. Loop thread. NULL means "undefined". */
typedef JSValueRef (*done_fn)(JSContextRef ctx, job_t *job, JSValueRef *exc);

struct job {
  uv_work_t work;
  cn_env_t *env;
  JSObjectRef req; /* protected while the work is pending */
  run_fn run;
  done_fn done;
  int err;
  const char *syscall;
  char *path, *dest;         /* owned inputs */
  char *err_path;            /* owned; overrides path in the error message when set */
  bool no_path;              /* the error message names no path (fd calls, read/fstat steps) */
  bool sync;                 /* running on the caller's thread */
  int fd, flags, mode, opt;
  int64_t pos, len, result;
  double atime, mtime;
  char *data;                /* caller's bytes (borrowed) or owned when own_data */
  size_t data_len;
  bool own_data;
  uv_buf_t *bufs;            /* owned array, borrowed memory */
  unsigned nbufs;
  uv_fs_t fs;                /* holds stat/scandir/readlink/... results until the job is freed */
  bool fs_used;
  char *out;                 /* owned result bytes */
  size_t out_len;
  uv_dir_t *dir;
};

static JSClassRef dir_class;

typedef struct {
  uv_dir_t *dir; /* NULL once closed */
} dir_handle_t;

static job_t *job_new(run_fn run, done_fn done) {
  job_t *job = calloc(1, sizeof *job);
  CN_CHECK(job != NULL);
  job->run = run;
  job->done = done;
  job->fd = -1;
  return job;
}

static void job_free(job_t *job) {
  if (job->fs_used) uv_fs_req_cleanup(&job->fs);
  free(job->path);
  free(job->dest);
  free(job->err_path);
  if (job->own_data) free(job->data);
  free(job->bufs);
  free(job->out);
  free(job);
}

static JSObjectRef job_error(JSContextRef ctx, job_t *job) {
  const char *path = job->no_path ? NULL : job->err_path ? job->err_path : job->path;
  return cn_uv_error(ctx, job->err, job->syscall, path, job->no_path ? NULL : job->dest);
}

static void on_work(uv_work_t *w) {
  job_t *job = (job_t *)w;
  job->err = job->run(job);
}

static void on_after_work(uv_work_t *w, int status) {
  job_t *job = (job_t *)w;
  cn_env_t *env = job->env;
  JSContextRef ctx = env->ctx;
  if (status < 0) job->err = status;
  JSValueRef argv[2];
  size_t argc = 1;
  if (job->err < 0) {
    argv[0] = job_error(ctx, job);
  } else {
    JSValueRef exc = NULL;
    JSValueRef v = job->done ? job->done(ctx, job, &exc) : NULL;
    if (exc) {
      argv[0] = exc;
    } else {
      argv[0] = JSValueMakeNull(ctx);
      if (v && !JSValueIsUndefined(ctx, v)) {
        argv[1] = v;
        argc = 2;
      }
    }
  }
  JSObjectRef req = job->req;
  job_free(job);
  JSValueRef cb = cn_get(ctx, req, "oncomplete");
  if (JSValueIsObject(ctx, cb)) cn_make_callback(env, (JSObjectRef)cb, req, argc, argv);
  JSValueUnprotect(ctx, req);
}

/* Runs the job now (req undefined: returns the value or throws) or queues it on the thread
 * pool (returns undefined; req.oncomplete is called later). Takes ownership of job. */
static JSValueRef dispatch(JSContextRef ctx, job_t *job, JSValueRef reqv, JSValueRef *exc) {
  if (!JSValueIsObject(ctx, reqv)) {
    job->sync = true;
    job->err = job->run(job);
    JSValueRef r;
    if (job->err < 0) {
      *exc = job_error(ctx, job);
      r = NULL;
    } else {
      r = job->done ? job->done(ctx, job, exc) : NULL;
      if (!r && !*exc) r = JSValueMakeUndefined(ctx);
    }
    job_free(job);
    return r;
  }
  job->env = cn_env_from_ctx(ctx);
  job->req = (JSObjectRef)reqv;
  JSValueProtect(ctx, job->req);
  int r = uv_queue_work(&job->env->loop, &job->work, on_work, on_after_work);
  CN_CHECK(r == 0);
  return JSValueMakeUndefined(ctx);
}

/* A path argument: a string (UTF-8) or a Uint8Array (raw bytes). Malloc'd. */
static char *arg_path(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  JSTypedArrayType t = JSValueGetTypedArrayType(ctx, v, NULL);
  if (t != kJSTypedArrayTypeNone && t != kJSTypedArrayTypeArrayBuffer) {
    JSObjectRef o = (JSObjectRef)v;
    size_t off = JSObjectGetTypedArrayByteOffset(ctx, o, NULL);
    size_t len = JSObjectGetTypedArrayByteLength(ctx, o, NULL);
    char *base = JSObjectGetTypedArrayBytesPtr(ctx, o, NULL);
    char *s = malloc(len + 1);
    CN_CHECK(s != NULL);
    if (len) memcpy(s, base + off, len);
    s[len] = 0;
    return s;
  }
  return cn_to_cstr(ctx, v, exc);
}

/* The bytes of an ArrayBufferView argument (borrowed; the caller keeps the view alive). */
static bool arg_bytes(JSContextRef ctx, JSValueRef v, char **ptr, size_t *len) {
  JSTypedArrayType t = JSValueGetTypedArrayType(ctx, v, NULL);
  if (t == kJSTypedArrayTypeNone || t == kJSTypedArrayTypeArrayBuffer) return false;
  JSObjectRef o = (JSObjectRef)v;
  size_t off = JSObjectGetTypedArrayByteOffset(ctx, o, NULL);
  *len = JSObjectGetTypedArrayByteLength(ctx, o, NULL);
  *ptr = (char *)JSObjectGetTypedArrayBytesPtr(ctx, o, NULL) + off;
  return true;
}

/* Data to write: a view (borrowed, kept alive through req.buffer for async calls) or a string
 * (encoded to owned UTF-8). */
static void arg_data(JSContextRef ctx, job_t *job, JSValueRef v, JSValueRef reqv) {
  if (JSValueIsString(ctx, v)) {
    JSStringRef s = JSValueToStringCopy(ctx, v, NULL);
    job->data = cn_jsstr_to_utf8(s, &job->data_len);
    job->own_data = true;
    JSStringRelease(s);
    return;
  }
  bool ok = arg_bytes(ctx, v, &job->data, &job->data_len);
  CN_CHECK(ok);
  if (JSValueIsObject(ctx, reqv)) cn_set(ctx, (JSObjectRef)reqv, "buffer", v);
}

static int64_t arg_i64(JSContextRef ctx, JSValueRef v) {
  double d = cn_num(ctx, v);
  return d != d ? -1 : (int64_t)d;
}

/* ---------------------------------------------------------------------------------------- */
/* Results */

static JSValueRef done_number(JSContextRef ctx, job_t *job, JSValueRef *exc) {
  return JSValueMakeNumber(ctx, (double)job->result);
}

static JSValueRef done_out_string(JSContextRef ctx, job_t *job, JSValueRef *exc) {
  return job->out ? cn_strn_value(ctx, job->out, job->out_len) : JSValueMakeUndefined(ctx);
}

static void free_bytes(void *bytes, void *ctx) { free(bytes); }

/* Hands job->out to JS as an ArrayBuffer without copying. */
static JSValueRef out_array_buffer(JSContextRef ctx, job_t *job, JSValueRef *exc) {
  char *bytes = job->out;
  if (!bytes) {
    bytes = malloc(1);
    CN_CHECK(bytes != NULL);
  }
  job->out = NULL;
  JSObjectRef ab = JSObjectMakeArrayBufferWithBytesNoCopy(ctx, bytes, job->out_len, free_bytes,
                                                         NULL, exc);
  if (!ab) free(bytes);
  return ab;
}

enum { STAT_FIELDS = 18 };

static JSValueRef make_stat_array(JSContextRef ctx, const uv_stat_t *s, bool bigint,
                                  JSValueRef *exc) {
  int64_t v[STAT_FIELDS] = {
      (int64_t)s->st_dev,          (int64_t)s->st_mode,          (int64_t)s->st_nlink,
      (int64_t)s->st_uid,          (int64_t)s->st_gid,           (int64_t)s->st_rdev,
      (int64_t)s->st_blksize,      (int64_t)s->st_ino,           (int64_t)s->st_size,
      (int64_t)s->st_blocks,       s->st_atim.tv_sec,            s->st_atim.tv_nsec,
      s->st_mtim.tv_sec,           s->st_mtim.tv_nsec,           s->st_ctim.tv_sec,
      s->st_ctim.tv_nsec,          s->st_birthtim.tv_sec,        s->st_birthtim.tv_nsec,
  };
  JSObjectRef arr = JSObjectMakeTypedArray(
      ctx, bigint ? kJSTypedArrayTypeBigInt64Array : kJSTypedArrayTypeFloat64Array, STAT_FIELDS,
      exc);
  if (!arr) return NULL;
  void *p = JSObjectGetTypedArrayBytesPtr(ctx, arr, exc);
  for (int i = 0; i < STAT_FIELDS; i++) {
    if (bigint) ((int64_t *)p)[i] = v[i];
    else ((double *)p)[i] = (double)v[i];
  }
  return arr;
}

static JSValueRef done_stat(JSContextRef ctx, job_t *job, JSValueRef *exc) {
  return make_stat_array(ctx, &job->fs.statbuf, job->opt, exc);
}

static JSValueRef done_statfs(JSContextRef ctx, job_t *job, JSValueRef *exc) {
  const uv_statfs_t *s = job->fs.ptr;
  int64_t v[7] = {(int64_t)s->f_type,  (int64_t)s->f_bsize, (int64_t)s->f_blocks,
                  (int64_t)s->f_bfree, (int64_t)s->f_bavail, (int64_t)s->f_files,
                  (int64_t)s->f_ffree};
  JSObjectRef arr = JSObjectMakeTypedArray(
      ctx, job->opt ? kJSTypedArrayTypeBigInt64Array : kJSTypedArrayTypeFloat64Array, 7, exc);
  if (!arr) return NULL;
  void *p = JSObjectGetTypedArrayBytesPtr(ctx, arr, exc);
  for (int i = 0; i < 7; i++) {
    if (job->opt) ((int64_t *)p)[i] = v[i];
    else ((double *)p)[i] = (double)v[i];
  }
  return arr;
}

/* ---------------------------------------------------------------------------------------- */
/* Simple calls: one uv_fs_* each */

#define SYNC_FS(job, call) ((job)->fs_used = true, (call))

static int run_open(job_t *j) {
  j->syscall = "open";
  int r = SYNC_FS(j, uv_fs_open(NULL, &j->fs, j->path, j->flags | O_CLOEXEC, j->mode, NULL));
  j->result = r;
  return r < 0 ? r : 0;
}

static int run_close(job_t *j) {
  j->syscall = "close";
  return SYNC_FS(j, uv_fs_close(NULL, &j->fs, j->fd, NULL));
}

static int run_read(job_t *j) {
  j->syscall = "read";
  uv_buf_t b = uv_buf_init(j->data, (unsigned)j->data_len);
  int r = SYNC_FS(j, uv_fs_read(NULL, &j->fs, j->fd, &b, 1, j->pos, NULL));
  j->result = r;
  return r < 0 ? r : 0;
}

static int run_write(job_t *j) {
  j->syscall = "write";
  uv_buf_t b = uv_buf_init(j->data, (unsigned)j->data_len);
  int r = SYNC_FS(j, uv_fs_write(NULL, &j->fs, j->fd, &b, 1, j->pos, NULL));
  j->result = r;
  return r < 0 ? r : 0;
}

static int run_readv(job_t *j) {
  j->syscall = "read";
  int r = SYNC_FS(j, uv_fs_read(NULL, &j->fs, j->fd, j->bufs, j->nbufs, j->pos, NULL));
  j->result = r;
  return r < 0 ? r : 0;
}

static int run_writev(job_t *j) {
  j->syscall = "write";
  int r = SYNC_FS(j, uv_fs_write(NULL, &j->fs, j->fd, j->bufs, j->nbufs, j->pos, NULL));
  j->result = r;
  return r < 0 ? r : 0;
}

static int run_stat(job_t *j) {
  j->syscall = "stat";
  return SYNC_FS(j, uv_fs_stat(NULL, &j->fs, j->path, NULL));
}
static int run_lstat(job_t *j) {
  j->syscall = "lstat";
  return SYNC_FS(j, uv_fs_lstat(NULL, &j->fs, j->path, NULL));
}
static int run_fstat(job_t *j) {
  j->syscall = "fstat";
  return SYNC_FS(j, uv_fs_fstat(NULL, &j->fs, j->fd, NULL));
}
static int run_statfs(job_t *j) {
  j->syscall = "statfs";
  return SYNC_FS(j, uv_fs_statfs(NULL, &j->fs, j->path, NULL));
}
static int run_rmdir(job_t *j) {
  j->syscall = "rmdir";
  return SYNC_FS(j, uv_fs_rmdir(NULL, &j->fs, j->path, NULL));
}
static int run_unlink(job_t *j) {
  j->syscall = "unlink";
  return SYNC_FS(j, uv_fs_unlink(NULL, &j->fs, j->path, NULL));
}
static int run_rename(job_t *j) {
  j->syscall = "rename";
  return SYNC_FS(j, uv_fs_rename(NULL, &j->fs, j->path, j->dest, NULL));
}
static int run_copyfile(job_t *j) {
  j->syscall = "copyfile";
  return SYNC_FS(j, uv_fs_copyfile(NULL, &j->fs, j->path, j->dest, j->flags, NULL));
}
static int run_symlink(job_t *j) {
  j->syscall = "symlink";
  return SYNC_FS(j, uv_fs_symlink(NULL, &j->fs, j->path, j->dest, j->flags, NULL));
}
static int run_link(job_t *j) {
  j->syscall = "link";
  return SYNC_FS(j, uv_fs_link(NULL, &j->fs, j->path, j->dest, NULL));
}
static int run_readlink(job_t *j) {
  j->syscall = "readlink";
  int r = SYNC_FS(j, uv_fs_readlink(NULL, &j->fs, j->path, NULL));
  if (r == 0) {
    j->out = strdup(j->fs.ptr);
    j->out_len = strlen(j->out);
  }
  return r;
}
static int run_realpath(job_t *j) {
  j->syscall = "realpath";
  int r = SYNC_FS(j, uv_fs_realpath(NULL, &j->fs, j->path, NULL));
  if (r == 0) {
    j->out = strdup(j->fs.ptr);
    j->out_len = strlen(j->out);
  }
  return r;
}
static int run_access(job_t *j) {
  j->syscall = "access";
  return SYNC_FS(j, uv_fs_access(NULL, &j->fs, j->path, j->mode, NULL));
}
static int run_chmod(job_t *j) {
  j->syscall = "chmod";
  return SYNC_FS(j, uv_fs_chmod(NULL, &j->fs, j->path, j->mode, NULL));
}
static int run_fchmod(job_t *j) {
  j->syscall = "fchmod";
  return SYNC_FS(j, uv_fs_fchmod(NULL, &j->fs, j->fd, j->mode, NULL));
}
static int run_chown(job_t *j) {
  j->syscall = "chown";
  return SYNC_FS(j, uv_fs_chown(NULL, &j->fs, j->path, (uv_uid_t)j->pos, (uv_gid_t)j->len, NULL));
}
static int run_fchown(job_t *j) {
  j->syscall = "fchown";
  return SYNC_FS(j, uv_fs_fchown(NULL, &j->fs, j->fd, (uv_uid_t)j->pos, (uv_gid_t)j->len, NULL));
}
static int run_lchown(job_t *j) {
  j->syscall = "lchown";
  return SYNC_FS(j, uv_fs_lchown(NULL, &j->fs, j->path, (uv_uid_t)j->pos, (uv_gid_t)j->len, NULL));
}
static int run_utimes(job_t *j) {
  j->syscall = "utime";
  return SYNC_FS(j, uv_fs_utime(NULL, &j->fs, j->path, j->atime, j->mtime, NULL));
}
static int run_futimes(job_t *j) {
  j->syscall = "futime";
  return SYNC_FS(j, uv_fs_futime(NULL, &j->fs, j->fd, j->atime, j->mtime, NULL));
}
static int run_lutimes(job_t *j) {
  j->syscall = "lutime";
  return SYNC_FS(j, uv_fs_lutime(NULL, &j->fs, j->path, j->atime, j->mtime, NULL));
}
static int run_ftruncate(job_t *j) {
  j->syscall = "ftruncate";
  return SYNC_FS(j, uv_fs_ftruncate(NULL, &j->fs, j->fd, j->len, NULL));
}
static int run_fsync(job_t *j) {
  j->syscall = "fsync";
  return SYNC_FS(j, uv_fs_fsync(NULL, &j->fs, j->fd, NULL));
}
static int run_fdatasync(job_t *j) {
  j->syscall = "fdatasync";
  return SYNC_FS(j, uv_fs_fdatasync(NULL, &j->fs, j->fd, NULL));
}
static int run_mkdtemp(job_t *j) {
  j->syscall = "mkdtemp";
  int r = SYNC_FS(j, uv_fs_mkdtemp(NULL, &j->fs, j->path, NULL));
  if (r == 0) {
    j->out = strdup(j->fs.path);
    j->out_len = strlen(j->out);
  }
  return r;
}
static int run_scandir(job_t *j) {
  j->syscall = "scandir";
  int r = SYNC_FS(j, uv_fs_scandir(NULL, &j->fs, j->path, 0, NULL));
  return r < 0 ? r : 0;
}

/* readdir result: names, or [names, types] when withFileTypes. */
static JSValueRef done_scandir(JSContextRef ctx, job_t *job, JSValueRef *exc) {
  size_t cap = 64, n = 0;
  JSValueRef *names = malloc(cap * sizeof *names), *types = malloc(cap * sizeof *types);
  CN_CHECK(names && types);
  uv_dirent_t ent;
  while (uv_fs_scandir_next(&job->fs, &ent) == 0) {
    if (n == cap) {
      cap *= 2;
      names = realloc(names, cap * sizeof *names);
      types = realloc(types, cap * sizeof *types);
      CN_CHECK(names && types);
    }
    names[n] = cn_str_value(ctx, ent.name);
    types[n] = JSValueMakeNumber(ctx, ent.type);
    n++;
  }
  JSObjectRef a = JSObjectMakeArray(ctx, n, names, exc);
  JSValueRef r = a;
  if (a && job->opt) {
    JSValueRef pair[2] = {a, JSObjectMakeArray(ctx, n, types, exc)};
    r = JSObjectMakeArray(ctx, 2, pair, exc);
  }
  free(names);
  free(types);
  return r;
}

/* ---------------------------------------------------------------------------------------- */
/* Compound calls: several syscalls in one pool job */

static int do_mkdir(job_t *j, const char *path) {
  uv_fs_t req;
  int r = uv_fs_mkdir(NULL, &req, path, j->mode, NULL);
  uv_fs_req_cleanup(&req);
  return r;
}

static bool is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* mkdir -p: creates path and its missing parents; *first gets the topmost created one. */
static int mkdirp(job_t *j, const char *path) {
  int r = do_mkdir(j, path);
  if (r == 0) {
    if (!j->out) j->out = strdup(path);
    return 0;
  }
  if (r == UV_EEXIST) return is_dir(path) ? 0 : UV_EEXIST;
  if (r != UV_ENOENT) return r;
  size_t n = strlen(path);
  while (n > 1 && path[n - 1] == '/') n--;
  while (n > 0 && path[n - 1] != '/') n--;
  while (n > 1 && path[n - 1] == '/') n--;
  if (n == 0 || (n == 1 && path[0] == '/')) return r;
  char *parent = strndup(path, n);
  CN_CHECK(parent != NULL);
  r = mkdirp(j, parent);
  free(parent);
  if (r < 0) return r;
  r = do_mkdir(j, path);
  if (r == 0 && !j->out) j->out = strdup(path);
  if (r == UV_EEXIST && is_dir(path)) r = 0;
  return r;
}

static int run_mkdir(job_t *j) {
  j->syscall = "mkdir";
  if (!j->opt) return do_mkdir(j, j->path);
  int r = mkdirp(j, j->path);
  if (j->out) j->out_len = strlen(j->out);
  return r;
}

static char *join_path(const char *dir, const char *name) {
  size_t a = strlen(dir), b = strlen(name);
  char *p = malloc(a + b + 2);
  CN_CHECK(p != NULL);
  memcpy(p, dir, a);
  p[a] = '/';
  memcpy(p + a + 1, name, b + 1);
  return p;
}

/* Removes a tree without following symlinks. On failure j->err_path names the entry. */
static int rm_tree(job_t *j, const char *path) {
  struct stat st;
  if (lstat(path, &st) < 0) {
    j->syscall = "lstat";
    j->err_path = strdup(path);
    return uv_translate_sys_error(errno);
  }
  if (!S_ISDIR(st.st_mode)) {
    if (unlink(path) < 0) {
      j->syscall = "unlink";
      j->err_path = strdup(path);
      return uv_translate_sys_error(errno);
    }
    return 0;
  }
  DIR *d = opendir(path);
  if (!d) {
    j->syscall = "opendir";
    j->err_path = strdup(path);
    return uv_translate_sys_error(errno);
  }
  struct dirent *e;
  int r = 0;
  while ((e = readdir(d)) != NULL) {
    if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
    char *child = join_path(path, e->d_name);
    r = rm_tree(j, child);
    free(child);
    if (r < 0) break;
  }
  closedir(d);
  if (r < 0) return r;
  if (rmdir(path) < 0) {
    j->syscall = "rmdir";
    j->err_path = strdup(path);
    return uv_translate_sys_error(errno);
  }
  return 0;
}

/* rm(path, recursive): EISDIR with syscall "rm" when path is a directory and not recursive
 * (lib turns it into ERR_FS_EISDIR). */
static int run_rm(job_t *j) {
  struct stat st;
  j->syscall = "lstat";
  if (lstat(j->path, &st) < 0) return uv_translate_sys_error(errno);
  if (S_ISDIR(st.st_mode) && !j->opt) {
    j->syscall = "rm";
    return UV_EISDIR;
  }
  return rm_tree(j, j->path);
}

/* readFile: open (unless given an fd), read to EOF, close what it opened. */
static int run_read_file(job_t *j) {
  uv_fs_t req;
  int fd = j->fd;
  if (fd < 0) {
    j->syscall = "open";
    fd = uv_fs_open(NULL, &req, j->path, j->flags | O_CLOEXEC, 0666, NULL);
    uv_fs_req_cleanup(&req);
    if (fd < 0) return fd;
  }
  j->no_path = true;
  size_t cap = 0;
  j->syscall = "fstat";
  int r = uv_fs_fstat(NULL, &req, fd, NULL);
  if (r == 0 && S_ISREG(req.statbuf.st_mode)) cap = (size_t)req.statbuf.st_size;
  uv_fs_req_cleanup(&req);
  if (r == 0) {
    /* One byte of slack reads EOF in the same call for files that did not grow. */
    cap = cap ? cap + 1 : 8192;
    size_t len = 0;
    char *buf = malloc(cap);
    CN_CHECK(buf != NULL);
    j->syscall = "read";
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
        r = n;
        break;
      }
      if (n == 0) break;
      len += (size_t)n;
    }
    if (r < 0) {
      free(buf);
    } else {
      j->out = buf;
      j->out_len = len;
    }
  }
  if (j->fd < 0) {
    uv_fs_close(NULL, &req, fd, NULL);
    uv_fs_req_cleanup(&req);
  }
  return r;
}

static JSValueRef done_read_file(JSContextRef ctx, job_t *job, JSValueRef *exc) {
  if (job->opt) return cn_strn_value(ctx, job->out, job->out_len);
  return out_array_buffer(ctx, job, exc);
}

/* writeFile: open (unless given an fd), write every byte, close what it opened. */
static int run_write_file(job_t *j) {
  uv_fs_t req;
  int fd = j->fd;
  if (fd < 0) {
    j->syscall = "open";
    fd = uv_fs_open(NULL, &req, j->path, j->flags | O_CLOEXEC, j->mode, NULL);
    uv_fs_req_cleanup(&req);
    if (fd < 0) return fd;
  }
  j->no_path = true;
  j->syscall = "write";
  int r = 0;
  size_t off = 0;
  while (off < j->data_len) {
    uv_buf_t b = uv_buf_init(j->data + off, (unsigned)(j->data_len - off));
    int n = uv_fs_write(NULL, &req, fd, &b, 1, -1, NULL);
    uv_fs_req_cleanup(&req);
    if (n < 0) {
      r = n;
      break;
    }
    off += (size_t)n;
  }
  if (j->fd < 0) {
    int c = uv_fs_close(NULL, &req, fd, NULL);
    uv_fs_req_cleanup(&req);
    if (r == 0 && c < 0) {
      j->syscall = "close";
      r = c;
    }
  }
  return r;
}

/* ---------------------------------------------------------------------------------------- */
/* Dir handles (opendir) */

static void dir_finalize(JSObjectRef obj) {
  dir_handle_t *h = JSObjectGetPrivate(obj);
  if (!h) return;
  /* closedir is a plain syscall: safe on whatever thread the collector runs us. */
  if (h->dir) {
    uv_fs_t req;
    uv_fs_closedir(NULL, &req, h->dir, NULL);
    uv_fs_req_cleanup(&req);
  }
  free(h);
}

static int run_opendir(job_t *j) {
  j->syscall = "opendir";
  j->no_path = j->sync; /* Node's opendirSync names no path, the async forms do */
  int r = SYNC_FS(j, uv_fs_opendir(NULL, &j->fs, j->path, NULL));
  if (r == 0) {
    j->dir = j->fs.ptr;
  }
  return r;
}

static JSValueRef done_opendir(JSContextRef ctx, job_t *job, JSValueRef *exc) {
  dir_handle_t *h = malloc(sizeof *h);
  CN_CHECK(h != NULL);
  h->dir = job->dir;
  return JSObjectMake(ctx, dir_class, h);
}

static int run_dir_read(job_t *j) {
  j->syscall = "scandir";
  j->no_path = true;
  j->dir->dirents = malloc(sizeof(uv_dirent_t) * (size_t)j->len);
  CN_CHECK(j->dir->dirents != NULL);
  j->dir->nentries = (size_t)j->len;
  int r = SYNC_FS(j, uv_fs_readdir(NULL, &j->fs, j->dir, NULL));
  j->result = r;
  return r < 0 ? r : 0;
}

/* [name, type, name, type, ...] or null at the end of the directory. */
static JSValueRef done_dir_read(JSContextRef ctx, job_t *job, JSValueRef *exc) {
  size_t n = (size_t)job->result;
  JSValueRef r;
  if (n == 0) {
    r = JSValueMakeNull(ctx);
  } else {
    JSValueRef *vals = malloc(2 * n * sizeof *vals);
    CN_CHECK(vals != NULL);
    for (size_t i = 0; i < n; i++) {
      vals[2 * i] = cn_str_value(ctx, job->dir->dirents[i].name);
      vals[2 * i + 1] = JSValueMakeNumber(ctx, job->dir->dirents[i].type);
    }
    r = JSObjectMakeArray(ctx, 2 * n, vals, exc);
    free(vals);
  }
  uv_fs_req_cleanup(&job->fs); /* frees the names */
  job->fs_used = false;
  free(job->dir->dirents);
  job->dir->dirents = NULL;
  return r;
}

static int run_dir_close(job_t *j) {
  j->syscall = "closedir";
  j->no_path = true;
  return SYNC_FS(j, uv_fs_closedir(NULL, &j->fs, j->dir, NULL));
}

static dir_handle_t *arg_dir(JSContextRef ctx, JSValueRef v) {
  CN_CHECK(JSValueIsObjectOfClass(ctx, v, dir_class));
  return JSObjectGetPrivate((JSObjectRef)v);
}

/* ---------------------------------------------------------------------------------------- */
/* Bindings */

/* open(path, flags, mode, req) -> fd */
CN_FN(js_open) {
  job_t *j = job_new(run_open, done_number);
  if (!(j->path = arg_path(ctx, CN_ARG(0), exc))) return job_free(j), NULL;
  j->flags = (int)cn_num(ctx, CN_ARG(1));
  j->mode = (int)cn_num(ctx, CN_ARG(2));
  return dispatch(ctx, j, CN_ARG(3), exc);
}

/* close(fd, req) */
CN_FN(js_close) {
  job_t *j = job_new(run_close, NULL);
  j->fd = (int)cn_num(ctx, CN_ARG(0));
  return dispatch(ctx, j, CN_ARG(1), exc);
}

/* read(fd, view, offset, length, position, req) -> bytesRead; position -1 reads at the
 * current file position. offset/length are in bytes and already validated. */
static JSValueRef rw_common(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                            JSValueRef *exc, run_fn run) {
  job_t *j = job_new(run, done_number);
  j->fd = (int)cn_num(ctx, CN_ARG(0));
  char *base;
  size_t len;
  bool ok = arg_bytes(ctx, CN_ARG(1), &base, &len);
  CN_CHECK(ok);
  size_t off = (size_t)cn_num(ctx, CN_ARG(2));
  size_t n = (size_t)cn_num(ctx, CN_ARG(3));
  CN_CHECK(off <= len && n <= len - off);
  j->data = base + off;
  j->data_len = n;
  j->pos = arg_i64(ctx, CN_ARG(4));
  if (JSValueIsObject(ctx, CN_ARG(5))) cn_set(ctx, (JSObjectRef)CN_ARG(5), "buffer", CN_ARG(1));
  j->no_path = true;
  return dispatch(ctx, j, CN_ARG(5), exc);
}

CN_FN(js_read) { return rw_common(ctx, argc, argv, exc, run_read); }
/* write(fd, view, offset, length, position, req) -> bytesWritten; position -1: current. */
CN_FN(js_write) { return rw_common(ctx, argc, argv, exc, run_write); }

/* writeString(fd, string, position, req) -> bytesWritten (UTF-8). */
CN_FN(js_write_string) {
  job_t *j = job_new(run_write, done_number);
  j->fd = (int)cn_num(ctx, CN_ARG(0));
  arg_data(ctx, j, CN_ARG(1), CN_ARG(3));
  j->pos = arg_i64(ctx, CN_ARG(2));
  j->no_path = true;
  return dispatch(ctx, j, CN_ARG(3), exc);
}

/* readv/writev(fd, views[], position, req) -> bytes */
static JSValueRef rwv_common(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                             JSValueRef *exc, run_fn run) {
  job_t *j = job_new(run, done_number);
  j->fd = (int)cn_num(ctx, CN_ARG(0));
  JSObjectRef arr = cn_obj(ctx, CN_ARG(1));
  CN_CHECK(arr != NULL);
  unsigned n = (unsigned)cn_num(ctx, cn_get(ctx, arr, "length"));
  j->bufs = calloc(n ? n : 1, sizeof *j->bufs);
  CN_CHECK(j->bufs != NULL);
  j->nbufs = n;
  for (unsigned i = 0; i < n; i++) {
    char *p;
    size_t len;
    bool ok = arg_bytes(ctx, JSObjectGetPropertyAtIndex(ctx, arr, i, NULL), &p, &len);
    CN_CHECK(ok);
    j->bufs[i] = uv_buf_init(p, (unsigned)len);
  }
  j->pos = arg_i64(ctx, CN_ARG(2));
  if (JSValueIsObject(ctx, CN_ARG(3))) cn_set(ctx, (JSObjectRef)CN_ARG(3), "buffer", CN_ARG(1));
  j->no_path = true;
  return dispatch(ctx, j, CN_ARG(3), exc);
}

CN_FN(js_readv) { return rwv_common(ctx, argc, argv, exc, run_readv); }
CN_FN(js_writev) { return rwv_common(ctx, argc, argv, exc, run_writev); }

/* Fills path or fd from a "path or fd" argument. */
static bool arg_path_or_fd(JSContextRef ctx, job_t *j, JSValueRef v, JSValueRef *exc) {
  if (JSValueIsNumber(ctx, v)) {
    j->fd = (int)cn_num(ctx, v);
    return true;
  }
  return (j->path = arg_path(ctx, v, exc)) != NULL;
}

/* readFile(pathOrFd, flags, utf8, req) -> string when utf8, else ArrayBuffer. */
CN_FN(js_read_file) {
  job_t *j = job_new(run_read_file, done_read_file);
  if (!arg_path_or_fd(ctx, j, CN_ARG(0), exc)) return job_free(j), NULL;
  j->flags = (int)cn_num(ctx, CN_ARG(1));
  j->opt = JSValueToBoolean(ctx, CN_ARG(2));
  return dispatch(ctx, j, CN_ARG(3), exc);
}

/* writeFile(pathOrFd, data (view or UTF-8 string), flags, mode, req) */
CN_FN(js_write_file) {
  job_t *j = job_new(run_write_file, NULL);
  if (!arg_path_or_fd(ctx, j, CN_ARG(0), exc)) return job_free(j), NULL;
  arg_data(ctx, j, CN_ARG(1), CN_ARG(4));
  j->flags = (int)cn_num(ctx, CN_ARG(2));
  j->mode = (int)cn_num(ctx, CN_ARG(3));
  return dispatch(ctx, j, CN_ARG(4), exc);
}

/* A job on a descriptor (by_fd) or a path given as target; NULL with *exc set for a bad path. */
static job_t *job_on_target(JSContextRef ctx, JSValueRef target, bool by_fd, run_fn run,
                            done_fn done, JSValueRef *exc) {
  job_t *j = job_new(run, done);
  if (by_fd) {
    j->fd = (int)cn_num(ctx, target);
    j->no_path = true;
  } else if (!(j->path = arg_path(ctx, target, exc))) {
    job_free(j);
    return NULL;
  }
  return j;
}

/* stat/lstat(path, bigint, req), fstat(fd, bigint, req) -> Float64Array or BigInt64Array of
 * 18 fields: dev mode nlink uid gid rdev blksize ino size blocks, then sec/nsec pairs for
 * atime mtime ctime birthtime. */
static JSValueRef stat_common(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                              JSValueRef *exc, run_fn run, bool by_fd) {
  job_t *j = job_on_target(ctx, CN_ARG(0), by_fd, run, done_stat, exc);
  if (!j) return NULL;
  j->opt = JSValueToBoolean(ctx, CN_ARG(1));
  return dispatch(ctx, j, CN_ARG(2), exc);
}

CN_FN(js_stat) { return stat_common(ctx, argc, argv, exc, run_stat, false); }
CN_FN(js_lstat) { return stat_common(ctx, argc, argv, exc, run_lstat, false); }
CN_FN(js_fstat) { return stat_common(ctx, argc, argv, exc, run_fstat, true); }

/* statfs(path, bigint, req) -> 7 numbers: type bsize blocks bfree bavail files ffree */
CN_FN(js_statfs) {
  job_t *j = job_new(run_statfs, done_statfs);
  if (!(j->path = arg_path(ctx, CN_ARG(0), exc))) return job_free(j), NULL;
  j->opt = JSValueToBoolean(ctx, CN_ARG(1));
  return dispatch(ctx, j, CN_ARG(2), exc);
}

/* Calls of the shape fn(path, req). */
static JSValueRef path_only(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                            JSValueRef *exc, run_fn run, done_fn done) {
  job_t *j = job_new(run, done);
  if (!(j->path = arg_path(ctx, CN_ARG(0), exc))) return job_free(j), NULL;
  return dispatch(ctx, j, CN_ARG(1), exc);
}

CN_FN(js_rmdir) { return path_only(ctx, argc, argv, exc, run_rmdir, NULL); }
CN_FN(js_unlink) { return path_only(ctx, argc, argv, exc, run_unlink, NULL); }
CN_FN(js_readlink) { return path_only(ctx, argc, argv, exc, run_readlink, done_out_string); }
/* realpath(path, req) -> the canonical path */
CN_FN(js_realpath) { return path_only(ctx, argc, argv, exc, run_realpath, done_out_string); }
/* mkdtemp(template ending in XXXXXX, req) -> the created path */
CN_FN(js_mkdtemp) { return path_only(ctx, argc, argv, exc, run_mkdtemp, done_out_string); }
/* opendir(path, req) -> dir handle */
CN_FN(js_opendir) { return path_only(ctx, argc, argv, exc, run_opendir, done_opendir); }

/* readdir(path, withTypes, req) -> names, or [names, types] */
CN_FN(js_readdir) {
  job_t *j = job_new(run_scandir, done_scandir);
  if (!(j->path = arg_path(ctx, CN_ARG(0), exc))) return job_free(j), NULL;
  j->opt = JSValueToBoolean(ctx, CN_ARG(1));
  return dispatch(ctx, j, CN_ARG(2), exc);
}

/* mkdir(path, mode, recursive, req) -> with recursive, the first directory created or
 * undefined */
CN_FN(js_mkdir) {
  job_t *j = job_new(run_mkdir, done_out_string);
  if (!(j->path = arg_path(ctx, CN_ARG(0), exc))) return job_free(j), NULL;
  j->mode = (int)cn_num(ctx, CN_ARG(1));
  j->opt = JSValueToBoolean(ctx, CN_ARG(2));
  return dispatch(ctx, j, CN_ARG(3), exc);
}

/* rm(path, recursive, req) */
CN_FN(js_rm) {
  job_t *j = job_new(run_rm, NULL);
  if (!(j->path = arg_path(ctx, CN_ARG(0), exc))) return job_free(j), NULL;
  j->opt = JSValueToBoolean(ctx, CN_ARG(1));
  return dispatch(ctx, j, CN_ARG(2), exc);
}

/* Calls of the shape fn(path, dest, [flags,] req). */
static JSValueRef two_paths(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                            JSValueRef *exc, run_fn run, bool has_flags) {
  job_t *j = job_new(run, NULL);
  if (!(j->path = arg_path(ctx, CN_ARG(0), exc))) return job_free(j), NULL;
  if (!(j->dest = arg_path(ctx, CN_ARG(1), exc))) return job_free(j), NULL;
  if (has_flags) j->flags = (int)cn_num(ctx, CN_ARG(2));
  return dispatch(ctx, j, CN_ARG(has_flags ? 3 : 2), exc);
}

CN_FN(js_rename) { return two_paths(ctx, argc, argv, exc, run_rename, false); }
CN_FN(js_link) { return two_paths(ctx, argc, argv, exc, run_link, false); }
/* copyFile(src, dest, mode, req) */
CN_FN(js_copy_file) { return two_paths(ctx, argc, argv, exc, run_copyfile, true); }
/* symlink(target, path, flags, req) */
CN_FN(js_symlink) { return two_paths(ctx, argc, argv, exc, run_symlink, true); }

/* Calls of the shape fn(path, mode, req). */
static JSValueRef path_mode(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                            JSValueRef *exc, run_fn run) {
  job_t *j = job_new(run, NULL);
  if (!(j->path = arg_path(ctx, CN_ARG(0), exc))) return job_free(j), NULL;
  j->mode = (int)cn_num(ctx, CN_ARG(1));
  return dispatch(ctx, j, CN_ARG(2), exc);
}

CN_FN(js_access) { return path_mode(ctx, argc, argv, exc, run_access); }
CN_FN(js_chmod) { return path_mode(ctx, argc, argv, exc, run_chmod); }

/* fchmod(fd, mode, req) */
CN_FN(js_fchmod) {
  job_t *j = job_new(run_fchmod, NULL);
  j->fd = (int)cn_num(ctx, CN_ARG(0));
  j->mode = (int)cn_num(ctx, CN_ARG(1));
  j->no_path = true;
  return dispatch(ctx, j, CN_ARG(2), exc);
}

/* chown/lchown(path, uid, gid, req), fchown(fd, uid, gid, req) */
static JSValueRef chown_common(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                               JSValueRef *exc, run_fn run, bool by_fd) {
  job_t *j = job_on_target(ctx, CN_ARG(0), by_fd, run, NULL, exc);
  if (!j) return NULL;
  j->pos = arg_i64(ctx, CN_ARG(1));
  j->len = arg_i64(ctx, CN_ARG(2));
  return dispatch(ctx, j, CN_ARG(3), exc);
}

CN_FN(js_chown) { return chown_common(ctx, argc, argv, exc, run_chown, false); }
CN_FN(js_lchown) { return chown_common(ctx, argc, argv, exc, run_lchown, false); }
CN_FN(js_fchown) { return chown_common(ctx, argc, argv, exc, run_fchown, true); }

/* utimes/lutimes(path, atime, mtime, req), futimes(fd, ...): times in seconds */
static JSValueRef utimes_common(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                                JSValueRef *exc, run_fn run, bool by_fd) {
  job_t *j = job_on_target(ctx, CN_ARG(0), by_fd, run, NULL, exc);
  if (!j) return NULL;
  j->atime = cn_num(ctx, CN_ARG(1));
  j->mtime = cn_num(ctx, CN_ARG(2));
  return dispatch(ctx, j, CN_ARG(3), exc);
}

CN_FN(js_utimes) { return utimes_common(ctx, argc, argv, exc, run_utimes, false); }
CN_FN(js_lutimes) { return utimes_common(ctx, argc, argv, exc, run_lutimes, false); }
CN_FN(js_futimes) { return utimes_common(ctx, argc, argv, exc, run_futimes, true); }

/* Calls of the shape fn(fd, req). */
static JSValueRef fd_only(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                          JSValueRef *exc, run_fn run) {
  job_t *j = job_new(run, NULL);
  j->fd = (int)cn_num(ctx, CN_ARG(0));
  j->no_path = true;
  return dispatch(ctx, j, CN_ARG(1), exc);
}

CN_FN(js_fsync) { return fd_only(ctx, argc, argv, exc, run_fsync); }
CN_FN(js_fdatasync) { return fd_only(ctx, argc, argv, exc, run_fdatasync); }

/* ftruncate(fd, len, req) */
CN_FN(js_ftruncate) {
  job_t *j = job_new(run_ftruncate, NULL);
  j->fd = (int)cn_num(ctx, CN_ARG(0));
  j->len = arg_i64(ctx, CN_ARG(1));
  j->no_path = true;
  return dispatch(ctx, j, CN_ARG(2), exc);
}

/* dirRead(handle, bufferSize, req) -> [name, type, ...] or null at the end */
CN_FN(js_dir_read) {
  dir_handle_t *h = arg_dir(ctx, CN_ARG(0));
  CN_CHECK(h->dir != NULL);
  job_t *j = job_new(run_dir_read, done_dir_read);
  j->dir = h->dir;
  j->len = arg_i64(ctx, CN_ARG(1));
  if (j->len < 1) j->len = 1;
  if (JSValueIsObject(ctx, CN_ARG(2))) cn_set(ctx, (JSObjectRef)CN_ARG(2), "handle", CN_ARG(0));
  return dispatch(ctx, j, CN_ARG(2), exc);
}

/* dirClose(handle, req): the handle is unusable afterwards. */
CN_FN(js_dir_close) {
  dir_handle_t *h = arg_dir(ctx, CN_ARG(0));
  CN_CHECK(h->dir != NULL);
  job_t *j = job_new(run_dir_close, NULL);
  j->dir = h->dir;
  h->dir = NULL;
  if (JSValueIsObject(ctx, CN_ARG(1))) cn_set(ctx, (JSObjectRef)CN_ARG(1), "handle", CN_ARG(0));
  return dispatch(ctx, j, CN_ARG(1), exc);
}

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

/* readFileUtf8(path): the file's text; throws Node's system error (ENOENT ...). */
CN_FN(js_read_file_utf8) {
  job_t *j = job_new(run_read_file, done_read_file);
  if (!(j->path = arg_path(ctx, CN_ARG(0), exc))) return job_free(j), NULL;
  j->flags = O_RDONLY;
  j->opt = 1;
  return dispatch(ctx, j, JSValueMakeUndefined(ctx), exc);
}

#define CN_FS_CONST(obj, name) cn_set_num(ctx, obj, #name, name)

static JSObjectRef make_constants(JSContextRef ctx) {
  JSObjectRef c = JSObjectMake(ctx, NULL, NULL);
  CN_FS_CONST(c, UV_FS_SYMLINK_DIR);
  CN_FS_CONST(c, UV_FS_SYMLINK_JUNCTION);
  CN_FS_CONST(c, O_RDONLY);
  CN_FS_CONST(c, O_WRONLY);
  CN_FS_CONST(c, O_RDWR);
  CN_FS_CONST(c, UV_DIRENT_UNKNOWN);
  CN_FS_CONST(c, UV_DIRENT_FILE);
  CN_FS_CONST(c, UV_DIRENT_DIR);
  CN_FS_CONST(c, UV_DIRENT_LINK);
  CN_FS_CONST(c, UV_DIRENT_FIFO);
  CN_FS_CONST(c, UV_DIRENT_SOCKET);
  CN_FS_CONST(c, UV_DIRENT_CHAR);
  CN_FS_CONST(c, UV_DIRENT_BLOCK);
  CN_FS_CONST(c, S_IFMT);
  CN_FS_CONST(c, S_IFREG);
  CN_FS_CONST(c, S_IFDIR);
  CN_FS_CONST(c, S_IFCHR);
  CN_FS_CONST(c, S_IFBLK);
  CN_FS_CONST(c, S_IFIFO);
  CN_FS_CONST(c, S_IFLNK);
  CN_FS_CONST(c, S_IFSOCK);
  CN_FS_CONST(c, O_CREAT);
  CN_FS_CONST(c, O_EXCL);
  CN_FS_CONST(c, UV_FS_O_FILEMAP);
  CN_FS_CONST(c, O_NOCTTY);
  CN_FS_CONST(c, O_TRUNC);
  CN_FS_CONST(c, O_APPEND);
  CN_FS_CONST(c, O_DIRECTORY);
  CN_FS_CONST(c, O_NOATIME);
  CN_FS_CONST(c, O_NOFOLLOW);
  CN_FS_CONST(c, O_SYNC);
  CN_FS_CONST(c, O_DSYNC);
  CN_FS_CONST(c, O_DIRECT);
  CN_FS_CONST(c, O_NONBLOCK);
  CN_FS_CONST(c, S_IRWXU);
  CN_FS_CONST(c, S_IRUSR);
  CN_FS_CONST(c, S_IWUSR);
  CN_FS_CONST(c, S_IXUSR);
  CN_FS_CONST(c, S_IRWXG);
  CN_FS_CONST(c, S_IRGRP);
  CN_FS_CONST(c, S_IWGRP);
  CN_FS_CONST(c, S_IXGRP);
  CN_FS_CONST(c, S_IRWXO);
  CN_FS_CONST(c, S_IROTH);
  CN_FS_CONST(c, S_IWOTH);
  CN_FS_CONST(c, S_IXOTH);
  CN_FS_CONST(c, F_OK);
  CN_FS_CONST(c, R_OK);
  CN_FS_CONST(c, W_OK);
  CN_FS_CONST(c, X_OK);
  CN_FS_CONST(c, UV_FS_COPYFILE_EXCL);
  cn_set_num(ctx, c, "COPYFILE_EXCL", UV_FS_COPYFILE_EXCL);
  CN_FS_CONST(c, UV_FS_COPYFILE_FICLONE);
  cn_set_num(ctx, c, "COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE);
  CN_FS_CONST(c, UV_FS_COPYFILE_FICLONE_FORCE);
  cn_set_num(ctx, c, "COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE);
  return c;
}

void cn_fs_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  if (!dir_class) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "DirHandle";
    def.finalize = dir_finalize;
    dir_class = JSClassCreate(&def);
  }
  static const struct {
    const char *name;
    JSObjectCallAsFunctionCallback fn;
  } fns[] = {
      {"internalModuleStat", js_internal_module_stat},
      {"readFileUtf8", js_read_file_utf8},
      {"realpath", js_realpath},
      {"open", js_open},
      {"close", js_close},
      {"read", js_read},
      {"write", js_write},
      {"writeString", js_write_string},
      {"readv", js_readv},
      {"writev", js_writev},
      {"readFile", js_read_file},
      {"writeFile", js_write_file},
      {"stat", js_stat},
      {"lstat", js_lstat},
      {"fstat", js_fstat},
      {"statfs", js_statfs},
      {"readdir", js_readdir},
      {"mkdir", js_mkdir},
      {"mkdtemp", js_mkdtemp},
      {"rm", js_rm},
      {"rmdir", js_rmdir},
      {"unlink", js_unlink},
      {"rename", js_rename},
      {"copyFile", js_copy_file},
      {"symlink", js_symlink},
      {"link", js_link},
      {"readlink", js_readlink},
      {"access", js_access},
      {"chmod", js_chmod},
      {"fchmod", js_fchmod},
      {"chown", js_chown},
      {"fchown", js_fchown},
      {"lchown", js_lchown},
      {"utimes", js_utimes},
      {"futimes", js_futimes},
      {"lutimes", js_lutimes},
      {"ftruncate", js_ftruncate},
      {"fsync", js_fsync},
      {"fdatasync", js_fdatasync},
      {"opendir", js_opendir},
      {"dirRead", js_dir_read},
      {"dirClose", js_dir_close},
  };
  for (size_t i = 0; i < CN_ARRAY_SIZE(fns); i++) cn_set_fn(ctx, exports, fns[i].name, fns[i].fn);
  cn_set(ctx, exports, "constants", make_constants(ctx));
}
