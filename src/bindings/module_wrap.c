/* internalBinding('module_wrap'): the ES module transformer (src/esm/) exposed to the JS
 * loader: transform(source) returns the generator source and the module record. */
#include <stdlib.h>
#include <string.h>

#include "bindings.h"
#include "esm/esm.h"

static JSValueRef str(JSContextRef ctx, cn_esm_str_t s) {
  return s.str ? cn_strn_value(ctx, s.str, s.len) : JSValueMakeNull(ctx);
}

static JSObjectRef array(JSContextRef ctx) { return JSObjectMakeArray(ctx, 0, NULL, NULL); }

static void push(JSContextRef ctx, JSObjectRef arr, unsigned i, JSValueRef v) {
  JSObjectSetPropertyAtIndex(ctx, arr, i, v, NULL);
}

/* transform(source): { code, line1PrefixLength, hasTLA, requests: [{ specifier, attributes }],
 * imports: [{ local, imported, request }], localExports: [{ exportName, local, flags }],
 * indirectExports: [{ exportName, request, importName }], starExports: [request] }, or
 * { error, line, column } when the source is not a valid module. */
CN_FN(js_transform) {
  JSStringRef s = JSValueToStringCopy(ctx, CN_ARG(0), exc);
  if (!s) return NULL;
  size_t len;
  char *src = cn_jsstr_to_utf8(s, &len);
  JSStringRelease(s);
  cn_esm_result_t r;
  int err = cn_esm_transform(src, len, &r);
  free(src);
  JSObjectRef out = JSObjectMake(ctx, NULL, NULL);
  if (err != CN_ESM_OK) {
    cn_set_str(ctx, out, "error", err == CN_ESM_ENOMEM ? "out of memory" : r.error);
    cn_set_num(ctx, out, "line", r.error_line);
    cn_set_num(ctx, out, "column", r.error_column);
    cn_esm_result_free(&r);
    return out;
  }
  cn_set(ctx, out, "code", cn_strn_value(ctx, r.code, r.code_len));
  cn_set_num(ctx, out, "line1PrefixLength", (double)r.line1_prefix_len);
  cn_set(ctx, out, "hasTLA", JSValueMakeBoolean(ctx, r.has_tla));
  JSObjectRef requests = array(ctx);
  for (size_t i = 0; i < r.nrequests; i++) {
    JSObjectRef req = JSObjectMake(ctx, NULL, NULL);
    cn_set(ctx, req, "specifier", str(ctx, r.requests[i].specifier));
    JSObjectRef attrs = JSObjectMake(ctx, NULL, NULL);
    for (size_t k = 0; k < r.requests[i].nattrs; k++) {
      char *key = malloc(r.requests[i].attrs[k].key.len + 1);
      CN_CHECK(key != NULL);
      memcpy(key, r.requests[i].attrs[k].key.str, r.requests[i].attrs[k].key.len);
      key[r.requests[i].attrs[k].key.len] = 0;
      cn_set(ctx, attrs, key, str(ctx, r.requests[i].attrs[k].value));
      free(key);
    }
    cn_set(ctx, req, "attributes", attrs);
    push(ctx, requests, (unsigned)i, req);
  }
  cn_set(ctx, out, "requests", requests);
  JSObjectRef imports = array(ctx);
  for (size_t i = 0; i < r.nimports; i++) {
    JSObjectRef e = JSObjectMake(ctx, NULL, NULL);
    cn_set(ctx, e, "local", str(ctx, r.imports[i].local));
    cn_set(ctx, e, "imported", str(ctx, r.imports[i].imported));
    cn_set_num(ctx, e, "request", r.imports[i].request);
    push(ctx, imports, (unsigned)i, e);
  }
  cn_set(ctx, out, "imports", imports);
  JSObjectRef locals = array(ctx);
  for (size_t i = 0; i < r.nlocal_exports; i++) {
    JSObjectRef e = JSObjectMake(ctx, NULL, NULL);
    cn_set(ctx, e, "exportName", str(ctx, r.local_exports[i].export_name));
    cn_set(ctx, e, "local", str(ctx, r.local_exports[i].local));
    cn_set_num(ctx, e, "flags", r.local_exports[i].flags);
    push(ctx, locals, (unsigned)i, e);
  }
  cn_set(ctx, out, "localExports", locals);
  JSObjectRef indirect = array(ctx);
  for (size_t i = 0; i < r.nindirect_exports; i++) {
    JSObjectRef e = JSObjectMake(ctx, NULL, NULL);
    cn_set(ctx, e, "exportName", str(ctx, r.indirect_exports[i].export_name));
    cn_set_num(ctx, e, "request", r.indirect_exports[i].request);
    cn_set(ctx, e, "importName", str(ctx, r.indirect_exports[i].import_name));
    push(ctx, indirect, (unsigned)i, e);
  }
  cn_set(ctx, out, "indirectExports", indirect);
  JSObjectRef stars = array(ctx);
  for (size_t i = 0; i < r.nstar_exports; i++)
    push(ctx, stars, (unsigned)i, JSValueMakeNumber(ctx, r.star_exports[i]));
  cn_set(ctx, out, "starExports", stars);
  cn_esm_result_free(&r);
  return out;
}

void cn_module_wrap_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set_fn(ctx, exports, "transform", js_transform);
  cn_set_num(ctx, exports, "kExportHoisted", CN_ESM_EXPORT_HOISTED);
  cn_set_num(ctx, exports, "kExportNameDefault", CN_ESM_EXPORT_NAME_DEFAULT);
  cn_set_num(ctx, exports, "kExportNamespace", CN_ESM_EXPORT_NAMESPACE);
}
