/* internalBinding('url'): the WHATWG URL parser (url_parser.c) exposed to lib/internal/url.js.
 * A parse returns the serialized href and fills an Int32Array with component offsets, so the
 * JS getters are substring operations. */
#include <stdlib.h>
#include <string.h>

#include "bindings.h"
#include "bindings/url_parser.h"

enum {
  ACT_PROTOCOL = 1,
  ACT_USERNAME,
  ACT_PASSWORD,
  ACT_HOST,
  ACT_HOSTNAME,
  ACT_PORT,
  ACT_PATHNAME,
  ACT_SEARCH,
  ACT_HASH,
};

/* JS string -> code points (lone surrogates become U+FFFD). Caller frees. NULL if ToString
 * threw. */
static uint32_t *to_cps(JSContextRef ctx, JSValueRef v, size_t *n, JSValueRef *exc) {
  JSStringRef s = JSValueToStringCopy(ctx, v, exc);
  if (!s) return NULL;
  size_t len = JSStringGetLength(s);
  const JSChar *u = JSStringGetCharactersPtr(s);
  uint32_t *out = malloc((len + 1) * sizeof(uint32_t));
  CN_CHECK(out != NULL);
  size_t o = 0;
  for (size_t i = 0; i < len; i++) {
    uint32_t c = u[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
      i++;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    out[o++] = c;
  }
  JSStringRelease(s);
  *n = o;
  return out;
}

/* JS string -> well-formed UTF-8 (lone surrogates become U+FFFD). Caller frees. */
static char *to_utf8(JSContextRef ctx, JSValueRef v, size_t *len, JSValueRef *exc) {
  JSStringRef s = JSValueToStringCopy(ctx, v, exc);
  if (!s) return NULL;
  char *r = cn_jsstr_to_utf8(s, len);
  JSStringRelease(s);
  return r;
}

/* Code points -> JS string. */
static JSValueRef cps_value(JSContextRef ctx, const uint32_t *c, size_t n) {
  JSChar *u = malloc((2 * n + 1) * sizeof(JSChar));
  CN_CHECK(u != NULL);
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    if (c[i] >= 0x10000) {
      u[o++] = (JSChar)(0xD800 + ((c[i] - 0x10000) >> 10));
      u[o++] = (JSChar)(0xDC00 + ((c[i] - 0x10000) & 0x3FF));
    } else {
      u[o++] = (JSChar)c[i];
    }
  }
  JSStringRef s = JSStringCreateWithCharacters(u, o);
  free(u);
  JSValueRef v = JSValueMakeString(ctx, s);
  JSStringRelease(s);
  return v;
}

/* UTF-8 bytes (possibly invalid) -> JS string, decoding the WHATWG way. */
static JSValueRef bytes_value(JSContextRef ctx, const char *p, size_t len) {
  size_t n;
  uint32_t *c = cn_url_utf8_to_cps(p ? p : "", len, &n);
  JSValueRef v = cps_value(ctx, c, n);
  free(c);
  return v;
}

/* Parses a JS string (and optional base string) into url. Returns false on failure. */
static bool parse_value(JSContextRef ctx, JSValueRef input, JSValueRef base_v, cn_url_t *url,
                        JSValueRef *exc) {
  cn_url_t base;
  cn_urlrec_init(&base);
  bool have_base = !JSValueIsUndefined(ctx, base_v) && !JSValueIsNull(ctx, base_v);
  bool ok = true;
  if (have_base) {
    size_t bn;
    uint32_t *bc = to_cps(ctx, base_v, &bn, exc);
    if (!bc) return false;
    ok = cn_url_parse(bc, bn, NULL, &base, 0);
    free(bc);
  }
  if (ok) {
    size_t n;
    uint32_t *c = to_cps(ctx, input, &n, exc);
    if (!c) {
      cn_urlrec_free(&base);
      return false;
    }
    ok = cn_url_parse(c, n, have_base ? &base : NULL, url, 0);
    free(c);
  }
  cn_urlrec_free(&base);
  return ok;
}

/* Serializes url into the Int32Array comps and returns the href string. */
static JSValueRef emit(JSContextRef ctx, const cn_url_t *url, JSValueRef comps_v, JSValueRef *exc) {
  int32_t comps[CN_URLC_COUNT];
  cn_ubuf_t out = {0};
  cn_url_serialize(url, &out, comps);
  JSObjectRef arr = cn_obj(ctx, comps_v);
  if (arr) {
    int32_t *dst = JSObjectGetTypedArrayBytesPtr(ctx, arr, exc);
    size_t blen = JSObjectGetTypedArrayByteLength(ctx, arr, exc);
    CN_CHECK(dst != NULL && blen >= sizeof comps);
    memcpy(dst, comps, sizeof comps);
  }
  JSValueRef v = cn_strn_value(ctx, out.p ? out.p : "", out.len);
  cn_ubuf_free(&out);
  return v;
}

/* parse(input, base, comps): href string, or undefined when either fails to parse. */
CN_FN(js_url_parse) {
  cn_url_t url;
  cn_urlrec_init(&url);
  JSValueRef r = JSValueMakeUndefined(ctx);
  if (parse_value(ctx, CN_ARG(0), CN_ARG(1), &url, exc)) r = emit(ctx, &url, CN_ARG(2), exc);
  cn_urlrec_free(&url);
  return r;
}

/* canParse(input, base): boolean. */
CN_FN(js_url_can_parse) {
  cn_url_t url;
  cn_urlrec_init(&url);
  bool ok = parse_value(ctx, CN_ARG(0), CN_ARG(1), &url, exc);
  cn_urlrec_free(&url);
  return JSValueMakeBoolean(ctx, ok);
}

/* update(href, action, value, comps): applies a setter to the (valid) href; returns the new
 * href, or false when the setter leaves the URL unchanged. */
CN_FN(js_url_update) {
  cn_url_t url;
  cn_urlrec_init(&url);
  if (!parse_value(ctx, CN_ARG(0), JSValueMakeUndefined(ctx), &url, exc)) {
    cn_urlrec_free(&url);
    return JSValueMakeBoolean(ctx, false);
  }
  int action = (int)cn_num(ctx, CN_ARG(1));
  size_t n;
  uint32_t *c = to_cps(ctx, CN_ARG(2), &n, exc);
  if (!c) {
    cn_urlrec_free(&url);
    return NULL;
  }
  bool changed = true;
  switch (action) {
    case ACT_PROTOCOL: {
      uint32_t *c2 = malloc((n + 2) * sizeof(uint32_t));
      CN_CHECK(c2 != NULL);
      memcpy(c2, c, n * sizeof(uint32_t));
      c2[n] = ':';
      cn_url_parse(c2, n + 1, NULL, &url, CN_URL_SCHEME_START);
      free(c2);
      break;
    }
    case ACT_USERNAME:
    case ACT_PASSWORD:
      if (cn_url_cannot_have_credentials(&url))
        changed = false;
      else
        cn_url_set_userinfo(&url, action == ACT_PASSWORD, c, n);
      break;
    case ACT_HOST:
    case ACT_HOSTNAME:
      if (url.opaque_path)
        changed = false;
      else
        cn_url_parse(c, n, NULL, &url, action == ACT_HOST ? CN_URL_HOST : CN_URL_HOSTNAME);
      break;
    case ACT_PORT:
      if (cn_url_cannot_have_credentials(&url))
        changed = false;
      else if (n == 0)
        url.port = -1;
      else
        cn_url_parse(c, n, NULL, &url, CN_URL_PORT);
      break;
    case ACT_PATHNAME:
      if (url.opaque_path) {
        changed = false;
      } else {
        url.path.len = 0;
        if (url.path.p) url.path.p[0] = 0;
        url.nsegs = 0;
        cn_url_parse(c, n, NULL, &url, CN_URL_PATH_START);
      }
      break;
    case ACT_SEARCH:
      url.query.len = 0;
      if (url.query.p) url.query.p[0] = 0;
      if (n == 0) {
        url.has_query = false;
        cn_url_strip_opaque_trailing_spaces(&url);
      } else {
        url.has_query = true;
        size_t skip = c[0] == '?' ? 1 : 0;
        cn_url_parse(c + skip, n - skip, NULL, &url, CN_URL_QUERY);
      }
      break;
    case ACT_HASH:
      url.fragment.len = 0;
      if (url.fragment.p) url.fragment.p[0] = 0;
      if (n == 0) {
        url.has_fragment = false;
        cn_url_strip_opaque_trailing_spaces(&url);
      } else {
        url.has_fragment = true;
        size_t skip = c[0] == '#' ? 1 : 0;
        cn_url_parse(c + skip, n - skip, NULL, &url, CN_URL_FRAGMENT);
      }
      break;
    default:
      CN_UNREACHABLE();
  }
  free(c);
  JSValueRef r = changed ? emit(ctx, &url, CN_ARG(3), exc) : JSValueMakeBoolean(ctx, false);
  cn_urlrec_free(&url);
  return r;
}

/* Runs the hostname setter on "ws://x/" with value (as Node's domainToASCII does): the
 * resulting host in *out, or false when the setter fails. */
static bool hostname_of(JSContextRef ctx, JSValueRef value, cn_ubuf_t *out, JSValueRef *exc) {
  size_t n;
  uint32_t *c = to_cps(ctx, value, &n, exc);
  if (!c) return false;
  static const uint32_t ws[] = {'w', 's', ':', '/', '/', 'x', '/'};
  cn_url_t url;
  cn_urlrec_init(&url);
  CN_CHECK(cn_url_parse(ws, CN_ARRAY_SIZE(ws), NULL, &url, 0));
  bool ok = n > 0 && cn_url_parse(c, n, NULL, &url, CN_URL_HOSTNAME);
  if (ok) cn_ubuf_append(out, url.host.p ? url.host.p : "", url.host.len);
  cn_urlrec_free(&url);
  free(c);
  return ok;
}

/* domainToASCII(domain): the host the hostname setter makes of domain, or '' on failure. */
CN_FN(js_url_domain_to_ascii) {
  cn_ubuf_t out = {0};
  bool ok = hostname_of(ctx, CN_ARG(0), &out, exc);
  JSValueRef v = cn_strn_value(ctx, ok && out.p ? out.p : "", ok ? out.len : 0);
  cn_ubuf_free(&out);
  return v;
}

/* domainToUnicode(domain): as domainToASCII, then UTS #46 ToUnicode; '' on failure. */
CN_FN(js_url_domain_to_unicode) {
  cn_ubuf_t ascii = {0}, out = {0};
  JSValueRef v;
  if (hostname_of(ctx, CN_ARG(0), &ascii, exc) && ascii.len > 0) {
    cn_url_domain_to_unicode(ascii.p, ascii.len, &out);
    v = bytes_value(ctx, out.p, out.len);
  } else {
    v = cn_str_value(ctx, "");
  }
  cn_ubuf_free(&ascii);
  cn_ubuf_free(&out);
  return v;
}

/* toUnicodeHost(asciiHost): UTS #46 ToUnicode of an already parsed host (for url.format). */
CN_FN(js_url_to_unicode) {
  size_t len;
  char *s = to_utf8(ctx, CN_ARG(0), &len, exc);
  if (!s) return NULL;
  cn_ubuf_t out = {0};
  cn_url_domain_to_unicode(s, len, &out);
  JSValueRef v = bytes_value(ctx, out.p, out.len);
  cn_ubuf_free(&out);
  free(s);
  return v;
}

/* toASCII(domain): UTS #46 ToASCII only (the legacy url.parse's IDNA step); '' on failure. */
CN_FN(js_url_to_ascii) {
  size_t len;
  char *s = to_utf8(ctx, CN_ARG(0), &len, exc);
  if (!s) return NULL;
  cn_ubuf_t out = {0};
  bool ok = len > 0 && cn_url_domain_to_ascii(s, len, &out);
  JSValueRef v = cn_strn_value(ctx, ok && out.p ? out.p : "", ok ? out.len : 0);
  cn_ubuf_free(&out);
  free(s);
  return v;
}

/* parseParams(query): application/x-www-form-urlencoded parse into [name, value, ...]. */
CN_FN(js_url_parse_params) {
  size_t len;
  char *s = to_utf8(ctx, CN_ARG(0), &len, exc);
  if (!s) return NULL;
  size_t cap = 16, count = 0;
  JSValueRef *vals = malloc(cap * sizeof(JSValueRef));
  CN_CHECK(vals != NULL);
  cn_ubuf_t dec = {0};
  size_t start = 0;
  for (size_t i = 0; i <= len; i++) {
    if (i < len && s[i] != '&') continue;
    if (i > start) {
      const char *seq = s + start;
      size_t sl = i - start;
      const char *eq = memchr(seq, '=', sl);
      size_t nl = eq ? (size_t)(eq - seq) : sl;
      if (count + 2 > cap) {
        cap *= 2;
        vals = realloc(vals, cap * sizeof(JSValueRef));
        CN_CHECK(vals != NULL);
      }
      cn_url_percent_decode(seq, nl, true, &dec);
      vals[count++] = bytes_value(ctx, dec.p, dec.len);
      if (eq) {
        cn_url_percent_decode(eq + 1, sl - nl - 1, true, &dec);
        vals[count++] = bytes_value(ctx, dec.p, dec.len);
      } else {
        vals[count++] = cn_str_value(ctx, "");
      }
    }
    start = i + 1;
  }
  JSObjectRef arr = JSObjectMakeArray(ctx, count, vals, exc);
  free(vals);
  cn_ubuf_free(&dec);
  free(s);
  return arr;
}

/* serializeParams(list): [name, value, ...] -> "n=v&n=v" form-urlencoded. */
CN_FN(js_url_serialize_params) {
  JSObjectRef list = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(list != NULL);
  size_t n = (size_t)cn_num(ctx, cn_get(ctx, list, "length"));
  cn_ubuf_t out = {0};
  for (size_t i = 0; i < n; i++) {
    JSValueRef v = JSObjectGetPropertyAtIndex(ctx, list, (unsigned)i, exc);
    if (*exc) break;
    size_t len;
    char *s = to_utf8(ctx, v, &len, exc);
    if (!s) break;
    if (i > 0) cn_ubuf_append(&out, (i & 1) ? "=" : "&", 1);
    cn_url_form_encode(s, len, &out);
    free(s);
  }
  JSValueRef r = cn_strn_value(ctx, out.p ? out.p : "", out.len);
  cn_ubuf_free(&out);
  return r;
}

/* encodeForm(str): one string form-urlencoded (space as '+'). */
CN_FN(js_url_encode_form) {
  size_t len;
  char *s = to_utf8(ctx, CN_ARG(0), &len, exc);
  if (!s) return NULL;
  cn_ubuf_t out = {0};
  cn_url_form_encode(s, len, &out);
  JSValueRef r = cn_strn_value(ctx, out.p ? out.p : "", out.len);
  cn_ubuf_free(&out);
  free(s);
  return r;
}

void cn_url_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set_fn(ctx, exports, "parse", js_url_parse);
  cn_set_fn(ctx, exports, "canParse", js_url_can_parse);
  cn_set_fn(ctx, exports, "update", js_url_update);
  cn_set_fn(ctx, exports, "domainToASCII", js_url_domain_to_ascii);
  cn_set_fn(ctx, exports, "domainToUnicode", js_url_domain_to_unicode);
  cn_set_fn(ctx, exports, "toUnicodeHost", js_url_to_unicode);
  cn_set_fn(ctx, exports, "toASCII", js_url_to_ascii);
  cn_set_fn(ctx, exports, "parseParams", js_url_parse_params);
  cn_set_fn(ctx, exports, "serializeParams", js_url_serialize_params);
  cn_set_fn(ctx, exports, "encodeForm", js_url_encode_form);
  cn_set_num(ctx, exports, "componentCount", CN_URLC_COUNT);
}
