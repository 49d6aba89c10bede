/* Turns Node's child_process option objects into uv_process_options_t, shared by
 * process_wrap (async spawn) and spawn_sync. */
#ifndef CN_BINDINGS_SPAWN_OPTIONS_H
#define CN_BINDINGS_SPAWN_OPTIONS_H

#include "bindings.h"

#define CN_MAX_STDIO 64

typedef struct {
  uv_process_options_t options;
  uv_stdio_container_t stdio[CN_MAX_STDIO];
  char *file;
  char *cwd;
  char **args; /* NULL-terminated */
  char **env;  /* NULL-terminated, or NULL to inherit */
} cn_spawn_options_t;

/* Parses { file, args, cwd, envPairs, stdio, detached, uid, gid, windowsHide }. stdio entries:
 * { type: 'ignore' } | { type: 'pipe', handle? } | { type: 'fd', fd } | { type: 'wrap', handle }
 * | { type: 'inherit' }. A 'pipe' without a handle is left with data.stream NULL for the
 * caller to fill. Returns 0, UV_EINVAL for an unusable shape, or NULL-with-*exc if a value's
 * conversion threw. Always call cn_spawn_options_free afterwards. */
int cn_spawn_options_parse(JSContextRef ctx, JSObjectRef opts, cn_spawn_options_t *out,
                           JSValueRef *exc);
void cn_spawn_options_free(cn_spawn_options_t *o);

#endif
