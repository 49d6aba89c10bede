/* cnode embedding API: run Node.js-compatible JavaScript inside a C program.
 *
 *   cn_options_t opts = {0};
 *   opts.argc = argc; opts.argv = argv; opts.script = "app.js";
 *   cn_runtime_t *rt = cn_runtime_new(&opts);
 *   int code = cn_runtime_run(rt);   // runs the entry point and the event loop to completion
 *   cn_runtime_free(rt);
 */
#ifndef CNODE_H
#define CNODE_H

#include <stdbool.h>
#include <stddef.h>

#define CNODE_VERSION "0.1.0"

typedef struct cn_runtime cn_runtime_t;

typedef enum {
  CN_ENTRY_FILE,   /* run options.script */
  CN_ENTRY_EVAL,   /* run options.eval (-e / -p) */
  CN_ENTRY_STDIN,  /* read the program from standard input */
  CN_ENTRY_NONE,   /* nothing: the embedder drives the runtime */
} cn_entry_kind_t;

typedef struct cn_options {
  /* process.argv as Node builds it: [execPath, script?, ...args]. */
  int argc;
  char **argv;
  /* process.execArgv: the runtime options given before the script. */
  int exec_argc;
  char **exec_argv;
  cn_entry_kind_t entry;
  const char *script;      /* CN_ENTRY_FILE: path as given on the command line */
  const char *eval;        /* CN_ENTRY_EVAL: source */
  bool print;              /* -p: print the completion value */
  const char *input_type;  /* --input-type */
  char **requires;         /* -r/--require, NULL-terminated (may be NULL) */
  bool no_warnings;        /* --no-warnings */
  bool trace_warnings;     /* --trace-warnings */
  bool no_deprecation;     /* --no-deprecation */
  bool throw_deprecation;  /* --throw-deprecation */
  bool trace_deprecation;  /* --trace-deprecation */
  bool pending_deprecation;
  const char *unhandled_rejections; /* --unhandled-rejections=MODE or NULL */
  const char *title;       /* --title */
  bool interactive;        /* -i */
  bool expose_internals;   /* --expose-internals: require('internal/...') for tests */
} cn_options_t;

/* Creates a runtime: a JS context, an event loop and the Node.js bootstrap. Returns NULL and
 * prints a message if the engine could not start. The options must outlive the runtime. */
cn_runtime_t *cn_runtime_new(const cn_options_t *opts);

/* Runs the entry point, then the event loop until nothing is left, emitting 'beforeExit' and
 * 'exit' like Node. Returns the exit code. process.exit() ends the process directly. */
int cn_runtime_run(cn_runtime_t *rt);

/* Frees the runtime. */
void cn_runtime_free(cn_runtime_t *rt);

#endif
