/* Builds Node-shaped system errors from libuv/OS error numbers. */
#ifndef CN_RUNTIME_ERRORS_H
#define CN_RUNTIME_ERRORS_H

#include <JavaScriptCore/JavaScript.h>

/* Returns an Error like Node's uvException: message "CODE: description, syscall 'path' -> 'dest'"
 * and own properties errno (negative), code, syscall, path, dest in that order (path and dest
 * only when not NULL). err is a negative libuv error number. */
JSObjectRef cn_uv_error(JSContextRef ctx, int err, const char *syscall, const char *path,
                        const char *dest);

/* Sets *exc to cn_uv_error(...) and returns NULL, so bindings can `return cn_throw_uv(...)`. */
JSValueRef cn_throw_uv(JSContextRef ctx, JSValueRef *exc, int err, const char *syscall,
                       const char *path, const char *dest);

#endif
