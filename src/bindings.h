/* The single registry of internal bindings: internalBinding(name) in lib/ reaches these.
 * Each entry X(name) has one `void cn_<name>_init(cn_env_t *env, JSObjectRef exports)` in
 * src/bindings/<name>.c that fills the binding's exports object. */
#ifndef CN_BINDINGS_H
#define CN_BINDINGS_H

#include "runtime/env.h"

#define CN_BINDINGS(X)                                                                 \
  X(constants)                                                                         \
  X(contextify)                                                                        \
  X(fs)                                                                                \
  X(options)                                                                           \
  X(process_methods)                                                                   \
  X(signal_wrap)                                                                       \
  X(stdio)                                                                             \
  X(task_queue)                                                                             \
  X(timers)                                                                            \
  X(util)                                                                              \
  X(uv)

#define CN_BINDING_DECL(name) void cn_##name##_init(cn_env_t *env, JSObjectRef exports);
CN_BINDINGS(CN_BINDING_DECL)
#undef CN_BINDING_DECL

#endif
