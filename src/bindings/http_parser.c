/* internalBinding('http_parser'): HTTP/1 request and response parsing with llhttp. JS is
 * called once per message head (all headers in one flat array), once per batch of body bytes
 * (offsets into the buffer handed to execute, so bodies are never copied) and once per
 * completed message. */
#include <llhttp.h>
#include <stdlib.h>
#include <string.h>

#include "bindings.h"

/* Most body ranges one execute() batch collects before handing them to JS. */
#define CN_BODY_BATCH 16

typedef struct {
  uint32_t off, len;
} span_t;

typedef struct {
  llhttp_t parser;
  JSContextRef ctx; /* valid only while execute/finish runs */
  JSObjectRef self;
  JSValueRef *exc;
  bool js_failed; /* a JS callback threw; its exception is in *exc */
  /* Head bytes: url, status text and header names/values, appended as they arrive. */
  char *buf;
  size_t buf_len, buf_cap;
  span_t url, status;
  span_t *fields; /* name, value, name, value ... */
  size_t nfields, fields_cap;
  bool in_value;      /* the last header piece was a value */
  bool headers_done;  /* the head was delivered; further fields are trailers */
  uint32_t header_nread;
  uint32_t max_header_size;
  bool overflow;
  bool lenient;
  bool bad_token;
  /* Body ranges of the current execute() call, relative to its data pointer. */
  const char *data;
  uint32_t body[CN_BODY_BATCH * 2];
  unsigned nbody;
} parser_t;

static JSClassRef parser_class(void);
static llhttp_settings_t settings;

static JSStringRef str_on_headers, str_on_body, str_on_complete;
static JSStringRef method_strs[128];

/* ---- collecting the head ---- */

static bool buf_append(parser_t *p, const char *at, size_t len, span_t *span) {
  if (p->buf_len + len > p->buf_cap) {
    size_t cap = p->buf_cap ? p->buf_cap : 1024;
    while (cap < p->buf_len + len) cap *= 2;
    char *nb = realloc(p->buf, cap);
    if (!nb) return false;
    p->buf = nb;
    p->buf_cap = cap;
  }
  if (span->len == 0) span->off = (uint32_t)p->buf_len;
  /* Pieces of one token arrive in order and nothing else is appended in between. */
  memcpy(p->buf + p->buf_len, at, len);
  p->buf_len += len;
  span->len += (uint32_t)len;
  return true;
}

static int count_head(parser_t *p, size_t len) {
  p->header_nread += (uint32_t)len;
  if (p->max_header_size && p->header_nread > p->max_header_size) {
    p->overflow = true;
    return HPE_USER;
  }
  return 0;
}

static span_t *new_field(parser_t *p) {
  if (p->nfields == p->fields_cap) {
    size_t cap = p->fields_cap ? p->fields_cap * 2 : 64;
    span_t *nf = realloc(p->fields, cap * sizeof *nf);
    if (!nf) return NULL;
    p->fields = nf;
    p->fields_cap = cap;
  }
  span_t *f = &p->fields[p->nfields++];
  f->off = (uint32_t)p->buf_len;
  f->len = 0;
  return f;
}

static void reset_head(parser_t *p) {
  p->buf_len = 0;
  p->nfields = 0;
  p->url.len = p->status.len = 0;
  p->in_value = true;
  p->header_nread = 0;
}

static int on_message_begin(llhttp_t *lp) {
  parser_t *p = (parser_t *)lp;
  reset_head(p);
  p->headers_done = false;
  return 0;
}

static int on_url(llhttp_t *lp, const char *at, size_t len) {
  parser_t *p = (parser_t *)lp;
  if (count_head(p, len)) return HPE_USER;
  return buf_append(p, at, len, &p->url) ? 0 : -1;
}

static int on_status(llhttp_t *lp, const char *at, size_t len) {
  parser_t *p = (parser_t *)lp;
  if (count_head(p, len)) return HPE_USER;
  return buf_append(p, at, len, &p->status) ? 0 : -1;
}

static int on_header_field(llhttp_t *lp, const char *at, size_t len) {
  parser_t *p = (parser_t *)lp;
  if (!p->headers_done && count_head(p, len)) return HPE_USER;
  if (p->in_value) {
    if (!new_field(p)) return -1;
    p->in_value = false;
  }
  return buf_append(p, at, len, &p->fields[p->nfields - 1]) ? 0 : -1;
}

static int on_header_value(llhttp_t *lp, const char *at, size_t len) {
  parser_t *p = (parser_t *)lp;
  if (!p->headers_done && count_head(p, len)) return HPE_USER;
  if (!p->in_value) {
    if (!new_field(p)) return -1;
    p->in_value = true;
  }
  return buf_append(p, at, len, &p->fields[p->nfields - 1]) ? 0 : -1;
}

static bool is_token_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (c && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

/* An empty value never calls on_header_value: give the field one here. Trailing whitespace
 * is not part of a value, and (as Node's llhttp) a name must be a token. */
static int on_header_value_complete(llhttp_t *lp) {
  parser_t *p = (parser_t *)lp;
  if (!p->in_value) {
    if (!new_field(p)) return -1;
    p->in_value = true;
  }
  span_t *v = &p->fields[p->nfields - 1];
  while (v->len > 0 && (p->buf[v->off + v->len - 1] == ' ' || p->buf[v->off + v->len - 1] == '\t'))
    v->len--;
  if (!p->lenient) {
    span_t *n = &p->fields[p->nfields - 2];
    for (uint32_t i = 0; i < n->len; i++) {
      if (!is_token_char((unsigned char)p->buf[n->off + i])) {
        p->bad_token = true;
        return HPE_USER;
      }
    }
  }
  return 0;
}

/* Header bytes are Latin-1 on the wire, as Node decodes them. */
static JSValueRef latin1_value(JSContextRef ctx, const char *s, size_t len) {
  static _Thread_local JSChar stackbuf[256];
  JSChar *chars = len <= 256 ? stackbuf : malloc(len * sizeof(JSChar));
  CN_CHECK(chars != NULL);
  for (size_t i = 0; i < len; i++) chars[i] = (unsigned char)s[i];
  JSStringRef str = JSStringCreateWithCharacters(chars, len);
  JSValueRef v = JSValueMakeString(ctx, str);
  JSStringRelease(str);
  if (chars != stackbuf) free(chars);
  return v;
}

static JSValueRef span_value(parser_t *p, span_t s) {
  return latin1_value(p->ctx, p->buf + s.off, s.len);
}

static JSObjectRef fields_array(parser_t *p) {
  size_t n = p->nfields;
  if (n > 64) {
    /* Values go straight into the array: a malloc'd list would hide them from the GC. */
    JSObjectRef arr = JSObjectMakeArray(p->ctx, 0, NULL, NULL);
    for (size_t i = 0; i < n; i++)
      JSObjectSetPropertyAtIndex(p->ctx, arr, (unsigned)i, span_value(p, p->fields[i]), NULL);
    return arr;
  }
  JSValueRef vals[64] = {0};
  for (size_t i = 0; i < n; i++) vals[i] = span_value(p, p->fields[i]);
  return JSObjectMakeArray(p->ctx, n, vals, NULL);
}

/* Calls this[name](...argv) synchronously; a throw stops parsing and surfaces from execute. */
static JSValueRef call_js(parser_t *p, JSStringRef name, size_t argc, const JSValueRef *argv) {
  JSValueRef fnv = JSObjectGetProperty(p->ctx, p->self, name, NULL);
  JSObjectRef fn = JSValueIsObject(p->ctx, fnv) ? (JSObjectRef)fnv : NULL;
  if (!fn || !JSObjectIsFunction(p->ctx, fn)) return JSValueMakeUndefined(p->ctx);
  JSValueRef r = JSObjectCallAsFunction(p->ctx, fn, p->self, argc, argv, p->exc);
  if (!r) p->js_failed = true;
  return r;
}

/* onBody(off1, len1, off2, len2, ...) for the ranges collected so far. */
static bool flush_body(parser_t *p) {
  if (p->nbody == 0) return true;
  JSValueRef args[CN_BODY_BATCH * 2];
  for (unsigned i = 0; i < p->nbody * 2; i++) args[i] = JSValueMakeNumber(p->ctx, p->body[i]);
  unsigned n = p->nbody * 2;
  p->nbody = 0;
  return call_js(p, str_on_body, n, args) != NULL;
}

static JSValueRef method_value(JSContextRef ctx, unsigned m) {
  if (m >= CN_ARRAY_SIZE(method_strs)) return JSValueMakeUndefined(ctx);
  if (!method_strs[m]) method_strs[m] = JSStringCreateWithUTF8CString(llhttp_method_name(m));
  return JSValueMakeString(ctx, method_strs[m]);
}

/* onHeadersComplete(versionMajor, versionMinor, rawHeaders, method, url, statusCode,
 * statusMessage, upgrade, shouldKeepAlive): its number result is llhttp's (1 = no body). */
static int on_headers_complete(llhttp_t *lp) {
  parser_t *p = (parser_t *)lp;
  JSContextRef ctx = p->ctx;
  p->headers_done = true;
  bool req = lp->type == HTTP_REQUEST;
  JSValueRef args[9] = {
      JSValueMakeNumber(ctx, lp->http_major),
      JSValueMakeNumber(ctx, lp->http_minor),
      fields_array(p),
      req ? method_value(ctx, lp->method) : JSValueMakeUndefined(ctx),
      req ? span_value(p, p->url) : JSValueMakeUndefined(ctx),
      req ? JSValueMakeUndefined(ctx) : JSValueMakeNumber(ctx, lp->status_code),
      req ? JSValueMakeUndefined(ctx) : span_value(p, p->status),
      JSValueMakeBoolean(ctx, lp->upgrade),
      JSValueMakeBoolean(ctx, llhttp_should_keep_alive(lp)),
  };
  reset_head(p);
  JSValueRef r = call_js(p, str_on_headers, 9, args);
  if (!r) return HPE_USER;
  return JSValueIsNumber(ctx, r) ? (int)JSValueToNumber(ctx, r, NULL) : 0;
}

static int on_body(llhttp_t *lp, const char *at, size_t len) {
  parser_t *p = (parser_t *)lp;
  uint32_t off = (uint32_t)(at - p->data);
  if (p->nbody > 0 && p->body[p->nbody * 2 - 2] + p->body[p->nbody * 2 - 1] == off) {
    p->body[p->nbody * 2 - 1] += (uint32_t)len;
    return 0;
  }
  if (p->nbody == CN_BODY_BATCH && !flush_body(p)) return HPE_USER;
  p->body[p->nbody * 2] = off;
  p->body[p->nbody * 2 + 1] = (uint32_t)len;
  p->nbody++;
  return 0;
}

/* onMessageComplete(trailers): trailers is a flat array, or undefined when there were none. */
static int on_message_complete(llhttp_t *lp) {
  parser_t *p = (parser_t *)lp;
  if (!flush_body(p)) return HPE_USER;
  JSValueRef trailers = p->nfields ? (JSValueRef)fields_array(p) : JSValueMakeUndefined(p->ctx);
  reset_head(p);
  if (!call_js(p, str_on_complete, 1, &trailers)) return HPE_USER;
  return 0;
}

/* ---- JS API ---- */

static void parser_finalize(JSObjectRef obj) {
  parser_t *p = JSObjectGetPrivate(obj);
  if (!p) return;
  free(p->buf);
  free(p->fields);
  free(p);
}

static parser_t *self_parser(JSContextRef ctx, JSObjectRef self) {
  parser_t *p = JSValueIsObjectOfClass(ctx, self, parser_class()) ? JSObjectGetPrivate(self) : NULL;
  CN_CHECK(p != NULL);
  return p;
}

static JSObjectRef js_parser_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                       const JSValueRef argv[], JSValueRef *exc) {
  parser_t *p = calloc(1, sizeof *p);
  CN_CHECK(p != NULL);
  llhttp_init(&p->parser, HTTP_REQUEST, &settings);
  return JSObjectMake(ctx, parser_class(), p);
}

/* initialize(type, maxHeaderSize, lenient): type 1 = request, 2 = response; lenient turns on
 * every llhttp leniency (insecureHTTPParser). */
CN_FN(js_initialize) {
  parser_t *p = self_parser(ctx, self);
  int type = (int)cn_num(ctx, CN_ARG(0));
  llhttp_init(&p->parser, type == 2 ? HTTP_RESPONSE : HTTP_REQUEST, &settings);
  p->max_header_size = (uint32_t)cn_num(ctx, CN_ARG(1));
  p->lenient = JSValueToBoolean(ctx, CN_ARG(2));
  if (p->lenient) {
    llhttp_set_lenient_headers(&p->parser, 1);
    llhttp_set_lenient_chunked_length(&p->parser, 1);
    llhttp_set_lenient_keep_alive(&p->parser, 1);
    llhttp_set_lenient_transfer_encoding(&p->parser, 1);
  }
  reset_head(p);
  p->headers_done = false;
  p->overflow = false;
  p->nbody = 0;
  return JSValueMakeUndefined(ctx);
}

/* Turns a parse failure into { code, reason, bytesParsed } for lib/ to make the Error from. */
static JSValueRef parse_error(parser_t *p, llhttp_errno_t err, size_t parsed) {
  JSContextRef ctx = p->ctx;
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  if (p->bad_token) {
    cn_set_str(ctx, o, "code", "HPE_INVALID_HEADER_TOKEN");
    cn_set_str(ctx, o, "reason", "Invalid header token");
  } else if (p->overflow) {
    cn_set_str(ctx, o, "code", "HPE_HEADER_OVERFLOW");
    cn_set_str(ctx, o, "reason", "Header overflow");
  } else {
    cn_set_str(ctx, o, "code", llhttp_errno_name(err));
    const char *reason = llhttp_get_error_reason(&p->parser);
    cn_set_str(ctx, o, "reason", reason ? reason : "");
  }
  cn_set_num(ctx, o, "bytesParsed", (double)parsed);
  return o;
}

static JSValueRef run(parser_t *p, JSContextRef ctx, JSObjectRef self, JSValueRef *exc,
                      const char *data, size_t len, bool finish) {
  p->ctx = ctx;
  p->self = self;
  p->exc = exc;
  p->js_failed = false;
  p->overflow = false;
  p->bad_token = false;
  p->data = data;
  p->nbody = 0;
  llhttp_errno_t err = finish ? llhttp_finish(&p->parser) : llhttp_execute(&p->parser, data, len);
  size_t parsed = len;
  if (err != HPE_OK && !finish) parsed = (size_t)(llhttp_get_error_pos(&p->parser) - data);
  if (p->js_failed) return NULL;
  if (!flush_body(p)) return NULL;
  if (err == HPE_PAUSED_UPGRADE) {
    llhttp_resume_after_upgrade(&p->parser);
    return JSValueMakeNumber(ctx, (double)parsed);
  }
  if (err != HPE_OK) return parse_error(p, err, parsed);
  return JSValueMakeNumber(ctx, (double)parsed);
}

/* execute(bufferOrArrayBuffer, offset?, length?): bytes parsed, or an error description
 * object. Body offsets passed to onBody are relative to the start of the given range. Calls
 * into JS; a throwing callback makes execute throw. */
CN_FN(js_execute) {
  parser_t *p = self_parser(ctx, self);
  JSObjectRef o = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(o != NULL);
  JSTypedArrayType t = JSValueGetTypedArrayType(ctx, o, NULL);
  char *base;
  size_t len;
  if (t == kJSTypedArrayTypeArrayBuffer) {
    base = JSObjectGetArrayBufferBytesPtr(ctx, o, NULL);
    len = JSObjectGetArrayBufferByteLength(ctx, o, NULL);
  } else {
    CN_CHECK(t != kJSTypedArrayTypeNone);
    base = (char *)JSObjectGetTypedArrayBytesPtr(ctx, o, NULL) +
           JSObjectGetTypedArrayByteOffset(ctx, o, NULL);
    len = JSObjectGetTypedArrayByteLength(ctx, o, NULL);
  }
  if (argc > 1 && JSValueIsNumber(ctx, argv[1])) {
    size_t off = (size_t)cn_num(ctx, argv[1]);
    CN_CHECK(off <= len);
    base += off;
    len -= off;
  }
  if (argc > 2 && JSValueIsNumber(ctx, argv[2])) {
    size_t n = (size_t)cn_num(ctx, argv[2]);
    if (n < len) len = n;
  }
  return run(p, ctx, self, exc, base, len, false);
}

/* finish(): signals EOF; 0 or an error description (a message cut short). */
CN_FN(js_finish) {
  parser_t *p = self_parser(ctx, self);
  return run(p, ctx, self, exc, NULL, 0, true);
}

/* pause()/resume(): stop/continue delivering callbacks (used while a response is pending). */
CN_FN(js_pause) {
  llhttp_pause(&self_parser(ctx, self)->parser);
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_resume) {
  llhttp_resume(&self_parser(ctx, self)->parser);
  return JSValueMakeUndefined(ctx);
}

static JSClassRef parser_class(void) {
  static JSClassRef cls;
  if (cls) return cls;
  static const JSStaticFunction fns[] = {
      {"initialize", js_initialize, kJSPropertyAttributeDontEnum},
      {"execute", js_execute, kJSPropertyAttributeDontEnum},
      {"finish", js_finish, kJSPropertyAttributeDontEnum},
      {"pause", js_pause, kJSPropertyAttributeDontEnum},
      {"resume", js_resume, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "HTTPParser";
  def.staticFunctions = fns;
  def.finalize = parser_finalize;
  cls = JSClassCreate(&def);
  return cls;
}

void cn_http_parser_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  if (!str_on_headers) {
    llhttp_settings_init(&settings);
    settings.on_message_begin = on_message_begin;
    settings.on_url = on_url;
    settings.on_status = on_status;
    settings.on_header_field = on_header_field;
    settings.on_header_value = on_header_value;
    settings.on_header_value_complete = on_header_value_complete;
    settings.on_headers_complete = on_headers_complete;
    settings.on_body = on_body;
    settings.on_message_complete = on_message_complete;
    str_on_headers = JSStringCreateWithUTF8CString("onHeadersComplete");
    str_on_body = JSStringCreateWithUTF8CString("onBody");
    str_on_complete = JSStringCreateWithUTF8CString("onMessageComplete");
  }
  JSObjectRef ctor = JSObjectMakeConstructor(ctx, parser_class(), js_parser_construct);
  cn_set(ctx, exports, "HTTPParser", ctor);
  cn_set_num(ctx, ctor, "REQUEST", 1);
  cn_set_num(ctx, ctor, "RESPONSE", 2);
  JSValueRef methods[128];
  size_t n = 0;
#define CN_METHOD(num, name, string) methods[n++] = cn_str_value(ctx, #string);
  HTTP_METHOD_MAP(CN_METHOD)
#undef CN_METHOD
  cn_set(ctx, exports, "methods", JSObjectMakeArray(ctx, n, methods, NULL));
}
