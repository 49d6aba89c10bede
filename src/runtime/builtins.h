/* The JavaScript library embedded at build time (tools/js2c) and its lazy compiler. */
#ifndef CN_RUNTIME_BUILTINS_H
#define CN_RUNTIME_BUILTINS_H

#include <stddef.h>
#include <uchar.h>

/* The function every lib/ module is wrapped in (tools/js2c does the wrapping at build time),
 * and the special one of internal/bootstrap/realm, which C calls directly (env.c). */
#define CN_BUILTIN_PARAMS "exports, require, module, process, internalBinding"
#define CN_REALM_PARAMS "process, internalBinding, compileBuiltin, builtinIds"

typedef struct {
  const char *id;         /* "events", "internal/timers" */
  const char16_t *source; /* "(function (params) {" + source + "\n})", ASCII in UTF-16 */
  size_t length;          /* in UTF-16 code units */
} cn_builtin_source_t;

extern const cn_builtin_source_t cn_builtin_sources[];
extern const size_t cn_builtin_count;

/* Returns the embedded source for id, or NULL. */
const cn_builtin_source_t *cn_builtin_find(const char *id);

#ifdef JSBase_h
/* Evaluates the wrapped source of b and returns its module function (NULL and *exc set on a
 * syntax error, which is a bug in lib/). The source is referenced, not copied. */
JSValueRef cn_builtin_compile(JSContextRef ctx, const cn_builtin_source_t *b, JSValueRef *exc);
#endif

#endif
