/* internalBinding('crypto'): OpenSSL 3 behind node:crypto — message digests and HMAC
 * (one call per update, bytes never copied through JS), random bytes (sync or on the thread
 * pool), constant-time comparison and the algorithm lists. lib/crypto.js and
 * lib/internal/crypto/ modules validate every argument; a wrong type here is a bug in lib/ and
 * aborts through CN_CHECK. */
#include <ctype.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>
#include <openssl/dh.h>
#include <openssl/engine.h>

#include "bindings.h"

/* ---- byte and string access ---------------------------------------------------------------- */

typedef struct {
  uint8_t *p;
  size_t len;
} bytes_t;

/* The bytes of a typed array or DataView (its own window) or of an ArrayBuffer. */
static bytes_t get_bytes(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  JSObjectRef o = cn_obj(ctx, v);
  CN_CHECK(o != NULL);
  bytes_t b = {NULL, 0};
  JSTypedArrayType t = JSValueGetTypedArrayType(ctx, v, exc);
  if (t == kJSTypedArrayTypeArrayBuffer) {
    b.p = JSObjectGetArrayBufferBytesPtr(ctx, o, exc);
    b.len = JSObjectGetArrayBufferByteLength(ctx, o, exc);
    return b;
  }
  if (t == kJSTypedArrayTypeNone) {
    /* A DataView: JSC's C API has no accessor, so read through its ArrayBuffer. */
    JSValueRef buf = cn_get(ctx, o, "buffer");
    JSObjectRef ab = cn_obj(ctx, buf);
    CN_CHECK(ab && JSValueGetTypedArrayType(ctx, buf, exc) == kJSTypedArrayTypeArrayBuffer);
    size_t off = (size_t)cn_num(ctx, cn_get(ctx, o, "byteOffset"));
    b.len = (size_t)cn_num(ctx, cn_get(ctx, o, "byteLength"));
    uint8_t *base = JSObjectGetArrayBufferBytesPtr(ctx, ab, exc);
    b.p = base ? base + off : NULL;
    return b;
  }
  uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, o, exc);
  b.len = JSObjectGetTypedArrayByteLength(ctx, o, exc);
  b.p = base ? base + JSObjectGetTypedArrayByteOffset(ctx, o, exc) : NULL;
  return b;
}

/* Feeds the UTF-8 encoding of a JS string to sink in chunks (lone surrogates become U+FFFD,
 * as Buffer.from(string) does). Returns 0, or the first non-zero result of sink. */
typedef int (*sink_fn)(void *state, const uint8_t *p, size_t n);

static int feed_utf8(JSContextRef ctx, JSValueRef v, sink_fn sink, void *state) {
  JSStringRef s = JSValueToStringCopy(ctx, v, NULL);
  CN_CHECK(s != NULL);
  const JSChar *u = JSStringGetCharactersPtr(s);
  size_t n = JSStringGetLength(s);
  uint8_t buf[16384];
  size_t k = 0;
  int rc = 0;
  for (size_t i = 0; i < n && rc == 0; i++) {
    if (k > sizeof buf - 4) {
      rc = sink(state, buf, k);
      k = 0;
    }
    uint32_t c = u[i];
    if (c < 0x80) {
      buf[k++] = (uint8_t)c;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (c <= 0xDBFF && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
        i++;
      } else {
        c = 0xFFFD;
      }
    }
    if (c < 0x800) {
      buf[k++] = (uint8_t)(0xC0 | (c >> 6));
    } else if (c < 0x10000) {
      buf[k++] = (uint8_t)(0xE0 | (c >> 12));
      buf[k++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    } else {
      buf[k++] = (uint8_t)(0xF0 | (c >> 18));
      buf[k++] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
      buf[k++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    }
    buf[k++] = (uint8_t)(0x80 | (c & 0x3F));
  }
  if (rc == 0 && k > 0) rc = sink(state, buf, k);
  JSStringRelease(s);
  return rc;
}

static void free_bytes(void *bytes, void *ctx) { free(bytes); }

/* An ArrayBuffer over malloc'd bytes, taking ownership of them. */
static JSValueRef make_array_buffer(JSContextRef ctx, uint8_t *p, size_t n, JSValueRef *exc) {
  if (p == NULL) {
    p = malloc(1);
    CN_CHECK(p != NULL);
  }
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, p, n, free_bytes, NULL, exc);
}

/* ---- OpenSSL errors ------------------------------------------------------------------------ */

/* Short library names as they appear in Node's ERR_OSSL_<LIB>_<REASON> codes. */
static const char *lib_short_name(int lib) {
  switch (lib) {
#define CN_LIB(name) \
  case ERR_LIB_##name: return #name;
    CN_LIB(SYS) CN_LIB(BN) CN_LIB(RSA) CN_LIB(DH) CN_LIB(EVP) CN_LIB(BUF) CN_LIB(OBJ)
    CN_LIB(PEM) CN_LIB(DSA) CN_LIB(X509) CN_LIB(ASN1) CN_LIB(CONF) CN_LIB(CRYPTO) CN_LIB(EC)
    CN_LIB(SSL) CN_LIB(BIO) CN_LIB(PKCS7) CN_LIB(X509V3) CN_LIB(PKCS12) CN_LIB(RAND) CN_LIB(DSO)
    CN_LIB(ENGINE) CN_LIB(OCSP) CN_LIB(UI) CN_LIB(COMP) CN_LIB(ECDSA) CN_LIB(ECDH)
    CN_LIB(OSSL_STORE) CN_LIB(FIPS) CN_LIB(CMS) CN_LIB(TS) CN_LIB(HMAC) CN_LIB(CT) CN_LIB(ASYNC)
    CN_LIB(KDF) CN_LIB(SM2) CN_LIB(ESS) CN_LIB(PROP) CN_LIB(CRMF) CN_LIB(PROV) CN_LIB(CMP)
    CN_LIB(OSSL_ENCODER) CN_LIB(OSSL_DECODER) CN_LIB(HTTP)
#undef CN_LIB
  default: return NULL;
  }
}

/* The Error Node makes from the oldest queued OpenSSL error (the queue is then cleared):
 * message "error:XXXXXXXX:library::reason", own properties library, reason, code when the
 * error number is known. With an empty queue the message is OpenSSL's text for error 0. */
static JSObjectRef openssl_error(JSContextRef ctx) {
  unsigned long e = ERR_get_error();
  ERR_clear_error();
  char msg[256];
  ERR_error_string_n(e, msg, sizeof msg);
  JSValueRef m = cn_str_value(ctx, msg);
  JSObjectRef err = JSObjectMakeError(ctx, 1, &m, NULL);
  if (e == 0) return err;
  const char *lib = ERR_lib_error_string(e);
  const char *reason = ERR_reason_error_string(e);
  if (lib) cn_set_str(ctx, err, "library", lib);
  if (reason) cn_set_str(ctx, err, "reason", reason);
  const char *shortlib = lib_short_name(ERR_GET_LIB(e));
  if (reason && shortlib) {
    char code[256];
    int n = snprintf(code, sizeof code, "ERR_OSSL_%s_%s", shortlib, reason);
    for (int i = 0; i < n && i < (int)sizeof code; i++) {
      code[i] = (char)toupper((unsigned char)code[i]);
      if (code[i] == ' ') code[i] = '_';
    }
    cn_set_str(ctx, err, "code", code);
  }
  return err;
}

static JSValueRef throw_openssl(JSContextRef ctx, JSValueRef *exc) {
  *exc = openssl_error(ctx);
  return NULL;
}

/* ---- digest lookup ------------------------------------------------------------------------- */

/* Fetched digests by the name lib/ asked for. Fetching is costly (a provider query with
 * locks), so each name is fetched once per process; Workers share the table. */
typedef struct md_entry {
  struct md_entry *next;
  char *name;
  EVP_MD *md; /* NULL: the name is known not to be a digest */
} md_entry_t;

static md_entry_t *md_cache;
static pthread_mutex_t md_lock = PTHREAD_MUTEX_INITIALIZER;

/* Resolves a digest name as Node does: OpenSSL's legacy names and aliases first ("RSA-SHA256",
 * "ssl3-md5"), then the providers' names. Returns NULL when unknown. Can't fail otherwise. */
static const EVP_MD *get_md(const char *name) {
  pthread_mutex_lock(&md_lock);
  md_entry_t *e = md_cache;
  while (e && strcmp(e->name, name) != 0) e = e->next;
  if (e == NULL) {
    const EVP_MD *legacy = EVP_get_digestbyname(name);
    EVP_MD *md = EVP_MD_fetch(NULL, legacy ? EVP_MD_get0_name(legacy) : name, NULL);
    ERR_clear_error();
    e = malloc(sizeof *e);
    CN_CHECK(e != NULL);
    e->name = strdup(name);
    CN_CHECK(e->name != NULL);
    e->md = md;
    e->next = md_cache;
    md_cache = e;
  }
  pthread_mutex_unlock(&md_lock);
  return e->md;
}

/* ---- Hash and Hmac handles ------------------------------------------------------------------ */

typedef struct {
  EVP_MD_CTX *md;   /* a Hash, or NULL */
  EVP_MAC_CTX *mac; /* an Hmac, or NULL */
  size_t out_len;   /* digest length in bytes */
  bool xof;         /* out_len was chosen by the caller for an extendable-output digest */
} hash_t;

static void hash_finalize(JSObjectRef obj) {
  /* Plain C memory only: safe on any thread. */
  hash_t *h = JSObjectGetPrivate(obj);
  if (!h) return;
  EVP_MD_CTX_free(h->md);
  EVP_MAC_CTX_free(h->mac);
  free(h);
}

/* The handle classes: Hash, and Hmac deriving from it (so both pass hash_of). */
static JSClassRef make_class(JSClassRef *slot, const char *name, JSClassRef parent) {
  if (!__atomic_load_n(slot, __ATOMIC_ACQUIRE)) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = name;
    def.parentClass = parent;
    if (!parent) def.finalize = hash_finalize;
    JSClassRef c = JSClassCreate(&def);
    /* Two threads may race here on first use; keep one, drop the other. */
    JSClassRef expected = NULL;
    if (!__atomic_compare_exchange_n(slot, &expected, c, false, __ATOMIC_ACQ_REL,
                                     __ATOMIC_ACQUIRE))
      JSClassRelease(c);
  }
  return *slot;
}

static JSClassRef hash_class(void) {
  static JSClassRef cls;
  return make_class(&cls, "Hash", NULL);
}

static JSClassRef hmac_class(void) {
  static JSClassRef cls;
  return make_class(&cls, "Hmac", hash_class());
}

static hash_t *hash_of(JSContextRef ctx, JSValueRef v) {
  CN_CHECK(JSValueIsObjectOfClass(ctx, v, hash_class()));
  hash_t *h = JSObjectGetPrivate((JSObjectRef)v);
  CN_CHECK(h != NULL);
  return h;
}

static JSObjectRef hash_wrap(JSContextRef ctx, hash_t *h) {
  return JSObjectMake(ctx, hash_class(), h);
}

/* Checks an explicit output length against the digest: only XOF digests take another length. */
static bool set_out_len(hash_t *h, const EVP_MD *md, double xof_len) {
  size_t def = (size_t)EVP_MD_get_size(md);
  h->out_len = def;
  h->xof = false;
  if (xof_len < 0) return true;
  if ((size_t)xof_len != def) {
    if (!(EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF)) {
      ERR_raise(ERR_LIB_EVP, EVP_R_NOT_XOF_OR_INVALID_LENGTH);
      return false;
    }
  }
  if (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) h->xof = true;
  h->out_len = (size_t)xof_len;
  return true;
}

/* hashNew(algorithm, outputLength): a Hash handle, or undefined for an unknown algorithm.
 * outputLength -1 means the digest's own length. Throws OpenSSL's error otherwise. */
CN_FN(js_hash_new) {
  char *name = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!name) return NULL;
  const EVP_MD *md = get_md(name);
  free(name);
  if (!md) return JSValueMakeUndefined(ctx);
  hash_t *h = calloc(1, sizeof *h);
  CN_CHECK(h != NULL);
  if (!set_out_len(h, md, cn_num(ctx, CN_ARG(1)))) {
    free(h);
    return throw_openssl(ctx, exc);
  }
  h->md = EVP_MD_CTX_new();
  CN_CHECK(h->md != NULL);
  if (EVP_DigestInit_ex(h->md, md, NULL) != 1) {
    EVP_MD_CTX_free(h->md);
    free(h);
    return throw_openssl(ctx, exc);
  }
  return hash_wrap(ctx, h);
}

/* hashCopy(hash, outputLength): an independent Hash with the same state. */
CN_FN(js_hash_copy) {
  hash_t *src = hash_of(ctx, CN_ARG(0));
  CN_CHECK(src->md != NULL);
  hash_t *h = calloc(1, sizeof *h);
  CN_CHECK(h != NULL);
  if (!set_out_len(h, EVP_MD_CTX_get0_md(src->md), cn_num(ctx, CN_ARG(1)))) {
    free(h);
    return throw_openssl(ctx, exc);
  }
  h->md = EVP_MD_CTX_new();
  CN_CHECK(h->md != NULL);
  if (EVP_MD_CTX_copy_ex(h->md, src->md) != 1) {
    EVP_MD_CTX_free(h->md);
    free(h);
    return throw_openssl(ctx, exc);
  }
  return hash_wrap(ctx, h);
}

static const uint8_t empty_key[1];

/* hmacNew(algorithm, key): an Hmac handle, or undefined for an unknown digest. */
CN_FN(js_hmac_new) {
  char *name = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!name) return NULL;
  const EVP_MD *md = get_md(name);
  free(name);
  if (!md) return JSValueMakeUndefined(ctx);
  bytes_t key = get_bytes(ctx, CN_ARG(1), exc);
  EVP_MAC *mac = EVP_MAC_fetch(NULL, OSSL_MAC_NAME_HMAC, NULL);
  CN_CHECK(mac != NULL);
  EVP_MAC_CTX *mc = EVP_MAC_CTX_new(mac);
  EVP_MAC_free(mac);
  CN_CHECK(mc != NULL);
  OSSL_PARAM params[2] = {
      OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)EVP_MD_get0_name(md), 0),
      OSSL_PARAM_construct_end(),
  };
  /* HMAC over an extendable-output digest is undefined; OpenSSL refuses it without queuing
   * a reason, which Node reports as error 0. */
  if ((EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) ||
      EVP_MAC_init(mc, key.len ? key.p : empty_key, key.len, params) != 1) {
    EVP_MAC_CTX_free(mc);
    ERR_clear_error();
    return throw_openssl(ctx, exc);
  }
  hash_t *h = calloc(1, sizeof *h);
  CN_CHECK(h != NULL);
  h->mac = mc;
  h->out_len = EVP_MAC_CTX_get_mac_size(mc);
  return JSObjectMake(ctx, hmac_class(), h);
}

static int hash_sink(void *state, const uint8_t *p, size_t n) {
  hash_t *h = state;
  int ok = h->md ? EVP_DigestUpdate(h->md, p, n) : EVP_MAC_update(h->mac, p, n);
  return ok == 1 ? 0 : -1;
}

/* update(hash, data): data is a string (hashed as UTF-8) or bytes. Returns false when
 * OpenSSL refused the update. */
CN_FN(js_hash_update) {
  hash_t *h = hash_of(ctx, CN_ARG(0));
  JSValueRef data = CN_ARG(1);
  int rc;
  if (JSValueIsString(ctx, data)) {
    rc = feed_utf8(ctx, data, hash_sink, h);
  } else {
    bytes_t b = get_bytes(ctx, data, exc);
    rc = b.len ? hash_sink(h, b.p, b.len) : 0;
  }
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, rc == 0);
}

/* digest(hash): the result as an ArrayBuffer. The handle must not be used afterwards. */
CN_FN(js_hash_digest) {
  hash_t *h = hash_of(ctx, CN_ARG(0));
  uint8_t *out = malloc(h->out_len ? h->out_len : 1);
  CN_CHECK(out != NULL);
  int ok = 1;
  size_t n = h->out_len;
  if (h->md) {
    if (h->xof) {
      if (n > 0) ok = EVP_DigestFinalXOF(h->md, out, n);
    } else {
      unsigned int len = 0;
      ok = EVP_DigestFinal_ex(h->md, out, &len);
      n = len;
    }
  } else {
    ok = EVP_MAC_final(h->mac, out, &n, h->out_len);
  }
  if (ok != 1) {
    free(out);
    return throw_openssl(ctx, exc);
  }
  return make_array_buffer(ctx, out, n, exc);
}

/* ---- one-shot digests (crypto.hash, subtle.digest) ---------------------------------------- */

typedef struct {
  uv_work_t work;
  cn_env_t *env;
  JSObjectRef req;
  const EVP_MD *md;
  uint8_t *in;  /* owned copy of the input (async) */
  size_t in_len;
  uint8_t *out; /* owned result */
  unsigned out_len;
  int ok;
  /* random jobs */
  uint8_t *dst;
  size_t dst_len;
} job_t;

static void job_free(job_t *j) {
  free(j->in);
  free(j->out);
  free(j);
}

static void run_digest(job_t *j) {
  j->out = malloc(EVP_MAX_MD_SIZE);
  CN_CHECK(j->out != NULL);
  j->ok = EVP_Digest(j->in_len ? j->in : empty_key, j->in_len, j->out, &j->out_len, j->md, NULL);
}

typedef struct {
  uint8_t *p;
  size_t n;
} flat_t;

/* A sink appending to a flat buffer sized for the worst case (see js_one_shot_digest). */
static int collect(void *st, const uint8_t *p, size_t n) {
  flat_t *acc = st;
  memcpy(acc->p + acc->n, p, n);
  acc->n += n;
  return 0;
}

static void on_digest_work(uv_work_t *w) { run_digest((job_t *)w); }

/* Calls req.oncomplete(err) or req.oncomplete(null, value) and releases the request. */
static void complete(job_t *j, JSValueRef err, JSValueRef value) {
  JSContextRef ctx = j->env->ctx;
  JSObjectRef req = j->req;
  JSValueRef argv[2] = {err ? err : JSValueMakeNull(ctx), value};
  JSObjectRef cb = cn_obj(ctx, cn_get(ctx, req, "oncomplete"));
  if (cb && JSObjectIsFunction(ctx, cb)) cn_make_callback(j->env, cb, req, value ? 2 : 1, argv);
  JSValueUnprotect(ctx, req);
}

static void on_digest_done(uv_work_t *w, int status) {
  job_t *j = (job_t *)w;
  JSContextRef ctx = j->env->ctx;
  if (j->ok == 1) {
    JSValueRef ab = make_array_buffer(ctx, j->out, j->out_len, NULL);
    j->out = NULL;
    complete(j, NULL, ab);
  } else {
    complete(j, openssl_error(ctx), NULL);
  }
  job_free(j);
}

/* oneShotDigest(algorithm, data[, req]): the digest of data (string as UTF-8, or bytes) as
 * an ArrayBuffer; undefined for an unknown algorithm. With req (an object) the input is
 * copied, hashed on the thread pool, and req.oncomplete(err, arrayBuffer) called later. */
CN_FN(js_one_shot_digest) {
  char *name = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!name) return NULL;
  const EVP_MD *md = get_md(name);
  free(name);
  if (!md) return JSValueMakeUndefined(ctx);
  if (EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF) {
    /* Fixed default length, as createHash(name).digest() gives. */
    hash_t h = {0};
    h.md = EVP_MD_CTX_new();
    CN_CHECK(h.md != NULL);
    set_out_len(&h, md, -1);
    if (EVP_DigestInit_ex(h.md, md, NULL) != 1) {
      EVP_MD_CTX_free(h.md);
      return throw_openssl(ctx, exc);
    }
    JSValueRef data = CN_ARG(1);
    if (JSValueIsString(ctx, data)) feed_utf8(ctx, data, hash_sink, &h);
    else {
      bytes_t b = get_bytes(ctx, data, exc);
      hash_sink(&h, b.p, b.len);
    }
    uint8_t *out = malloc(h.out_len ? h.out_len : 1);
    CN_CHECK(out != NULL);
    unsigned len = 0;
    int ok = EVP_DigestFinal_ex(h.md, out, &len);
    EVP_MD_CTX_free(h.md);
    if (ok != 1) {
      free(out);
      return throw_openssl(ctx, exc);
    }
    return make_array_buffer(ctx, out, len, exc);
  }
  job_t *j = calloc(1, sizeof *j);
  CN_CHECK(j != NULL);
  j->md = md;
  JSValueRef data = CN_ARG(1);
  bytes_t b;
  bool borrowed = false;
  if (JSValueIsString(ctx, data)) {
    size_t cap = 0;
    JSStringRef s = JSValueToStringCopy(ctx, data, NULL);
    cap = JSStringGetMaximumUTF8CStringSize(s);
    JSStringRelease(s);
    j->in = malloc(cap ? cap : 1);
    CN_CHECK(j->in != NULL);
    /* Collect through the same UTF-8 writer the streaming path uses. */
    flat_t acc = {j->in, 0};
    feed_utf8(ctx, data, collect, &acc);
    j->in_len = acc.n;
  } else {
    b = get_bytes(ctx, data, exc);
    if (JSValueIsObject(ctx, CN_ARG(2))) {
      j->in = malloc(b.len ? b.len : 1);
      CN_CHECK(j->in != NULL);
      if (b.len) memcpy(j->in, b.p, b.len);
    } else {
      j->in = b.p;
      borrowed = true;
    }
    j->in_len = b.len;
  }
  if (!JSValueIsObject(ctx, CN_ARG(2))) {
    run_digest(j);
    if (borrowed) j->in = NULL;
    JSValueRef r;
    if (j->ok == 1) {
      r = make_array_buffer(ctx, j->out, j->out_len, exc);
      j->out = NULL;
    } else {
      r = throw_openssl(ctx, exc);
    }
    job_free(j);
    return r;
  }
  j->env = cn_env_from_ctx(ctx);
  j->req = (JSObjectRef)CN_ARG(2);
  JSValueProtect(ctx, j->req);
  CN_CHECK(uv_queue_work(&j->env->loop, &j->work, on_digest_work, on_digest_done) == 0);
  return JSValueMakeUndefined(ctx);
}

/* ---- random bytes -------------------------------------------------------------------------- */

static int fill_random(uint8_t *p, size_t n) {
  while (n > 0) {
    int chunk = n > INT_MAX ? INT_MAX : (int)n;
    if (RAND_bytes(p, chunk) != 1) return 0;
    p += chunk;
    n -= (size_t)chunk;
  }
  return 1;
}

static void on_random_work(uv_work_t *w) {
  job_t *j = (job_t *)w;
  j->ok = fill_random(j->dst, j->dst_len);
}

static void on_random_done(uv_work_t *w, int status) {
  job_t *j = (job_t *)w;
  complete(j, j->ok == 1 ? NULL : openssl_error(j->env->ctx), NULL);
  job_free(j);
}

/* randomFill(buffer, offset, size[, req]): fills size bytes of buffer (an ArrayBuffer or a
 * view) from offset with cryptographically strong bytes. Without req it runs now and throws on
 * failure; with req the bytes are written on the thread pool (req must keep buffer alive) and
 * req.oncomplete(err) is called. */
CN_FN(js_random_fill) {
  bytes_t b = get_bytes(ctx, CN_ARG(0), exc);
  size_t off = (size_t)cn_num(ctx, CN_ARG(1));
  size_t n = (size_t)cn_num(ctx, CN_ARG(2));
  CN_CHECK(off <= b.len && n <= b.len - off);
  if (!JSValueIsObject(ctx, CN_ARG(3))) {
    if (n && !fill_random(b.p + off, n)) return throw_openssl(ctx, exc);
    return JSValueMakeUndefined(ctx);
  }
  job_t *j = calloc(1, sizeof *j);
  CN_CHECK(j != NULL);
  j->dst = b.p + off;
  j->dst_len = n;
  j->env = cn_env_from_ctx(ctx);
  j->req = (JSObjectRef)CN_ARG(3);
  JSValueProtect(ctx, j->req);
  CN_CHECK(uv_queue_work(&j->env->loop, &j->work, on_random_work, on_random_done) == 0);
  return JSValueMakeUndefined(ctx);
}

/* timingSafeEqual(a, b): constant-time equality of two byte ranges of equal length. */
CN_FN(js_timing_safe_equal) {
  bytes_t a = get_bytes(ctx, CN_ARG(0), exc);
  bytes_t b = get_bytes(ctx, CN_ARG(1), exc);
  CN_CHECK(a.len == b.len);
  return JSValueMakeBoolean(ctx, a.len == 0 || CRYPTO_memcmp(a.p, b.p, a.len) == 0);
}

/* ---- algorithm lists ----------------------------------------------------------------------- */

typedef struct {
  JSContextRef ctx;
  JSValueRef *items;
  size_t n, cap;
} list_t;

static void list_push(list_t *l, const char *name) {
  if (l->n == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 64;
    l->items = realloc(l->items, l->cap * sizeof *l->items);
    CN_CHECK(l->items != NULL);
  }
  l->items[l->n++] = cn_str_value(l->ctx, name);
}

static JSValueRef list_done(list_t *l, JSValueRef *exc) {
  JSValueRef arr = JSObjectMakeArray(l->ctx, l->n, l->items, exc);
  free(l->items);
  return arr;
}

/* Digest names usable with createHash: every legacy name or alias whose algorithm a provider
 * actually implements. */
static void on_md_name(const EVP_MD *md, const char *from, const char *to, void *arg) {
  if (!from) return;
  const EVP_MD *m = EVP_get_digestbyname(from);
  if (!m) return;
  EVP_MD *f = EVP_MD_fetch(NULL, EVP_MD_get0_name(m), NULL);
  ERR_clear_error();
  if (!f) return;
  EVP_MD_free(f);
  list_push(arg, from);
}

CN_FN(js_get_hashes) {
  list_t l = {ctx, NULL, 0, 0};
  EVP_MD_do_all_sorted(on_md_name, &l);
  return list_done(&l, exc);
}

static void on_cipher_name(const EVP_CIPHER *c, const char *from, const char *to, void *arg) {
  if (!from) return;
  /* Some aliases (aes128-wrap-pad) are only known to the providers. */
  const EVP_CIPHER *legacy = EVP_get_cipherbyname(from);
  EVP_CIPHER *f = EVP_CIPHER_fetch(NULL, legacy ? EVP_CIPHER_get0_name(legacy) : from, NULL);
  ERR_clear_error();
  if (!f) return;
  EVP_CIPHER_free(f);
  list_push(arg, from);
}

CN_FN(js_get_ciphers) {
  list_t l = {ctx, NULL, 0, 0};
  EVP_CIPHER_do_all_sorted(on_cipher_name, &l);
  return list_done(&l, exc);
}

/* Builtin elliptic curve short names, in OpenSSL's order (lib/ sorts). */
CN_FN(js_get_curves) {
  size_t n = EC_get_builtin_curves(NULL, 0);
  EC_builtin_curve *curves = malloc((n ? n : 1) * sizeof *curves);
  CN_CHECK(curves != NULL);
  EC_get_builtin_curves(curves, n);
  list_t l = {ctx, NULL, 0, 0};
  for (size_t i = 0; i < n; i++) {
    const char *sn = OBJ_nid2sn(curves[i].nid);
    if (sn) list_push(&l, sn);
  }
  free(curves);
  return list_done(&l, exc);
}

void cn_crypto_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set_fn(ctx, exports, "hashNew", js_hash_new);
  cn_set_fn(ctx, exports, "hashCopy", js_hash_copy);
  cn_set_fn(ctx, exports, "hmacNew", js_hmac_new);
  cn_set_fn(ctx, exports, "update", js_hash_update);
  cn_set_fn(ctx, exports, "digest", js_hash_digest);
  cn_set_fn(ctx, exports, "oneShotDigest", js_one_shot_digest);
  cn_set_fn(ctx, exports, "randomFill", js_random_fill);
  cn_set_fn(ctx, exports, "timingSafeEqual", js_timing_safe_equal);
  cn_set_fn(ctx, exports, "getHashes", js_get_hashes);
  cn_set_fn(ctx, exports, "getCiphers", js_get_ciphers);
  cn_set_fn(ctx, exports, "getCurves", js_get_curves);
  cn_set_str(ctx, exports, "opensslVersion", OpenSSL_version(OPENSSL_VERSION_STRING));

  /* crypto.constants: the numeric ones straight from the OpenSSL headers (lib/ adds the
   * cipher list strings). Order is Node's. */
  JSObjectRef k = JSObjectMake(ctx, NULL, NULL);
  cn_set_num(ctx, k, "OPENSSL_VERSION_NUMBER", (double)OPENSSL_VERSION_NUMBER);
#define CN_K(name) cn_set_num(ctx, k, #name, (double)(name));
  CN_K(SSL_OP_ALL) CN_K(SSL_OP_ALLOW_NO_DHE_KEX) CN_K(SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION)
  CN_K(SSL_OP_CIPHER_SERVER_PREFERENCE) CN_K(SSL_OP_CISCO_ANYCONNECT) CN_K(SSL_OP_COOKIE_EXCHANGE)
  CN_K(SSL_OP_CRYPTOPRO_TLSEXT_BUG) CN_K(SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS)
  CN_K(SSL_OP_LEGACY_SERVER_CONNECT) CN_K(SSL_OP_NO_COMPRESSION) CN_K(SSL_OP_NO_ENCRYPT_THEN_MAC)
  CN_K(SSL_OP_NO_QUERY_MTU) CN_K(SSL_OP_NO_RENEGOTIATION)
  CN_K(SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION)
  cn_set_num(ctx, k, "SSL_OP_NO_SSLv2", 0); /* removed from OpenSSL; Node keeps the name */
  CN_K(SSL_OP_NO_SSLv3) CN_K(SSL_OP_NO_TICKET) CN_K(SSL_OP_NO_TLSv1) CN_K(SSL_OP_NO_TLSv1_1)
  CN_K(SSL_OP_NO_TLSv1_2) CN_K(SSL_OP_NO_TLSv1_3) CN_K(SSL_OP_PRIORITIZE_CHACHA)
  CN_K(SSL_OP_TLS_ROLLBACK_BUG)
  CN_K(ENGINE_METHOD_RSA) CN_K(ENGINE_METHOD_DSA) CN_K(ENGINE_METHOD_DH) CN_K(ENGINE_METHOD_RAND)
  CN_K(ENGINE_METHOD_EC) CN_K(ENGINE_METHOD_CIPHERS) CN_K(ENGINE_METHOD_DIGESTS)
  CN_K(ENGINE_METHOD_PKEY_METHS) CN_K(ENGINE_METHOD_PKEY_ASN1_METHS) CN_K(ENGINE_METHOD_ALL)
  CN_K(ENGINE_METHOD_NONE)
  CN_K(DH_CHECK_P_NOT_SAFE_PRIME) CN_K(DH_CHECK_P_NOT_PRIME) CN_K(DH_UNABLE_TO_CHECK_GENERATOR)
  CN_K(DH_NOT_SUITABLE_GENERATOR)
  CN_K(RSA_PKCS1_PADDING) CN_K(RSA_NO_PADDING) CN_K(RSA_PKCS1_OAEP_PADDING)
  CN_K(RSA_X931_PADDING) CN_K(RSA_PKCS1_PSS_PADDING) CN_K(RSA_PSS_SALTLEN_DIGEST)
  CN_K(RSA_PSS_SALTLEN_MAX_SIGN) CN_K(RSA_PSS_SALTLEN_AUTO)
  cn_set(ctx, k, "defaultCoreCipherList", JSValueMakeUndefined(ctx));
  CN_K(TLS1_VERSION) CN_K(TLS1_1_VERSION) CN_K(TLS1_2_VERSION) CN_K(TLS1_3_VERSION)
  cn_set_num(ctx, k, "POINT_CONVERSION_COMPRESSED", POINT_CONVERSION_COMPRESSED);
  cn_set_num(ctx, k, "POINT_CONVERSION_UNCOMPRESSED", POINT_CONVERSION_UNCOMPRESSED);
  cn_set_num(ctx, k, "POINT_CONVERSION_HYBRID", POINT_CONVERSION_HYBRID);
#undef CN_K
  cn_set(ctx, exports, "constants", k);
}
