/* The JavaScript library embedded at build time (tools/js2c) and its lazy compiler. */
#ifndef CN_RUNTIME_BUILTINS_H
#define CN_RUNTIME_BUILTINS_H

#include <stddef.h>

typedef struct {
  const char *id;     /* "events", "internal/timers" */
  const char *source; /* UTF-8 */
  size_t length;
} cn_builtin_source_t;

extern const cn_builtin_source_t cn_builtin_sources[];
extern const size_t cn_builtin_count;

/* Returns the embedded source for id, or NULL. */
const cn_builtin_source_t *cn_builtin_find(const char *id);

#endif
