/* Small helpers shared by the runtime and bindings: invariants, JSC value and string helpers. */
#ifndef CN_RUNTIME_UTIL_H
#define CN_RUNTIME_UTIL_H

#include <JavaScriptCore/JavaScript.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Invariant checks: print the expression and location, then abort. Never compiled out. */
#define CN_CHECK(expr)                                                                 \
  do {                                                                                 \
    if (!(expr)) cn_check_failed(#expr, __FILE__, __LINE__);                           \
  } while (0)
#define CN_UNREACHABLE() cn_check_failed("unreachable", __FILE__, __LINE__)
_Noreturn void cn_check_failed(const char *expr, const char *file, int line);

#define CN_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Signature of every function exposed to JS. */
#define CN_FN(name)                                                                    \
  static JSValueRef name(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc, \
                         const JSValueRef argv[], JSValueRef *exc)

/* Argument access: missing arguments read as undefined. */
#define CN_ARG(i) ((i) < argc ? argv[i] : JSValueMakeUndefined(ctx))

/* Creates a JS string value from a NUL-terminated UTF-8 string. */
JSValueRef cn_str_value(JSContextRef ctx, const char *s);
/* Creates a JS string value from UTF-8 bytes of the given length. */
JSValueRef cn_strn_value(JSContextRef ctx, const char *s, size_t len);
/* Converts any value to a malloc'd UTF-8 C string (caller frees); NULL if ToString threw
 * (the exception is left in *exc). */
char *cn_to_cstr(JSContextRef ctx, JSValueRef v, JSValueRef *exc);
/* Converts a JSStringRef to malloc'd UTF-8 (NUL-terminated; lone surrogates become U+FFFD);
 * the byte length goes to *len when len is not NULL. Caller frees. Can't fail. */
char *cn_jsstr_to_utf8(JSStringRef s, size_t *len);
/* Same as cn_jsstr_to_utf8 without the length. */
char *cn_jsstr_to_cstr(JSStringRef s);

/* Sets obj[name] = value (plain assignment semantics, attributes none). */
void cn_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef value);
/* Reads obj[name]; undefined when absent. */
JSValueRef cn_get(JSContextRef ctx, JSObjectRef obj, const char *name);
/* Defines a native function obj[name]. */
void cn_set_fn(JSContextRef ctx, JSObjectRef obj, const char *name,
               JSObjectCallAsFunctionCallback cb);
/* Sets obj[name] to a number. */
void cn_set_num(JSContextRef ctx, JSObjectRef obj, const char *name, double n);
/* Sets obj[name] to a string. */
void cn_set_str(JSContextRef ctx, JSObjectRef obj, const char *name, const char *s);

/* Reads a number argument (ToNumber); NaN on failure. */
double cn_num(JSContextRef ctx, JSValueRef v);
/* Returns the value as an object, or NULL when it is not one. */
JSObjectRef cn_obj(JSContextRef ctx, JSValueRef v);

#endif
