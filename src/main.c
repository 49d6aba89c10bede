/* The cnode command line: parses Node's options (and NODE_OPTIONS), then runs a runtime. */
#include <ctype.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <uv.h>

#include "cnode.h"
#include "version.h"

static const char usage[] =
    "Usage: cnode [options] [ script.js ] [arguments]\n"
    "       cnode [options] -e \"script\" [arguments]\n"
    "       cnode [options] -p \"script\" [arguments]\n"
    "\n"
    "Options:\n"
    "  -                          script read from stdin (default if no file name is provided)\n"
    "  -e, --eval script          evaluate script\n"
    "  -p, --print script         evaluate script and print result\n"
    "  -r, --require module       module to preload (option can be repeated)\n"
    "  --input-type=commonjs|module\n"
    "  --env-file=file            set environment variables from supplied file\n"
    "  --no-warnings              silence all process warnings\n"
    "  --trace-warnings           show stack traces on process warnings\n"
    "  --no-deprecation           silence deprecation warnings\n"
    "  --throw-deprecation        throw an exception on deprecations\n"
    "  --trace-deprecation        show stack traces on deprecations\n"
    "  --unhandled-rejections=strict|warn|none|throw|warn-with-error-code\n"
    "  --title=title              the process title to use on startup\n"
    "  --stack-size=size          accepted for compatibility\n"
    "  -v, --version              print Node.js version\n"
    "  -h, --help                 print this help\n"
    "\n"
    "Environment variables:\n"
    "  NODE_OPTIONS               set command-line options\n"
    "  NODE_PATH                  ':'-separated list of directories prefixed to the module "
    "search path\n"
    "\n"
    "cnode " CNODE_VERSION ", compatible with Node.js " CN_NODE_VERSION "\n";

typedef struct {
  cn_options_t opts;
  char **requires;
  int nrequires;
  const char *env_files[16];
  int nenv_files;
} cli_t;

/* Options accepted and ignored: V8 or Node tuning flags that have no meaning on JSC. */
static const char *const ignored_prefixes[] = {
    "--stack-size",           "--max-old-space-size", "--max-semi-space-size",
    "--expose-gc",            "--expose_gc",          "--enable-source-maps",
    "--experimental-vm-modules", "--experimental-global-webcrypto", "--no-experimental-fetch",
    "--experimental-detect-module", "--preserve-symlinks", "--preserve-symlinks-main",
    "--no-addons",            "--trace-uncaught",     "--abort-on-uncaught-exception",
    "--experimental-require-module", "--no-experimental-require-module", "--frozen-intrinsics",
    "--disable-warning",      "--experimental-strip-types", "--no-experimental-global-navigator",
    "--experimental-websocket", "--harmony",
};

static bool has_prefix_opt(const char *arg, const char *name) {
  size_t n = strlen(name);
  return strncmp(arg, name, n) == 0 && (arg[n] == 0 || arg[n] == '=');
}

/* Returns the option's value: after '=' or the next argument (advancing *i). NULL if missing. */
static const char *opt_value(int argc, char **argv, int *i, const char *name) {
  const char *arg = argv[*i];
  size_t n = strlen(name);
  if (arg[n] == '=') return arg + n + 1;
  if (*i + 1 < argc) return argv[++*i];
  return NULL;
}

static _Noreturn void bad_option(const char *prog, const char *fmt, const char *arg) {
  fprintf(stderr, "%s: ", prog);
  fprintf(stderr, fmt, arg);
  fputc('\n', stderr);
  exit(9);
}

/* Parses one option at argv[*i]. Returns false when argv[*i] is not an option (the script). */
static bool parse_option(cli_t *c, int argc, char **argv, int *i, bool from_env) {
  const char *arg = argv[*i];
  cn_options_t *o = &c->opts;
  const char *v;
  if (arg[0] != '-' || strcmp(arg, "-") == 0) return false;
  if (strcmp(arg, "-v") == 0 || strcmp(arg, "--version") == 0) {
    if (from_env) bad_option("cnode", "%s is not allowed in NODE_OPTIONS", arg);
    printf("%s\n", CN_NODE_VERSION);
    exit(0);
  } else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
    if (from_env) bad_option("cnode", "%s is not allowed in NODE_OPTIONS", arg);
    fputs(usage, stdout);
    exit(0);
  } else if (strcmp(arg, "-e") == 0 || has_prefix_opt(arg, "--eval") || strcmp(arg, "-p") == 0 ||
             has_prefix_opt(arg, "--print") || strcmp(arg, "-pe") == 0) {
    if (from_env) bad_option("cnode", "%s is not allowed in NODE_OPTIONS", arg);
    bool print = arg[1] == 'p' || strncmp(arg, "--print", 7) == 0;
    const char *name = arg[1] == '-' ? (print ? "--print" : "--eval") : arg;
    v = opt_value(argc, argv, i, name);
    if (!v) bad_option("cnode", "%s requires an argument", arg);
    o->entry = CN_ENTRY_EVAL;
    o->eval = v;
    o->print = o->print || print;
  } else if (strcmp(arg, "-r") == 0 || has_prefix_opt(arg, "--require")) {
    v = opt_value(argc, argv, i, arg[1] == 'r' ? "-r" : "--require");
    if (!v) bad_option("cnode", "%s requires an argument", arg);
    c->requires = realloc(c->requires, sizeof(char *) * (size_t)(c->nrequires + 2));
    c->requires[c->nrequires++] = (char *)v;
    c->requires[c->nrequires] = NULL;
  } else if (strcmp(arg, "-i") == 0 || strcmp(arg, "--interactive") == 0) {
    o->interactive = true;
  } else if (has_prefix_opt(arg, "--input-type")) {
    v = opt_value(argc, argv, i, "--input-type");
    if (!v || (strcmp(v, "commonjs") != 0 && strcmp(v, "module") != 0))
      bad_option("cnode", "%s", "--input-type must be \"module\" or \"commonjs\"");
    o->input_type = v;
  } else if (has_prefix_opt(arg, "--env-file")) {
    v = opt_value(argc, argv, i, "--env-file");
    if (!v) bad_option("cnode", "%s requires an argument", arg);
    if (c->nenv_files < 16) c->env_files[c->nenv_files++] = v;
  } else if (strcmp(arg, "--expose-internals") == 0 || strcmp(arg, "--expose_internals") == 0) {
    o->expose_internals = true;
  } else if (strcmp(arg, "--no-warnings") == 0) {
    o->no_warnings = true;
  } else if (strcmp(arg, "--trace-warnings") == 0) {
    o->trace_warnings = true;
  } else if (strcmp(arg, "--no-deprecation") == 0) {
    o->no_deprecation = true;
  } else if (strcmp(arg, "--throw-deprecation") == 0) {
    o->throw_deprecation = true;
  } else if (strcmp(arg, "--trace-deprecation") == 0) {
    o->trace_deprecation = true;
  } else if (strcmp(arg, "--pending-deprecation") == 0) {
    o->pending_deprecation = true;
  } else if (has_prefix_opt(arg, "--unhandled-rejections")) {
    v = opt_value(argc, argv, i, "--unhandled-rejections");
    static const char *const modes[] = {"strict", "warn", "none", "throw", "warn-with-error-code"};
    bool ok = false;
    for (size_t k = 0; v && k < sizeof modes / sizeof *modes; k++) ok = ok || strcmp(v, modes[k]) == 0;
    if (!ok) bad_option("cnode", "invalid value for --unhandled-rejections%s", "");
    o->unhandled_rejections = v;
  } else if (has_prefix_opt(arg, "--title")) {
    v = opt_value(argc, argv, i, "--title");
    if (!v) bad_option("cnode", "%s requires an argument", arg);
    o->title = v;
  } else {
    for (size_t k = 0; k < sizeof ignored_prefixes / sizeof *ignored_prefixes; k++)
      if (has_prefix_opt(arg, ignored_prefixes[k])) return true;
    if (from_env) bad_option("cnode", "%s is not allowed in NODE_OPTIONS", arg);
    bad_option("cnode", "bad option: %s", arg);
  }
  return true;
}

/* Splits NODE_OPTIONS on spaces, honouring double quotes, as Node does. */
static char **split_node_options(const char *s, int *count) {
  char **out = NULL;
  int n = 0;
  char *copy = strdup(s), *p = copy;
  while (*p) {
    while (isspace((unsigned char)*p)) p++;
    if (!*p) break;
    char *start = p, *w = p;
    bool quoted = false;
    while (*p && (quoted || !isspace((unsigned char)*p))) {
      if (*p == '"') {
        quoted = !quoted;
        p++;
        continue;
      }
      if (*p == '\\' && quoted && p[1]) p++;
      *w++ = *p++;
    }
    if (*p) p++;
    *w = 0;
    out = realloc(out, sizeof(char *) * (size_t)(n + 1));
    out[n++] = strdup(start);
  }
  free(copy);
  *count = n;
  return out;
}

/* Loads KEY=VALUE lines into the environment without overriding what is already set. */
static void load_env_file(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) {
    fprintf(stderr, "cnode: %s: not found\n", path);
    exit(9);
  }
  char line[8192];
  while (fgets(line, sizeof line, f)) {
    char *p = line;
    while (isspace((unsigned char)*p)) p++;
    if (*p == '#' || *p == 0) continue;
    if (strncmp(p, "export ", 7) == 0) p += 7;
    char *eq = strchr(p, '=');
    if (!eq) continue;
    char *kend = eq;
    while (kend > p && isspace((unsigned char)kend[-1])) kend--;
    *kend = 0;
    char *val = eq + 1;
    while (*val == ' ' || *val == '\t') val++;
    char *end = val + strlen(val);
    while (end > val && (end[-1] == '\n' || end[-1] == '\r')) *--end = 0;
    if ((*val == '"' || *val == '\'' || *val == '`') && (end = strrchr(val + 1, *val)) != NULL) {
      char q = *val;
      *end = 0;
      val++;
      if (q == '"') { /* expand \n in double quotes */
        char *r = val, *w = val;
        while (*r) {
          if (r[0] == '\\' && r[1] == 'n') {
            *w++ = '\n';
            r += 2;
          } else {
            *w++ = *r++;
          }
        }
        *w = 0;
      }
    } else {
      char *hash = strstr(val, " #");
      if (hash) *hash = 0;
      end = val + strlen(val);
      while (end > val && isspace((unsigned char)end[-1])) *--end = 0;
    }
    if (*p && !getenv(p)) setenv(p, val, 0);
  }
  fclose(f);
}

/* What Node does before anything else: fds 0-2 exist (a closed one would be reused by the first
 * file opened), and a write to a closed pipe is an EPIPE error rather than a fatal SIGPIPE. */
static void platform_init(void) {
  for (int fd = 0; fd <= 2; fd++) {
    if (fcntl(fd, F_GETFD) == -1) {
      int nul = open("/dev/null", O_RDWR);
      if (nul != fd && nul >= 0) close(nul);
    }
  }
  signal(SIGPIPE, SIG_IGN);
}

int main(int argc, char **argv) {
  platform_init();
  argv = uv_setup_args(argc, argv);
  cli_t c = {0};
  c.opts.entry = CN_ENTRY_STDIN;

  const char *env_opts = getenv("NODE_OPTIONS");
  if (env_opts && *env_opts) {
    int n;
    char **words = split_node_options(env_opts, &n);
    for (int i = 0; i < n; i++) parse_option(&c, n, words, &i, true);
  }

  int i = 1;
  for (; i < argc; i++) {
    if (strcmp(argv[i], "--") == 0) {
      i++;
      break;
    }
    if (!parse_option(&c, argc, argv, &i, false)) break;
  }
  c.opts.exec_argc = i - 1 - (i > 1 && strcmp(argv[i - 1], "--") == 0 ? 1 : 0);
  c.opts.exec_argv = argv + 1;
  for (int k = 0; k < c.nenv_files; k++) load_env_file(c.env_files[k]);

  /* process.argv: [execPath, script?, ...rest]; argv[0] is replaced by execPath in lib/. */
  static char *proc_argv[4096];
  int pargc = 0;
  proc_argv[pargc++] = argv[0];
  if (c.opts.entry != CN_ENTRY_EVAL) {
    if (i < argc && strcmp(argv[i], "-") != 0) {
      c.opts.entry = CN_ENTRY_FILE;
      c.opts.script = argv[i];
      proc_argv[pargc++] = argv[i];
    } else if (i < argc) {
      proc_argv[pargc++] = argv[i]; /* "-" */
    }
    if (i < argc) i++;
  }
  for (; i < argc && pargc < 4095; i++) proc_argv[pargc++] = argv[i];
  c.opts.argc = pargc;
  c.opts.argv = proc_argv;
  c.opts.requires = c.requires;

  cn_runtime_t *rt = cn_runtime_new(&c.opts);
  if (!rt) {
    fprintf(stderr, "cnode: could not start the runtime\n");
    return 1;
  }
  int code = cn_runtime_run(rt);
  /* No teardown: releasing the context runs a full GC, and the OS reclaims everything faster.
   * Embedders call cn_runtime_free(). */
  fflush(stdout);
  fflush(stderr);
  _exit(code);
}
