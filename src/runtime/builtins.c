/* Finds and compiles embedded lib/ modules. Each module is compiled on first require. */
#include "runtime/builtins.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/env.h"

const cn_builtin_source_t *cn_builtin_find(const char *id) {
  for (size_t i = 0; i < cn_builtin_count; i++)
    if (strcmp(cn_builtin_sources[i].id, id) == 0) return &cn_builtin_sources[i];
  return NULL;
}

/* Wraps src as "(function (params) {src\n})" on the same first line, so positions in stack
 * traces stay exact, and evaluates it. Returns the function or NULL with *exc set. */
JSValueRef cn_compile_wrapped(JSContextRef ctx, const char *params, const char *src, size_t len,
                              const char *url, JSValueRef *exc) {
  static const char head_fmt[] = "(function (%s) {";
  static const char tail[] = "\n})";
  size_t plen = strlen(params) + sizeof head_fmt;
  char *buf = malloc(plen + len + sizeof tail);
  CN_CHECK(buf != NULL);
  int n = snprintf(buf, plen, head_fmt, params);
  memcpy(buf + n, src, len);
  memcpy(buf + n + len, tail, sizeof tail);
  JSStringRef script = JSStringCreateWithUTF8CString(buf);
  free(buf);
  JSStringRef source_url = JSStringCreateWithUTF8CString(url);
  JSValueRef fn = JSEvaluateScript(ctx, script, NULL, source_url, 1, exc);
  JSStringRelease(script);
  JSStringRelease(source_url);
  return fn;
}

/* Exported by the JSC library but declared only in its private headers. */
JS_EXPORT JSStringRef JSStringCreateWithCharactersNoCopy(const JSChar *chars, size_t numChars);

JSValueRef cn_builtin_compile(JSContextRef ctx, const cn_builtin_source_t *b, JSValueRef *exc) {
  char url[512];
  snprintf(url, sizeof url, "node:%s", b->id);
  JSStringRef source_url = JSStringCreateWithUTF8CString(url);
  JSStringRef script = JSStringCreateWithCharactersNoCopy((const JSChar *)b->source, b->length);
  JSValueRef fn = JSEvaluateScript(ctx, script, NULL, source_url, 1, exc);
  JSStringRelease(script);
  JSStringRelease(source_url);
  return fn;
}

/* compileBuiltin(id): returns the module function, or null if id is unknown. */
JSValueRef cn_js_compile_builtin(JSContextRef ctx, JSObjectRef fn, JSObjectRef self, size_t argc,
                                 const JSValueRef argv[], JSValueRef *exc) {
  char *id = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!id) return NULL;
  const cn_builtin_source_t *b = cn_builtin_find(id);
  /* CNODE_TRACE_BUILTINS=1 lists what a program loads: the tool for keeping startup lean. */
  static int trace = -1;
  if (trace < 0) trace = getenv("CNODE_TRACE_BUILTINS") != NULL;
  if (trace) fprintf(stderr, "builtin %s\n", id);
  free(id);
  return b ? cn_builtin_compile(ctx, b, exc) : JSValueMakeNull(ctx);
}
