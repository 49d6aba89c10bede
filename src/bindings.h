/* The single registry of internal bindings: internalBinding(name) in lib/ reaches these.
 * Each entry X(name) has one `void cn_<name>_init(cn_env_t *env, JSObjectRef exports)` in
 * src/bindings/<name>.c that fills the binding's exports object. */
#ifndef CN_BINDINGS_H
#define CN_BINDINGS_H

#include "runtime/env.h"

#define CN_BINDINGS(X)                                                                 \
  X(buffer)                                                                            \
  X(cares_wrap)                                                                        \
  X(constants)                                                                         \
  X(contextify)                                                                        \
  X(crypto)                                                                            \
  X(fs)                                                                                \
  X(fs_event_wrap)                                                                     \
  X(http_parser)                                                                       \
  X(module_wrap)                                                                       \
  X(options)                                                                           \
  X(os)                                                                                \
  X(pipe_wrap)                                                                         \
  X(process_methods)                                                                   \
  X(process_wrap)                                                                      \
  X(signal_wrap)                                                                       \
  X(spawn_sync)                                                                        \
  X(stdio)                                                                             \
  X(stream_wrap)                                                                       \
  X(task_queue)                                                                             \
  X(tcp_wrap)                                                                          \
  X(timers)                                                                            \
  X(tls_wrap)                                                                          \
  X(tty_wrap)                                                                          \
  X(udp_wrap)                                                                          \
  X(url)                                                                               \
  X(util)                                                                              \
  X(uv)                                                                                \
  X(worker)                                                                            \
  X(zlib)

/* "SIGTERM" for SIGTERM; "" for numbers that name no signal (constants.c). */
const char *cn_signal_name(int signum);

#define CN_BINDING_DECL(name) void cn_##name##_init(cn_env_t *env, JSObjectRef exports);
CN_BINDINGS(CN_BINDING_DECL)
#undef CN_BINDING_DECL

#endif
