/* ES module transformer: one module's source -> a generator-function source plus its module record. */
#ifndef CN_ESM_H
#define CN_ESM_H

#include <stddef.h>
#include <stdint.h>

/*
 * CALLING CONVENTION (the contract the JS loader is written against)
 * ==================================================================
 *
 * cn_esm_transform() turns a module's source into `code`, the source text of ONE function
 * expression. Evaluate it as a script (e.g. contextify.runScript(code, url)); the value is
 * a generator function (an async generator function when `has_tla`):
 *
 *   (function* (__cn_export, __cn_import, __cn_meta, __cn_ro, __cn_m0, __cn_m1, ...) {
 *   "use strict";__cn_export(__cn_exports);yield;<original line 1, rewritten>
 *   <original lines 2..N, rewritten, each on its original line>
 *   function __cn_exports(){return{"name":()=>local,...}}})
 *
 * Everything before original line 1 sits on line 1 (its length is `line1_prefix_len`, all
 * ASCII), so every line keeps its number; columns shift only on line 1 and after a rewritten
 * reference on the same line. One `__cn_m<i>` parameter per entry of `requests`, in order.
 *
 * Arguments the loader passes:
 *   __cn_export(f)  called synchronously during the FIRST gen.next(), before any module code
 *                   runs. f() returns an object { exportName: getterFn, ... } covering the
 *                   LOCAL exports (local_exports[], same names, same order). Each getterFn
 *                   is an arrow returning the binding's current value (live binding) and
 *                   throws ReferenceError while a let/const/class is uninitialised (TDZ).
 *                   Hoisted function exports (CN_ESM_EXPORT_HOISTED) are callable already.
 *                   Install them as getters on this module's namespace object (a namespace
 *                   lists its export names sorted by code units). Indirect and star exports
 *                   are resolved by the loader (getters forwarding to the target module).
 *   __cn_import(specifier[, options])  dynamic import(); returns a promise.
 *   __cn_meta       the import.meta object of this module.
 *   __cn_ro(ns, name)  returns an object whose `v` getter reads ns[name] (ns itself when name
 *                   is null) and whose `v` setter throws
 *                   new TypeError('Assignment to constant variable.').
 *                   Assignments, updates and destructuring targets naming an import are
 *                   rewritten to `__cn_ro(__cn_m0,"x").v`, so reads/TDZ happen first and the
 *                   write throws, as for a const binding.
 *   __cn_m<i>       the module namespace object of requests[i] (for a CJS or builtin dependency,
 *                   any object with the export names as properties). Imported bindings are
 *                   read as properties of it: `x` -> `__cn_m0.x`, `{x}` -> `{x:__cn_m0.x}`,
 *                   `x()` -> `(0,__cn_m0.x)()` (this is undefined), `import * as ns` -> `__cn_m0`.
 *
 * Lifecycle:
 *   1. instantiate: for every module of the graph create its (empty) namespace object; then
 *      per module: gen = fn.call(undefined, exportFn, importFn, meta, ro, ns_0, ns_1, ...)
 *      (called with `this` undefined: module code's top-level `this` is undefined); gen.next().
 *      During that first next() the module calls __cn_export(f) and stops at `yield`.
 *      For `has_tla` the first next() returns a promise: ignore it, __cn_export has
 *      already been called synchronously.
 *   2. evaluate (spec order: depth-first post-order): gen.next() runs the body. Sync modules:
 *      returns normally or throws. has_tla: returns a promise settled when the body finishes.
 *   An anonymous `export default function(){}` is declared as `function __cn_default(){}`;
 *   its entry carries CN_ESM_EXPORT_NAME_DEFAULT: the loader sets its `name` to "default"
 *   (Object.defineProperty) after instantiation. Other anonymous default values get the
 *   name "default" from the rewrite itself.
 *
 * The transformer assumes the loader ran JSC's module syntax check on the ORIGINAL source
 * first (for the real SyntaxError message): `code` is only meaningful for valid modules (e.g.
 * a top-level `yield` or `return` is not reported here). Identifiers starting with `__cn_`
 * are reserved for the transformer. Direct eval() cannot see imported bindings.
 */

/* A UTF-8 string owned by the result; `str` is NUL-terminated (it may contain NULs). */
typedef struct {
  const char *str;
  size_t len;
} cn_esm_str_t;

typedef struct {
  cn_esm_str_t key, value;
} cn_esm_attr_t;

/* One module request: `import ... from 'spec' with { type: 'json' }`. Deduplicated by
 * specifier + attributes; in order of first appearance in the source. */
typedef struct {
  cn_esm_str_t specifier;
  cn_esm_attr_t *attrs;
  size_t nattrs;
} cn_esm_request_t;

/* import { imported as local } from requests[request]; imported.str == NULL: `* as local`. */
typedef struct {
  cn_esm_str_t local;
  cn_esm_str_t imported;
  uint32_t request;
} cn_esm_import_t;

enum {
  CN_ESM_EXPORT_HOISTED = 1,      /* local is a top-level function declaration */
  CN_ESM_EXPORT_NAME_DEFAULT = 2, /* anonymous default function: set fn.name = "default" */
  CN_ESM_EXPORT_NAMESPACE = 4,    /* local is an `import * as local` binding */
};

/* export { local as export_name }, export let/const/var/function/class, export default. */
typedef struct {
  cn_esm_str_t export_name;
  cn_esm_str_t local; /* "__cn_default" for `export default <expression>` / anonymous decl */
  unsigned flags;
} cn_esm_local_export_t;

/* export { import_name as export_name } from requests[request]; also `import {a} ...;
 * export {a as b}`. import_name.str == NULL: `export * as export_name from ...`. */
typedef struct {
  cn_esm_str_t export_name;
  uint32_t request;
  cn_esm_str_t import_name;
} cn_esm_indirect_export_t;

typedef struct {
  char *code; /* NUL-terminated; see the calling convention above */
  size_t code_len;
  size_t line1_prefix_len; /* bytes before the original column 0 of line 1 */
  int has_tla;             /* top-level await: code is an async generator function */
  cn_esm_request_t *requests;
  size_t nrequests;
  cn_esm_import_t *imports;
  size_t nimports;
  cn_esm_local_export_t *local_exports;
  size_t nlocal_exports;
  cn_esm_indirect_export_t *indirect_exports;
  size_t nindirect_exports;
  uint32_t *star_exports; /* export * from requests[i] */
  size_t nstar_exports;
  /* set on failure */
  char error[160];
  uint32_t error_line;   /* 1-based */
  uint32_t error_column; /* 1-based, in bytes */
  void *mem_;            /* private */
} cn_esm_result_t;

#define CN_ESM_OK 0
#define CN_ESM_ESYNTAX (-1) /* invalid or unsupported syntax; error/line/column set */
#define CN_ESM_ENOMEM (-2)

/* Transforms one ES module. Returns CN_ESM_OK and fills *out, or a negative CN_ESM_E* with
 * out->error/error_line/error_column set. Either way call cn_esm_result_free(out) afterwards.
 * `src` needs no NUL terminator; any bytes are accepted (invalid UTF-8 is an error). Pure C:
 * never calls into JS; thread-safe (no global state). */
int cn_esm_transform(const char *src, size_t len, cn_esm_result_t *out);

/* Frees everything the result owns and zeroes it. Safe on a zeroed or already-freed result. */
void cn_esm_result_free(cn_esm_result_t *r);

#endif
