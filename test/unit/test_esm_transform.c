/* Unit tests for the ES module transformer: rewritten code, module records, errors, lines. */
#include <stdlib.h>
#include <string.h>

#include <JavaScriptCore/JavaScript.h>

#include "esm/esm.h"
#include "task.h"

static cn_esm_result_t R;
static int R_rc;
static char *out_body, *out_rec, *out_exports;

static const char *TRAILER = "\nfunction __cn_exports(){return{";
static JSGlobalContextRef ctx;

/* Every generated function must be valid script syntax for JSC. */
static int jsc_accepts(const char *code) {
  if (!ctx) ctx = JSGlobalContextCreate(NULL);
  JSStringRef s = JSStringCreateWithUTF8CString(code);
  bool ok = JSCheckScriptSyntax(ctx, s, NULL, 1, NULL);
  JSStringRelease(s);
  if (!ok) fprintf(stderr, "JSC rejects: %s\n", code);
  return ok;
}

/* Transforms src (freeing the previous result) and returns the rewritten module body: the
 * code between the line-1 prologue and the exports trailer; "ERR line:col msg" on error. */
static const char *xf(const char *src) {
  cn_esm_result_free(&R);
  free(out_body);
  free(out_exports);
  out_body = out_exports = NULL;
  R_rc = cn_esm_transform(src, strlen(src), &R);
  if (R_rc != CN_ESM_OK) {
    out_body = malloc(256);
    snprintf(out_body, 256, "ERR %u:%u %s", R.error_line, R.error_column, R.error);
    return out_body;
  }
  ASSERT(jsc_accepts(R.code));
  const char *t = NULL;
  for (const char *s = R.code; (s = strstr(s, TRAILER)); s++) t = s;
  if (!t) return "(no trailer)";
  size_t start = R.line1_prefix_len, n = (size_t)(t - R.code) - start;
  out_body = malloc(n + 1);
  memcpy(out_body, R.code + start, n);
  out_body[n] = 0;
  const char *e = t + strlen(TRAILER);
  size_t en = strlen(e) - 4; /* "}}})" */
  out_exports = malloc(en + 1);
  memcpy(out_exports, e, en);
  out_exports[en] = 0;
  return out_body;
}

static void cat(char **s, const char *a) {
  size_t n = *s ? strlen(*s) : 0;
  *s = realloc(*s, n + strlen(a) + 2);
  if (n) (*s)[n++] = ' ';
  strcpy(*s + n, a);
}

/* The module record of the last transform as a compact string:
 * R:spec{k=v} I:local=req.imported L:export=local/flags X:export=req.import S:req TLA */
static const char *rec(void) {
  free(out_rec);
  out_rec = NULL;
  char tmp[512];
  cat(&out_rec, "");
  for (size_t i = 0; i < R.nrequests; i++) {
    int n = snprintf(tmp, sizeof tmp, "R:%s", R.requests[i].specifier.str);
    if (R.requests[i].nattrs) {
      n += snprintf(tmp + n, sizeof tmp - n, "{");
      for (size_t j = 0; j < R.requests[i].nattrs; j++)
        n += snprintf(tmp + n, sizeof tmp - n, "%s%s=%s", j ? "," : "",
                      R.requests[i].attrs[j].key.str, R.requests[i].attrs[j].value.str);
      snprintf(tmp + n, sizeof tmp - n, "}");
    }
    cat(&out_rec, tmp);
  }
  for (size_t i = 0; i < R.nimports; i++) {
    snprintf(tmp, sizeof tmp, "I:%s=%u.%s", R.imports[i].local.str, R.imports[i].request,
             R.imports[i].imported.str ? R.imports[i].imported.str : "*");
    cat(&out_rec, tmp);
  }
  for (size_t i = 0; i < R.nlocal_exports; i++) {
    unsigned f = R.local_exports[i].flags;
    snprintf(tmp, sizeof tmp, "L:%s=%s%s%s%s", R.local_exports[i].export_name.str,
             R.local_exports[i].local.str, f & CN_ESM_EXPORT_HOISTED ? "/h" : "",
             f & CN_ESM_EXPORT_NAME_DEFAULT ? "/d" : "", f & CN_ESM_EXPORT_NAMESPACE ? "/n" : "");
    cat(&out_rec, tmp);
  }
  for (size_t i = 0; i < R.nindirect_exports; i++) {
    snprintf(tmp, sizeof tmp, "X:%s=%u.%s", R.indirect_exports[i].export_name.str,
             R.indirect_exports[i].request,
             R.indirect_exports[i].import_name.str ? R.indirect_exports[i].import_name.str : "*");
    cat(&out_rec, tmp);
  }
  for (size_t i = 0; i < R.nstar_exports; i++) {
    snprintf(tmp, sizeof tmp, "S:%u", R.star_exports[i]);
    cat(&out_rec, tmp);
  }
  if (R.has_tla) cat(&out_rec, "TLA");
  return out_rec;
}

static int count_lines(const char *s) {
  int n = 0;
  for (; *s; s++) n += *s == '\n';
  return n;
}

#define IMP "import {a, b as c} from 'm';\n"
#define IMPB "                            \n"

#define T(src, expected) ASSERT_STR_EQ(xf(src), expected)
#define TREC(expected) ASSERT_STR_EQ(rec(), expected)

static void test_references(void) {
  /* plain reads, renamed import, default, namespace member */
  T(IMP "x = a + c;", IMPB "x = __cn_m0.a + __cn_m0.b;");
  T("import d from 'm'; d.x;", "                   __cn_m0.default.x;");
  T("import * as ns from 'm'; ns.foo(); ns;", "                         __cn_m0.foo(); __cn_m0;");
  /* calls: this must be undefined */
  T(IMP "a();", IMPB ";(0,__cn_m0.a)();");
  T(IMP "x = a(1);", IMPB "x = (0,__cn_m0.a)(1);");
  T(IMP "if (x) a();", IMPB "if (x) (0,__cn_m0.a)();");
  T(IMP "x = c`t${a}`;", IMPB "x = (0,__cn_m0.b)`t${__cn_m0.a}`;");
  T(IMP "x = a?.();", IMPB "x = (0,__cn_m0.a)?.();");
  T(IMP "x = a?.b();", IMPB "x = __cn_m0.a?.b();");
  T(IMP "x = (a)();", IMPB "x = ((0,__cn_m0.a))();");
  T(IMP "x = new a(1);", IMPB "x = new __cn_m0.a(1);");
  T(IMP "x = typeof a;", IMPB "x = typeof __cn_m0.a;");
  T(IMP "x = a.b.c(a);", IMPB "x = __cn_m0.a.b.c(__cn_m0.a);");
  /* ASI hazard: the statement before ends without a semicolon */
  T(IMP "x = y\na()", IMPB "x = y\n;(0,__cn_m0.a)()");
}

static void test_assignment(void) {
  T(IMP "a = 1;", IMPB "__cn_ro(__cn_m0,\"a\").v = 1;");
  T(IMP "c += 1; a++; --a;",
    IMPB "__cn_ro(__cn_m0,\"b\").v += 1; __cn_ro(__cn_m0,\"a\").v++; --__cn_ro(__cn_m0,\"a\").v;");
  T(IMP "[a, x.y, ...c] = z;",
    IMPB "[__cn_ro(__cn_m0,\"a\").v, x.y, ...__cn_ro(__cn_m0,\"b\").v] = z;");
  T(IMP "({a, k: c, m: [a.q]} = z);",
    IMPB "({a:__cn_ro(__cn_m0,\"a\").v, k: __cn_ro(__cn_m0,\"b\").v, m: [__cn_m0.a.q]} = z);");
  T(IMP "({a = 1} = z);", IMPB "({a:__cn_ro(__cn_m0,\"a\").v = 1} = z);");
  T(IMP "[a = c] = z;", IMPB "[__cn_ro(__cn_m0,\"a\").v = __cn_m0.b] = z;");
  T(IMP "[a].length = 1;", IMPB "[__cn_m0.a].length = 1;");
  T(IMP "x\n++a", IMPB "x\n++__cn_ro(__cn_m0,\"a\").v");
  T(IMP "for (a of z);", IMPB "for (__cn_ro(__cn_m0,\"a\").v of z);");
  T("import * as ns from 'm'; ns = 1;", "                         __cn_ro(__cn_m0,null).v = 1;");
  T(IMP "a ?\?= 2;", IMPB "__cn_ro(__cn_m0,\"a\").v ?\?= 2;");
}

static void test_not_references(void) {
  /* keys, member names, methods, labels, strings, comments */
  T(IMP "x = {a: 1, c() {}, get a() {}, [a]: 2, 'c': 3};",
    IMPB "x = {a: 1, c() {}, get a() {}, [__cn_m0.a]: 2, 'c': 3};");
  T(IMP "x.a; x?.a; x.c.a;", IMPB "x.a; x?.a; x.c.a;");
  T(IMP "a: for (;;) { break a; continue a; }", IMPB "a: for (;;) { break a; continue a; }");
  T(IMP "x = 'a' + \"c\" + `a`; // a\n/* c */",
    IMPB "x = 'a' + \"c\" + `a`; // a\n/* c */");
  T(IMP "x = {a};", IMPB "x = {a:__cn_m0.a};");
  T(IMP "x = {a, c, ...a};", IMPB "x = {a:__cn_m0.a, c:__cn_m0.b, ...__cn_m0.a};");
  T(IMP "class K { a = 1; c() {} static a() {} #a = a; get [c]() {} }",
    IMPB "class K { a = 1; c() {} static a() {} #a = __cn_m0.a; get [__cn_m0.b]() {} }");
  T(IMP "class K { #a; m(o) { return #a in o && a; } }",
    IMPB "class K { #a; m(o) { return #a in o && __cn_m0.a; } }");
}

static void test_shadowing(void) {
  T(IMP "function f(a) { return a + c; }", IMPB "function f(a) { return a + __cn_m0.b; }");
  T(IMP "{ let a = 1; a; } a;", IMPB "{ let a = 1; a; } __cn_m0.a;");
  T(IMP "function f() { a; { var a; } } a;", IMPB "function f() { a; { var a; } } __cn_m0.a;");
  T(IMP "try {} catch (a) { a; } a;", IMPB "try {} catch (a) { a; } __cn_m0.a;");
  T(IMP "try {} catch ({a}) { a; } finally { a; }",
    IMPB "try {} catch ({a}) { a; } finally { __cn_m0.a; }");
  T(IMP "x = (a) => a; y = a => a; z = ({a}, [c]) => a + c;",
    IMPB "x = (a) => a; y = a => a; z = ({a}, [c]) => a + c;");
  T(IMP "x = (a, c) + a;", IMPB "x = (__cn_m0.a, __cn_m0.b) + __cn_m0.a;");
  T(IMP "{ function a() {} a(); } a();", IMPB "{ function a() {} a(); } ;(0,__cn_m0.a)();");
  T(IMP "{ class a {} new a; } new a;", IMPB "{ class a {} new a; } new __cn_m0.a;");
  T(IMP "x = class a { m() { return a; } }; a;",
    IMPB "x = class a { m() { return a; } }; __cn_m0.a;");
  T(IMP "x = function a() { return a; }; a;",
    IMPB "x = function a() { return a; }; __cn_m0.a;");
  T(IMP "for (let a = 0; a < 1; a++) a; a;", IMPB "for (let a = 0; a < 1; a++) a; __cn_m0.a;");
  T(IMP "for (const a of c) a; a;", IMPB "for (const a of __cn_m0.b) a; __cn_m0.a;");
  T(IMP "switch (a) { case 1: let a; a; }", IMPB "switch (__cn_m0.a) { case 1: let a; a; }");
  T(IMP "function f(...a) { return () => a; }", IMPB "function f(...a) { return () => a; }");
  T(IMP "x = { m(a) { a; }, n() { a; } };",
    IMPB "x = { m(a) { a; }, n() { __cn_m0.a; } };");
  /* a nested function sees the outer function's local */
  T(IMP "function f() { let a; return function () { return a; }; }",
    IMPB "function f() { let a; return function () { return a; }; }");
  T(IMP "async function f() { for await (const a of c) a; }",
    IMPB "async function f() { for await (const a of __cn_m0.b) a; }");
}

static void test_defaults_and_params(void) {
  T(IMP "function f(x = a) {}", IMPB "function f(x = __cn_m0.a) {}");
  T(IMP "function f(a, x = a) {}", IMPB "function f(a, x = a) {}");
  /* parameter expressions do not see the body's var */
  T(IMP "function f(x = a) { var a; }", IMPB "function f(x = __cn_m0.a) { var a; }");
  T(IMP "const {x = a, [c]: y = c} = o;",
    IMPB "const {x = __cn_m0.a, [__cn_m0.b]: y = __cn_m0.b} = o;");
  T(IMP "const [x = a, ...rest] = o;", IMPB "const [x = __cn_m0.a, ...rest] = o;");
  T(IMP "x = ({p = a}) => p;", IMPB "x = ({p = __cn_m0.a}) => p;");
  T(IMP "x = async (y = a) => await y;", IMPB "x = async (y = __cn_m0.a) => await y;");
  T(IMP "x = async a => a; y = async(a);", IMPB "x = async a => a; y = async(__cn_m0.a);");
}

static void test_templates_regex(void) {
  T(IMP "x = `${a}${`${c + `${a}`}`}`;",
    IMPB "x = `${__cn_m0.a}${`${__cn_m0.b + `${__cn_m0.a}`}`}`;");
  T(IMP "x = `}${ {a}.a }{`;", IMPB "x = `}${ {a:__cn_m0.a}.a }{`;");
  T(IMP "if (a) /[/]a\\/ c/g.test(c)", IMPB "if (__cn_m0.a) /[/]a\\/ c/g.test(__cn_m0.b)");
  T(IMP "{}\n/a/g.exec(c)", IMPB "{}\n/a/g.exec(__cn_m0.b)");
  T(IMP "x = {} / a / c;", IMPB "x = {} / __cn_m0.a / __cn_m0.b;");
  T(IMP "x = (c) / a / 2;", IMPB "x = (__cn_m0.b) / __cn_m0.a / 2;");
  T(IMP "function f() { return /a/.test(a) }", IMPB "function f() { return /a/.test(__cn_m0.a) }");
  T(IMP "x = typeof /a/; switch (c) { case /a/: a }",
    IMPB "x = typeof /a/; switch (__cn_m0.b) { case /a/: __cn_m0.a }");
  T(IMP "x = a++ / 2 / c;", IMPB "x = __cn_ro(__cn_m0,\"a\").v++ / 2 / __cn_m0.b;");
  T(IMP "x = y /= a;", IMPB "x = y /= __cn_m0.a;");
  T(IMP "x = 1_000n + 0x1Fn + .5e3 + 0b1 + 0o7 + 1..toString(a);",
    IMPB "x = 1_000n + 0x1Fn + .5e3 + 0b1 + 0o7 + 1..toString(__cn_m0.a);");
  T(IMP "x = 'a\\\nb' + a;", IMPB "x = 'a\\\nb' + __cn_m0.a;");
}

static void test_exports(void) {
  T("export default function () { return 1; }",
    "               function __cn_default () { return 1; }");
  TREC("L:default=__cn_default/h/d");
  ASSERT_STR_EQ(out_exports, "\"default\":()=>__cn_default");
  T("export default async function* () {}",
    "               async function* __cn_default () {}");
  T("export default function named() {}", "               function named() {}");
  TREC("L:default=named/h");
  T("export default class {}", "const __cn_default={default:class {}}.default;");
  TREC("L:default=__cn_default");
  T("export default class K extends B {}", "               class K extends B {}");
  TREC("L:default=K");
  T("export default 1 + 2", "const __cn_default={default:1 + 2}.default;");
  T("export default () => x;\nx", "const __cn_default={default:() => x}.default;;\nx");
  T("let x = 1; export { x as default, x as \"a-b\", x };",
    "let x = 1;                                        ");
  TREC("L:default=x L:a-b=x L:x=x");
  ASSERT_STR_EQ(out_exports, "\"default\":()=>x,\"a-b\":()=>x,\"x\":()=>x");
  T("export let x = 1; export const {y, z: [w]} = o; export var v;",
    "       let x = 1;        const {y, z: [w]} = o;        var v;");
  TREC("L:x=x L:y=y L:w=w L:v=v");
  T("export function f() {} export async function g() {} export class C {}",
    "       function f() {}        async function g() {}        class C {}");
  TREC("L:f=f/h L:g=g/h L:C=C");
  T("function f() {} class C {} export { f, C as D };",
    "function f() {} class C {}                      ");
  TREC("L:f=f/h L:D=C");
  T("export { a as b, default as c, \"x y\" as z } from './m.js';",
    "                                                          ");
  TREC("R:./m.js X:b=0.a X:c=0.default X:z=0.x y");
  T("export * from 'a'; export * as ns from 'b'; export * as \"s t\" from 'a';",
    "                                                                       ");
  TREC("R:a R:b X:ns=1.* X:s t=0.* S:0");
  T("import {a} from 'm'; import * as ns from 'n'; export {a, a as b, ns};",
    "                                                                     ");
  TREC("R:m R:n I:a=0.a I:ns=1.* L:ns=ns/n X:a=0.a X:b=0.a");
  ASSERT_STR_EQ(out_exports, "\"ns\":()=>__cn_m1");
  T("export { undeclared };", "ERR 1:10 Export of an undeclared binding");
  T("export { \"s\" };", "ERR 1:10 Unexpected token");
}

static void test_imports(void) {
  T("import d, {a as b, \"x-y\" as c, default as e} from 'm';\nb(c, d, e);",
    "                                                      \n;(0,__cn_m0.a)(__cn_m0[\"x-y\"], "
    "__cn_m0.default, __cn_m0.default);");
  TREC("R:m I:d=0.default I:b=0.a I:c=0.x-y I:e=0.default");
  T("import 'a'; import j from './d.json' with { type: 'json' }; import 'a';\n"
    "import k from './d.json' with { type: \"json\" }; import l from './d.json';",
    "                                                                       \n"
    "                                                                         ");
  TREC("R:a R:./d.json{type=json} R:./d.json I:j=1.default I:k=1.default I:l=2.default");
  /* imports are hoisted: a use before the declaration is rewritten */
  T("a();\nimport {a} from 'm';", ";(0,__cn_m0.a)();\n                    ");
  /* multi-line import keeps the lines */
  T("import {\n  a,\n  b\n} from 'm'\nb", "        \n    \n   \n          \n__cn_m0.b");
  T("import {a} from 'm'; import {a} from 'n';", "ERR 1:30 Duplicate import binding");
  T("{ import x from 'y'; }", "ERR 1:3 Unexpected import");
  /* \u escapes name the same binding */
  T("import {a} from 'm'; \\u0061;", "                     __cn_m0.a;");
}

static void test_meta_dynamic_tla(void) {
  T("x = import.meta.url; y = import('./x.js', {with: {type: 'json'}});",
    "x = __cn_meta  .url; y = __cn_import('./x.js', {with: {type: 'json'}});");
  TREC("");
  T("await x;", "await x;");
  TREC("TLA");
  ASSERT(strncmp(R.code, "(async function* (", 18) == 0);
  T("async function f() { await x; } x = async () => { await y; };",
    "async function f() { await x; } x = async () => { await y; };");
  TREC("");
  ASSERT(strncmp(R.code, "(function* (", 12) == 0);
  T("for await (const x of y) {}", "for await (const x of y) {}");
  TREC("TLA");
  T("function f() { await x; }", "ERR 1:16 Unexpected 'await'");
  T("class K { static { x = 1; } }", "class K { static { x = 1; } }");
  TREC("");
  T("if (x) { const y = await import('z'); }", "if (x) { const y = await __cn_import('z'); }");
  TREC("TLA");
  T("function* g() { yield a; yield* b; yield\nc; }",
    "function* g() { yield a; yield* b; yield\nc; }");
}

static void test_lines_and_misc(void) {
  const char *src = "#!/usr/bin/env node\nimport {\n a } from 'm'\r\nexport {\n a as b }\n"
                    "a\u2028a;\n/* multi\nline */ a";
  const char *b = xf(src);
  ASSERT_STR_EQ(b, "///usr/bin/env node\n        \n             \r\n        \n         \n"
                   "__cn_m0.a\u2028__cn_m0.a;\n/* multi\nline */ __cn_m0.a");
  ASSERT_EQ(count_lines(b), count_lines(src));
  ASSERT_EQ(count_lines(R.code), count_lines(src) + 1);
  /* header: one parameter per request, all on line 1 */
  xf("import 'a'; import 'b';");
  ASSERT(strncmp(R.code,
                 "(function* (__cn_export, __cn_import, __cn_meta, __cn_ro, __cn_m0, __cn_m1) "
                 "{\"use strict\";__cn_export(__cn_exports);yield;",
                 R.line1_prefix_len) == 0);
  ASSERT_EQ(R.line1_prefix_len, strlen("(function* (__cn_export, __cn_import, __cn_meta, "
                                       "__cn_ro, __cn_m0, __cn_m1) {\"use strict\";"
                                       "__cn_export(__cn_exports);yield;"));
  /* blanking a multi-byte character keeps UTF-16 columns */
  T("import {a} from 'é'; a", "                     __cn_m0.a");
  T("import {a} from '😀'; a", "                      __cn_m0.a");
  /* unicode identifiers */
  T("import {é} from 'm'; é + \\u{e9};", "                     __cn_m0[\"é\"] + __cn_m0[\"é\"];");
  /* new.target, super, getters, async methods, generators */
  T(IMP "class K extends a { constructor() { super(a); new.target; } async *m() { yield a; } }",
    IMPB "class K extends __cn_m0.a { constructor() { super(__cn_m0.a); new.target; } async *m() "
         "{ yield __cn_m0.a; } }");
  T(IMP "x = { async a() {}, get c() { return a; }, set c(v) {}, *g() {}, async: 1, get: 2 };",
    IMPB "x = { async a() {}, get c() { return __cn_m0.a; }, set c(v) {}, *g() {}, async: 1, get: 2 };");
  T(IMP "class K { static async *a() {} static = 1; get\nc() {} async\nq() {} }",
    IMPB "class K { static async *a() {} static = 1; get\nc() {} async\nq() {} }");
  T(IMP "class K { x = a\n  y = c }", IMPB "class K { x = __cn_m0.a\n  y = __cn_m0.b }");
  T(IMP "do a(); while (c) a()", IMPB "do (0,__cn_m0.a)(); while (__cn_m0.b) ;(0,__cn_m0.a)()");
  /* a label that looks like an import name, then an import use */
  T(IMP "c: { a(); break c; }", IMPB "c: { ;(0,__cn_m0.a)(); break c; }");
  /* arrow function bodies */
  T(IMP "x = () => a; y = () => ({a}); z = (p = () => a) => c;",
    IMPB "x = () => __cn_m0.a; y = () => ({a:__cn_m0.a}); z = (p = () => __cn_m0.a) => __cn_m0.b;");
  /* conditional with arrow and object */
  T(IMP "x = y ? (a) : c => a;", IMPB "x = y ? (__cn_m0.a) : c => __cn_m0.a;");
}

static void test_errors(void) {
  T("x = 'abc", "ERR 1:9 Unterminated string literal");
  T("\n\nx = `abc${", "ERR 3:11 Unexpected end of script");
  T("x = /abc", "ERR 1:5 Unterminated regular expression");
  T("/* x", "ERR 1:1 Unterminated comment");
  T("x = \xff;", "ERR 1:5 Invalid UTF-8");
  T("x = 1 +;", "ERR 1:8 Unexpected token");
  T("function f() { export let x; }", "ERR 1:16 Unexpected export");
  T("with (x) {}", "ERR 1:1 'with' is not allowed in strict mode");
  T("return 1;", "ERR 1:1 Return statements are only valid inside functions");
  T("let let = 1;", "ERR 1:5 Unexpected keyword");
  T("x = 3in y;", "ERR 1:6 No identifiers allowed directly after numeric literal");
  /* deep nesting is an error, not a stack overflow */
  size_t n = 100000;
  char *deep = malloc(n * 2 + 1);
  for (size_t i = 0; i < n; i++) deep[i] = '[', deep[n + i] = ']';
  deep[2 * n] = 0;
  ASSERT_EQ(cn_esm_transform(deep, 2 * n, &R), CN_ESM_ESYNTAX);
  ASSERT_STR_EQ(R.error, "Nesting too deep");
  cn_esm_result_free(&R);
  /* but reasonable nesting works */
  n = 150;
  for (size_t i = 0; i < n; i++) deep[i] = '(', deep[n + i] = ')';
  deep[n] = 'x';
  for (size_t i = 0; i < n; i++) deep[n + 1 + i] = ')';
  deep[2 * n + 1] = 0;
  ASSERT_EQ(cn_esm_transform(deep, 2 * n + 1, &R), CN_ESM_OK);
  cn_esm_result_free(&R);
  free(deep);
  /* truncated input: every prefix gives a result or an error, never a crash */
  const char *full = IMP "export default class extends a { #x = `${c}`; m() { return /r/g; } }";
  for (size_t i = 0; i <= strlen(full); i++) {
    char *cut = malloc(i + 1);
    memcpy(cut, full, i);
    int rc = cn_esm_transform(cut, i, &R);
    ASSERT(rc == CN_ESM_OK || (rc == CN_ESM_ESYNTAX && R.error[0] && !R.code));
    cn_esm_result_free(&R);
    free(cut);
  }
  /* NULL-free empty input */
  ASSERT_EQ(cn_esm_transform("", 0, &R), CN_ESM_OK);
  ASSERT_STR_EQ(R.code, "(function* (__cn_export, __cn_import, __cn_meta, __cn_ro) "
                        "{\"use strict\";__cn_export(__cn_exports);yield;\nfunction __cn_exports(){return{}}})");
  cn_esm_result_free(&R);
  cn_esm_result_free(&R); /* twice is safe */
}

int main(void) {
  test_references();
  test_assignment();
  test_not_references();
  test_shadowing();
  test_defaults_and_params();
  test_templates_regex();
  test_exports();
  test_imports();
  test_meta_dynamic_tla();
  test_lines_and_misc();
  test_errors();
  cn_esm_result_free(&R);
  free(out_body);
  free(out_rec);
  free(out_exports);
  if (ctx) JSGlobalContextRelease(ctx);
  return TASK_RESULT();
}
