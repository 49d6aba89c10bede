/* The embedding API: a C program runs JS through libcnode and gets the exit code back. */
#include <stdio.h>
#include <stdlib.h>

#include "cnode.h"

static int run_eval(const char *source) {
  static char *argv[] = {"embed-test", NULL};
  cn_options_t opts = {0};
  opts.argc = 1;
  opts.argv = argv;
  opts.entry = CN_ENTRY_EVAL;
  opts.eval = source;
  cn_runtime_t *rt = cn_runtime_new(&opts);
  if (!rt) return -1;
  int code = cn_runtime_run(rt);
  cn_runtime_free(rt);
  return code;
}

#define EXPECT_CODE(src, want)                                                       \
  do {                                                                               \
    int got = run_eval(src);                                                         \
    if (got != (want)) {                                                             \
      fprintf(stderr, "%s:%d: %s: exit code %d, expected %d\n", __FILE__, __LINE__, \
              src, got, want);                                                       \
      return 1;                                                                      \
    }                                                                                \
  } while (0)

int main(void) {
  EXPECT_CODE("process.exitCode = 3", 3);
  /* The loop runs to completion: the timer sets the code after the script returned. */
  EXPECT_CODE("setTimeout(() => { process.exitCode = 4; }, 5)", 4);
  EXPECT_CODE("Promise.resolve().then(() => { process.exitCode = 5; })", 5);
  EXPECT_CODE("process.on('exit', (c) => { process.exitCode = c + 1; }); process.exitCode = 6", 7);
  EXPECT_CODE("process.on('beforeExit', () => { if (!globalThis.again) { globalThis.again = 1; "
              "setImmediate(() => { process.exitCode = 8; }); } })", 8);
  /* A second runtime after the first was freed starts clean. */
  EXPECT_CODE("process.exitCode = typeof globalThis.again === 'undefined' ? 0 : 9", 0);
  puts("embed: ok");
  return 0;
}
