/* internalBinding('tls_wrap'): TLS over OpenSSL 3 as a pure protocol engine. A SecureContext
 * owns an SSL_CTX (keys, certificates, trust, ciphers, versions); a TLSWrap owns one SSL* that
 * talks through two memory BIOs: lib/_tls_wrap.js feeds it the ciphertext its transport read,
 * drives the handshake, reads and writes cleartext, and takes the ciphertext to send. Nothing
 * here calls into JS, so every step is an ordinary JS -> C call and the JS layer decides when
 * transport reads, writes and callbacks happen. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/sha.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "bindings.h"

/* Status codes of handshake() and read(), shared with lib/_tls_wrap.js through `constants`. */
enum {
  CN_TLS_WANT_IO = 0,   /* needs more ciphertext from the peer */
  CN_TLS_DONE = 1,      /* handshake finished */
  CN_TLS_WANT_SNI = 2,  /* server: ClientHello seen, waiting for setContext() + handshake() */
  CN_TLS_EOF = 3,       /* read: the peer sent close_notify */
};

#define CN_TLS_READ_CHUNK 16384

typedef struct {
  SSL_CTX *ctx;
} sc_t;

typedef struct {
  SSL *ssl;
  BIO *rbio; /* ciphertext from the peer (owned by ssl) */
  BIO *wbio; /* ciphertext to the peer (owned by ssl) */
  bool server;
  bool want_sni;       /* server: pause at ClientHello so JS can pick a context */
  bool sni_resumed;    /* server: JS answered the pause */
  char *servername;    /* server: the SNI name the client sent */
  unsigned char *alpn; /* server: our protocols in wire format */
  size_t alpn_len;
  SSL_SESSION *new_session; /* client: newest session offered by the server */
  bool session_fresh;       /* new_session arrived since hasNewSession() last said so */
} conn_t;

static int conn_index = -1;

static JSClassRef sc_class(void);
static JSClassRef conn_class(void);

/* ---- small helpers ------------------------------------------------------------------------- */

typedef struct {
  const uint8_t *p;
  size_t len;
} bytes_t;

/* The bytes of a Uint8Array/Buffer/other view or an ArrayBuffer; len 0 for anything else. */
static bytes_t view_bytes(JSContextRef ctx, JSValueRef v) {
  bytes_t b = {NULL, 0};
  JSObjectRef o = cn_obj(ctx, v);
  if (!o) return b;
  JSTypedArrayType t = JSValueGetTypedArrayType(ctx, v, NULL);
  if (t == kJSTypedArrayTypeNone) return b;
  if (t == kJSTypedArrayTypeArrayBuffer) {
    b.p = JSObjectGetArrayBufferBytesPtr(ctx, o, NULL);
    b.len = JSObjectGetArrayBufferByteLength(ctx, o, NULL);
    return b;
  }
  uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, o, NULL);
  b.len = JSObjectGetTypedArrayByteLength(ctx, o, NULL);
  b.p = base ? base + JSObjectGetTypedArrayByteOffset(ctx, o, NULL) : NULL;
  return b;
}

static void free_bytes(void *bytes, void *unused) {
  (void)unused;
  free(bytes);
}

/* An ArrayBuffer that takes ownership of p (malloc'd). */
static JSValueRef make_ab(JSContextRef ctx, void *p, size_t n) {
  if (p == NULL) p = malloc(1);
  CN_CHECK(p != NULL);
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, p, n, free_bytes, NULL, NULL);
}

/* An ArrayBuffer holding a copy of n bytes. */
static JSValueRef copy_ab(JSContextRef ctx, const void *src, size_t n) {
  void *p = malloc(n ? n : 1);
  CN_CHECK(p != NULL);
  if (n) memcpy(p, src, n);
  return make_ab(ctx, p, n);
}

/* A memory BIO reading the bytes of a string or view argument. Caller frees. */
static BIO *arg_bio(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  if (JSValueIsString(ctx, v)) {
    size_t len;
    JSStringRef s = JSValueToStringCopy(ctx, v, exc);
    if (!s) return NULL;
    char *utf8 = cn_jsstr_to_utf8(s, &len);
    JSStringRelease(s);
    BIO *bio = BIO_new(BIO_s_mem());
    CN_CHECK(bio != NULL);
    BIO_write(bio, utf8, (int)len);
    free(utf8);
    return bio;
  }
  bytes_t b = view_bytes(ctx, v);
  BIO *bio = BIO_new(BIO_s_mem());
  CN_CHECK(bio != NULL);
  if (b.len) BIO_write(bio, b.p, (int)b.len);
  return bio;
}

/* Library names as they appear in Node's ERR_OSSL_<LIB>_<REASON> codes (SSL errors are
 * ERR_SSL_<REASON>). */
static const char *lib_short_name(int lib) {
  switch (lib) {
#define CN_LIB(name) \
  case ERR_LIB_##name: return #name;
    CN_LIB(SYS) CN_LIB(BN) CN_LIB(RSA) CN_LIB(DH) CN_LIB(EVP) CN_LIB(BUF) CN_LIB(OBJ)
    CN_LIB(PEM) CN_LIB(DSA) CN_LIB(X509) CN_LIB(ASN1) CN_LIB(CONF) CN_LIB(CRYPTO) CN_LIB(EC)
    CN_LIB(SSL) CN_LIB(BIO) CN_LIB(PKCS7) CN_LIB(X509V3) CN_LIB(PKCS12) CN_LIB(RAND) CN_LIB(DSO)
    CN_LIB(ENGINE) CN_LIB(OCSP) CN_LIB(UI) CN_LIB(COMP) CN_LIB(ECDSA) CN_LIB(ECDH)
    CN_LIB(OSSL_STORE) CN_LIB(FIPS) CN_LIB(CMS) CN_LIB(TS) CN_LIB(HMAC) CN_LIB(CT) CN_LIB(ASYNC)
    CN_LIB(KDF) CN_LIB(SM2)
#undef CN_LIB
  default: return NULL;
  }
}

/* The Error for OpenSSL error number e (0: `fallback` as message): message in OpenSSL's
 * "error:XXXXXXXX:lib:func:reason" form, own library, reason and code properties. */
static JSObjectRef ossl_error(JSContextRef ctx, unsigned long e, const char *fallback,
                              JSObjectRef stack) {
  char msg[512];
  if (e == 0) {
    snprintf(msg, sizeof msg, "%s", fallback);
  } else {
    ERR_error_string_n(e, msg, sizeof msg);
  }
  JSValueRef m = cn_str_value(ctx, msg);
  JSObjectRef err = JSObjectMakeError(ctx, 1, &m, NULL);
  if (e == 0) return err;
  if (stack) cn_set(ctx, err, "opensslErrorStack", stack);
  const char *lib = ERR_lib_error_string(e);
  const char *reason = ERR_reason_error_string(e);
  if (lib) cn_set_str(ctx, err, "library", lib);
  if (reason) cn_set_str(ctx, err, "reason", reason);
  const char *shortlib = lib_short_name(ERR_GET_LIB(e));
  if (reason) {
    char code[300];
    int n;
    if (shortlib && strcmp(shortlib, "SSL") == 0)
      n = snprintf(code, sizeof code, "ERR_SSL_%s", reason);
    else if (shortlib)
      n = snprintf(code, sizeof code, "ERR_OSSL_%s_%s", shortlib, reason);
    else
      n = snprintf(code, sizeof code, "ERR_OSSL_%s", reason);
    for (int i = 0; i < n && i < (int)sizeof code - 1; i++) {
      code[i] = (char)toupper((unsigned char)code[i]);
      if (code[i] == ' ') code[i] = '_';
    }
    cn_set_str(ctx, err, "code", code);
  }
  return err;
}

/* Takes the oldest queued OpenSSL error (the root cause, as Node reports it), clears the
 * queue and returns it as an Error; the later ones go to err.opensslErrorStack. */
static JSObjectRef take_ossl_error(JSContextRef ctx, const char *fallback) {
  unsigned long first = ERR_get_error(), cur;
  JSValueRef rest[16];
  size_t nrest = 0;
  while ((cur = ERR_get_error()) != 0) {
    if (nrest < CN_ARRAY_SIZE(rest)) {
      char msg[512];
      ERR_error_string_n(cur, msg, sizeof msg);
      rest[nrest++] = cn_str_value(ctx, msg);
    }
  }
  JSObjectRef err = ossl_error(ctx, first, fallback, nrest ? JSObjectMakeArray(ctx, nrest, rest, NULL) : NULL);
  return err;
}

static JSValueRef throw_ossl(JSContextRef ctx, JSValueRef *exc, const char *fallback) {
  *exc = take_ossl_error(ctx, fallback);
  return NULL;
}

/* ---- certificates as Node-shaped objects --------------------------------------------------- */

/* X509_NAME -> null-prototype object of short names; repeated names collect into arrays. */
static JSObjectRef name_to_js(JSContextRef ctx, const X509_NAME *name) {
  JSObjectRef out = JSObjectMake(ctx, NULL, NULL);
  JSObjectSetPrototype(ctx, out, JSValueMakeNull(ctx));
  int n = X509_NAME_entry_count(name);
  for (int i = 0; i < n; i++) {
    const X509_NAME_ENTRY *ent = X509_NAME_get_entry(name, i);
    const ASN1_OBJECT *obj = X509_NAME_ENTRY_get_object(ent);
    int nid = OBJ_obj2nid(obj);
    char key[128];
    if (nid != NID_undef && OBJ_nid2sn(nid)) {
      snprintf(key, sizeof key, "%s", OBJ_nid2sn(nid));
    } else {
      OBJ_obj2txt(key, sizeof key, obj, 1);
    }
    unsigned char *utf8 = NULL;
    int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(ent));
    if (len < 0) continue;
    JSValueRef val = cn_strn_value(ctx, (const char *)utf8, (size_t)len);
    OPENSSL_free(utf8);
    JSStringRef k = JSStringCreateWithUTF8CString(key);
    if (JSObjectHasProperty(ctx, out, k)) {
      JSValueRef prev = JSObjectGetProperty(ctx, out, k, NULL);
      if (JSValueIsArray(ctx, prev)) {
        JSObjectRef arr = (JSObjectRef)prev;
        unsigned alen = (unsigned)cn_num(ctx, cn_get(ctx, arr, "length"));
        JSObjectSetPropertyAtIndex(ctx, arr, alen, val, NULL);
      } else {
        JSValueRef items[2] = {prev, val};
        JSObjectSetProperty(ctx, out, k, JSObjectMakeArray(ctx, 2, items, NULL), 0, NULL);
      }
    } else {
      JSObjectSetProperty(ctx, out, k, val, 0, NULL);
    }
    JSStringRelease(k);
  }
  return out;
}

/* Growable string buffer. */
typedef struct {
  char *p;
  size_t len, cap;
} sbuf_t;

static void sb_add(sbuf_t *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    b->cap = (b->len + n + 1) * 2;
    b->p = realloc(b->p, b->cap);
    CN_CHECK(b->p != NULL);
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = 0;
}

static void sb_str(sbuf_t *b, const char *s) { sb_add(b, s, strlen(s)); }

/* Appends an IA5 value; values containing separators or quotes are JSON-quoted, as Node does
 * so that "DNS:a, DNS:b" cannot be forged by a name containing ", ". */
static void sb_name_value(sbuf_t *b, const unsigned char *s, int n) {
  bool plain = true;
  for (int i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c == ',' || c == ':' || c == '"' || c == '\\' || c < 0x20 || c > 0x7e) plain = false;
  }
  if (plain) {
    sb_add(b, (const char *)s, (size_t)n);
    return;
  }
  sb_str(b, "\"");
  for (int i = 0; i < n; i++) {
    unsigned char c = s[i];
    char esc[8];
    if (c == '"' || c == '\\') {
      esc[0] = '\\';
      esc[1] = (char)c;
      sb_add(b, esc, 2);
    } else if (c < 0x20 || c == 0x7f) {
      snprintf(esc, sizeof esc, "\\u%04x", c);
      sb_str(b, esc);
    } else {
      sb_add(b, (const char *)&c, 1);
    }
  }
  sb_str(b, "\"");
}

/* subjectAltName as Node prints it: "DNS:a, IP Address:1.2.3.4, email:x, URI:u". */
static char *san_string(X509 *cert) {
  GENERAL_NAMES *names = X509_get_ext_d2i(cert, NID_subject_alt_name, NULL, NULL);
  if (!names) return NULL;
  sbuf_t b = {0};
  sb_str(&b, "");
  for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
    const GENERAL_NAME *gn = sk_GENERAL_NAME_value(names, i);
    if (b.len) sb_str(&b, ", ");
    switch (gn->type) {
    case GEN_DNS:
      sb_str(&b, "DNS:");
      sb_name_value(&b, ASN1_STRING_get0_data(gn->d.dNSName), ASN1_STRING_length(gn->d.dNSName));
      break;
    case GEN_EMAIL:
      sb_str(&b, "email:");
      sb_name_value(&b, ASN1_STRING_get0_data(gn->d.rfc822Name),
                    ASN1_STRING_length(gn->d.rfc822Name));
      break;
    case GEN_URI:
      sb_str(&b, "URI:");
      sb_name_value(&b, ASN1_STRING_get0_data(gn->d.uniformResourceIdentifier),
                    ASN1_STRING_length(gn->d.uniformResourceIdentifier));
      break;
    case GEN_IPADD: {
      const unsigned char *ip = ASN1_STRING_get0_data(gn->d.iPAddress);
      int n = ASN1_STRING_length(gn->d.iPAddress);
      char txt[64];
      if (n == 4) {
        snprintf(txt, sizeof txt, "%d.%d.%d.%d", ip[0], ip[1], ip[2], ip[3]);
      } else if (n == 16) {
        int k = 0;
        for (int j = 0; j < 16; j += 2)
          k += snprintf(txt + k, sizeof txt - (size_t)k, j ? ":%X" : "%X", (ip[j] << 8) | ip[j + 1]);
      } else {
        snprintf(txt, sizeof txt, "<invalid>");
      }
      sb_str(&b, "IP Address:");
      sb_str(&b, txt);
      break;
    }
    case GEN_DIRNAME: {
      char *line = X509_NAME_oneline(gn->d.directoryName, NULL, 0);
      sb_str(&b, "DirName:");
      sb_str(&b, line ? line : "");
      OPENSSL_free(line);
      break;
    }
    case GEN_RID: {
      char oid[128];
      OBJ_obj2txt(oid, sizeof oid, gn->d.registeredID, 1);
      sb_str(&b, "Registered ID:");
      sb_str(&b, oid);
      break;
    }
    default:
      sb_str(&b, "othername:<unsupported>");
      break;
    }
  }
  GENERAL_NAMES_free(names);
  return b.p;
}

/* infoAccess: { "OCSP - URI": [...], "CA Issuers - URI": [...] } or NULL when absent. */
static JSObjectRef info_access_to_js(JSContextRef ctx, X509 *cert) {
  AUTHORITY_INFO_ACCESS *aia = X509_get_ext_d2i(cert, NID_info_access, NULL, NULL);
  if (!aia) return NULL;
  JSObjectRef out = JSObjectMake(ctx, NULL, NULL);
  JSObjectSetPrototype(ctx, out, JSValueMakeNull(ctx));
  for (int i = 0; i < sk_ACCESS_DESCRIPTION_num(aia); i++) {
    ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(aia, i);
    if (ad->location->type != GEN_URI) continue;
    char method[128];
    int nid = OBJ_obj2nid(ad->method);
    if (nid != NID_undef)
      snprintf(method, sizeof method, "%s - URI", OBJ_nid2ln(nid));
    else {
      OBJ_obj2txt(method, sizeof method, ad->method, 1);
      strncat(method, " - URI", sizeof method - strlen(method) - 1);
    }
    const ASN1_IA5STRING *u = ad->location->d.uniformResourceIdentifier;
    JSValueRef val = cn_strn_value(ctx, (const char *)ASN1_STRING_get0_data(u),
                                   (size_t)ASN1_STRING_length(u));
    JSObjectRef arr = cn_obj(ctx, cn_get(ctx, out, method));
    if (!arr) {
      arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
      cn_set(ctx, out, method, arr);
    }
    unsigned alen = (unsigned)cn_num(ctx, cn_get(ctx, arr, "length"));
    JSObjectSetPropertyAtIndex(ctx, arr, alen, val, NULL);
  }
  AUTHORITY_INFO_ACCESS_free(aia);
  return out;
}

static void set_time(JSContextRef ctx, JSObjectRef out, const char *key, const ASN1_TIME *t) {
  BIO *bio = BIO_new(BIO_s_mem());
  CN_CHECK(bio != NULL);
  ASN1_TIME_print(bio, t);
  char *p;
  long n = BIO_get_mem_data(bio, &p);
  cn_set(ctx, out, key, cn_strn_value(ctx, p, (size_t)n));
  BIO_free(bio);
}

static void set_fingerprint(JSContextRef ctx, JSObjectRef out, const char *key, X509 *cert,
                            const EVP_MD *md) {
  unsigned char d[EVP_MAX_MD_SIZE];
  unsigned n = 0;
  if (!X509_digest(cert, md, d, &n)) return;
  char hex[EVP_MAX_MD_SIZE * 3 + 1];
  static const char digits[] = "0123456789ABCDEF";
  size_t k = 0;
  for (unsigned i = 0; i < n; i++) {
    if (i) hex[k++] = ':';
    hex[k++] = digits[d[i] >> 4];
    hex[k++] = digits[d[i] & 15];
  }
  hex[k] = 0;
  cn_set_str(ctx, out, key, hex);
}

/* Hex of a BIGNUM without leading zeros, upper case ("0" for zero). */
static void set_bn_hex(JSContextRef ctx, JSObjectRef out, const char *key, const BIGNUM *bn) {
  char *hex = BN_bn2hex(bn);
  if (!hex) return;
  const char *p = hex;
  while (p[0] == '0' && p[1]) p++;
  cn_set_str(ctx, out, key, p);
  OPENSSL_free(hex);
}

/* The object getPeerCertificate() returns for one certificate (without issuerCertificate);
 * raw and pubkey are ArrayBuffers that lib/ turns into Buffers. */
static JSObjectRef cert_to_js(JSContextRef ctx, X509 *cert) {
  JSObjectRef out = JSObjectMake(ctx, NULL, NULL);
  cn_set(ctx, out, "subject", name_to_js(ctx, X509_get_subject_name(cert)));
  cn_set(ctx, out, "issuer", name_to_js(ctx, X509_get_issuer_name(cert)));
  char *san = san_string(cert);
  if (san) {
    cn_set_str(ctx, out, "subjectaltname", san);
    free(san);
  }
  JSObjectRef aia = info_access_to_js(ctx, cert);
  if (aia) cn_set(ctx, out, "infoAccess", aia);
  cn_set(ctx, out, "ca", JSValueMakeBoolean(ctx, X509_check_ca(cert) == 1));

  EVP_PKEY *pkey = X509_get0_pubkey(cert);
  if (pkey && EVP_PKEY_base_id(pkey) == EVP_PKEY_RSA) {
    BIGNUM *n = NULL, *e = NULL;
    EVP_PKEY_get_bn_param(pkey, "n", &n);
    EVP_PKEY_get_bn_param(pkey, "e", &e);
    if (n) set_bn_hex(ctx, out, "modulus", n);
    cn_set_num(ctx, out, "bits", EVP_PKEY_get_bits(pkey));
    if (e) {
      char *hex = BN_bn2hex(e);
      const char *p = hex;
      while (p[0] == '0' && p[1]) p++;
      char buf[64];
      /* Node prints the exponent in lower-case hex with a 0x prefix. */
      snprintf(buf, sizeof buf, "0x%s", p);
      for (char *q = buf + 2; *q; q++) *q = (char)tolower((unsigned char)*q);
      cn_set_str(ctx, out, "exponent", buf);
      OPENSSL_free(hex);
    }
    unsigned char *der = NULL;
    int len = i2d_PUBKEY(pkey, &der);
    if (len > 0) {
      cn_set(ctx, out, "pubkey", copy_ab(ctx, der, (size_t)len));
      OPENSSL_free(der);
    }
    BN_free(n);
    BN_free(e);
  } else if (pkey && EVP_PKEY_base_id(pkey) == EVP_PKEY_EC) {
    cn_set_num(ctx, out, "bits", EVP_PKEY_get_bits(pkey));
    unsigned char pt[256];
    size_t ptlen = 0;
    if (EVP_PKEY_get_octet_string_param(pkey, "encoded-pub-key", pt, sizeof pt, &ptlen))
      cn_set(ctx, out, "pubkey", copy_ab(ctx, pt, ptlen));
    char group[80];
    size_t glen = 0;
    if (EVP_PKEY_get_utf8_string_param(pkey, "group", group, sizeof group, &glen)) {
      int nid = OBJ_txt2nid(group);
      if (nid == NID_undef) nid = EC_curve_nist2nid(group);
      if (nid != NID_undef) {
        cn_set_str(ctx, out, "asn1Curve", OBJ_nid2sn(nid));
        const char *nist = EC_curve_nid2nist(nid);
        if (nist) cn_set_str(ctx, out, "nistCurve", nist);
      }
    }
  }
  set_time(ctx, out, "valid_from", X509_get0_notBefore(cert));
  set_time(ctx, out, "valid_to", X509_get0_notAfter(cert));
  set_fingerprint(ctx, out, "fingerprint", cert, EVP_sha1());
  set_fingerprint(ctx, out, "fingerprint256", cert, EVP_sha256());
  set_fingerprint(ctx, out, "fingerprint512", cert, EVP_sha512());

  EXTENDED_KEY_USAGE *eku = X509_get_ext_d2i(cert, NID_ext_key_usage, NULL, NULL);
  if (eku) {
    JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
    for (int i = 0; i < sk_ASN1_OBJECT_num(eku); i++) {
      char oid[128];
      OBJ_obj2txt(oid, sizeof oid, sk_ASN1_OBJECT_value(eku, i), 1);
      JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, cn_str_value(ctx, oid), NULL);
    }
    cn_set(ctx, out, "ext_key_usage", arr);
    EXTENDED_KEY_USAGE_free(eku);
  }
  BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), NULL);
  if (serial) {
    set_bn_hex(ctx, out, "serialNumber", serial);
    BN_free(serial);
  }
  unsigned char *der = NULL;
  int len = i2d_X509(cert, &der);
  if (len > 0) {
    cn_set(ctx, out, "raw", copy_ab(ctx, der, (size_t)len));
    OPENSSL_free(der);
  }
  return out;
}

/* ---- verification error names -------------------------------------------------------------- */

static const char *verify_code_name(long code) {
  switch (code) {
#define CN_V(name) \
  case X509_V_ERR_##name: return #name;
    CN_V(UNABLE_TO_GET_ISSUER_CERT) CN_V(UNABLE_TO_GET_CRL) CN_V(UNABLE_TO_DECRYPT_CERT_SIGNATURE)
    CN_V(UNABLE_TO_DECRYPT_CRL_SIGNATURE) CN_V(UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY)
    CN_V(CERT_SIGNATURE_FAILURE) CN_V(CRL_SIGNATURE_FAILURE) CN_V(CERT_NOT_YET_VALID)
    CN_V(CERT_HAS_EXPIRED) CN_V(CRL_NOT_YET_VALID) CN_V(CRL_HAS_EXPIRED)
    CN_V(ERROR_IN_CERT_NOT_BEFORE_FIELD) CN_V(ERROR_IN_CERT_NOT_AFTER_FIELD)
    CN_V(ERROR_IN_CRL_LAST_UPDATE_FIELD) CN_V(ERROR_IN_CRL_NEXT_UPDATE_FIELD) CN_V(OUT_OF_MEM)
    CN_V(DEPTH_ZERO_SELF_SIGNED_CERT) CN_V(SELF_SIGNED_CERT_IN_CHAIN)
    CN_V(UNABLE_TO_GET_ISSUER_CERT_LOCALLY) CN_V(UNABLE_TO_VERIFY_LEAF_SIGNATURE)
    CN_V(CERT_CHAIN_TOO_LONG) CN_V(CERT_REVOKED) CN_V(INVALID_CA) CN_V(PATH_LENGTH_EXCEEDED)
    CN_V(INVALID_PURPOSE) CN_V(CERT_UNTRUSTED) CN_V(CERT_REJECTED) CN_V(HOSTNAME_MISMATCH)
#undef CN_V
  default: return "UNSPECIFIED";
  }
}

/* ---- SecureContext ------------------------------------------------------------------------- */

static void sc_finalize(JSObjectRef obj) {
  sc_t *sc = JSObjectGetPrivate(obj);
  if (!sc) return;
  if (sc->ctx) SSL_CTX_free(sc->ctx);
  free(sc);
}

static sc_t *sc_from(JSContextRef ctx, JSObjectRef self) {
  CN_CHECK(self && JSValueIsObjectOfClass(ctx, self, sc_class()));
  sc_t *sc = JSObjectGetPrivate(self);
  CN_CHECK(sc != NULL);
  return sc;
}

#define CN_SC_SELF()                                                                   \
  sc_t *sc = sc_from(ctx, self);                                                       \
  CN_CHECK(sc->ctx != NULL)

static JSObjectRef js_sc_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                   const JSValueRef argv[], JSValueRef *exc) {
  sc_t *sc = calloc(1, sizeof *sc);
  CN_CHECK(sc != NULL);
  return JSObjectMake(ctx, sc_class(), sc);
}

static conn_t *conn_of(SSL *ssl) { return SSL_get_ex_data(ssl, conn_index); }

/* Verification never fails the handshake itself: lib/ reads the result afterwards and decides
 * (rejectUnauthorized), as Node does. */
static int on_verify(int ok, X509_STORE_CTX *store) {
  (void)ok;
  (void)store;
  return 1;
}

/* Server ALPN: the first of our protocols the client also offers; no overlap is fatal. */
static int on_alpn_select(SSL *ssl, const unsigned char **out, unsigned char *outlen,
                          const unsigned char *in, unsigned inlen, void *arg) {
  conn_t *c = conn_of(ssl);
  if (!c || !c->alpn) return SSL_TLSEXT_ERR_NOACK;
  for (size_t i = 0; i < c->alpn_len; i += 1u + c->alpn[i]) {
    unsigned char len = c->alpn[i];
    for (unsigned j = 0; j < inlen; j += 1u + in[j]) {
      if (in[j] == len && j + 1u + len <= inlen && memcmp(in + j + 1, c->alpn + i + 1, len) == 0) {
        *out = in + j + 1;
        *outlen = len;
        return SSL_TLSEXT_ERR_OK;
      }
    }
  }
  return SSL_TLSEXT_ERR_ALERT_FATAL;
}

/* Server: records the SNI name; when lib/ has an SNICallback, pauses the handshake once so
 * JS can swap the context. */
static int on_client_hello(SSL *ssl, int *alert, void *arg) {
  conn_t *c = conn_of(ssl);
  if (!c) return SSL_CLIENT_HELLO_SUCCESS;
  if (c->sni_resumed) return SSL_CLIENT_HELLO_SUCCESS;
  const unsigned char *p;
  size_t len;
  free(c->servername);
  c->servername = NULL;
  /* server_name extension: list length(2) type(1)=host_name length(2) name */
  if (SSL_client_hello_get0_ext(ssl, TLSEXT_TYPE_server_name, &p, &len) && len > 5 &&
      p[2] == TLSEXT_NAMETYPE_host_name) {
    size_t nlen = ((size_t)p[3] << 8) | p[4];
    if (nlen + 5 <= len) {
      c->servername = malloc(nlen + 1);
      CN_CHECK(c->servername != NULL);
      memcpy(c->servername, p + 5, nlen);
      c->servername[nlen] = 0;
    }
  }
  if (c->want_sni) return SSL_CLIENT_HELLO_RETRY;
  return SSL_CLIENT_HELLO_SUCCESS;
}

/* Client: keeps the newest session (TLS 1.3 sends them after the handshake). */
static int on_new_session(SSL *ssl, SSL_SESSION *sess) {
  conn_t *c = conn_of(ssl);
  if (!c) return 0;
  if (c->new_session) SSL_SESSION_free(c->new_session);
  c->new_session = sess;
  c->session_fresh = true;
  return 1; /* we keep the reference */
}

/* init(minVersion, maxVersion): versions as TLS1_VERSION.. numbers, 0 for no bound. */
CN_FN(js_sc_init) {
  sc_t *sc = sc_from(ctx, self);
  CN_CHECK(sc->ctx == NULL);
  SSL_CTX *c = SSL_CTX_new(TLS_method());
  if (!c) return throw_ossl(ctx, exc, "SSL_CTX_new failed");
  sc->ctx = c;
  SSL_CTX_set_options(c, SSL_OP_NO_COMPRESSION | SSL_OP_CIPHER_SERVER_PREFERENCE);
  SSL_CTX_set_mode(c, SSL_MODE_RELEASE_BUFFERS | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
  SSL_CTX_set_verify(c, SSL_VERIFY_NONE, on_verify);
  SSL_CTX_set_alpn_select_cb(c, on_alpn_select, NULL);
  SSL_CTX_set_client_hello_cb(c, on_client_hello, NULL);
  SSL_CTX_set_session_cache_mode(c, SSL_SESS_CACHE_CLIENT | SSL_SESS_CACHE_SERVER);
  SSL_CTX_sess_set_new_cb(c, on_new_session);
  /* A session id context is required to resume sessions with client certificates. */
  static const unsigned char sid[] = "cnode";
  SSL_CTX_set_session_id_context(c, sid, sizeof sid - 1);
  int min = (int)cn_num(ctx, CN_ARG(0)), max = (int)cn_num(ctx, CN_ARG(1));
  if (min > 0) SSL_CTX_set_min_proto_version(c, min);
  if (max > 0) SSL_CTX_set_max_proto_version(c, max);
  /* Node permits TLSv1/1.1 when asked for; OpenSSL 3's default security level forbids them. */
  if (min > 0 && min < TLS1_2_VERSION) SSL_CTX_set_security_level(c, 0);
  return JSValueMakeUndefined(ctx);
}

typedef struct {
  char *pass;
} pass_t;

static int on_password(char *buf, int size, int rwflag, void *u) {
  pass_t *p = u;
  if (!p || !p->pass) return -1;
  int n = (int)strlen(p->pass);
  if (n > size) n = size;
  memcpy(buf, p->pass, (size_t)n);
  return n;
}

/* setKey(pem, passphrase?) */
CN_FN(js_sc_set_key) {
  CN_SC_SELF();
  BIO *bio = arg_bio(ctx, CN_ARG(0), exc);
  if (!bio) return NULL;
  pass_t pass = {NULL};
  if (JSValueIsString(ctx, CN_ARG(1))) pass.pass = cn_to_cstr(ctx, argv[1], exc);
  ERR_clear_error();
  EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, NULL, on_password, &pass);
  free(pass.pass);
  BIO_free(bio);
  if (!key) return throw_ossl(ctx, exc, "Failed to read private key");
  int ok = SSL_CTX_use_PrivateKey(sc->ctx, key);
  EVP_PKEY_free(key);
  if (!ok) return throw_ossl(ctx, exc, "Failed to use private key");
  return JSValueMakeUndefined(ctx);
}

/* setCert(pem): the first certificate is ours, the rest its chain. */
CN_FN(js_sc_set_cert) {
  CN_SC_SELF();
  BIO *bio = arg_bio(ctx, CN_ARG(0), exc);
  if (!bio) return NULL;
  ERR_clear_error();
  X509 *cert = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL);
  if (!cert) {
    BIO_free(bio);
    return throw_ossl(ctx, exc, "Failed to read certificate");
  }
  int ok = SSL_CTX_use_certificate(sc->ctx, cert);
  X509_free(cert);
  if (!ok) {
    BIO_free(bio);
    return throw_ossl(ctx, exc, "Failed to use certificate");
  }
  SSL_CTX_clear_chain_certs(sc->ctx);
  X509 *extra;
  while ((extra = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
    if (!SSL_CTX_add0_chain_cert(sc->ctx, extra)) X509_free(extra);
  }
  ERR_clear_error(); /* the loop ends on "no start line" */
  BIO_free(bio);
  return JSValueMakeUndefined(ctx);
}

/* addCACert(pem): trusts every certificate in it (and offers them as acceptable client CAs). */
CN_FN(js_sc_add_ca_cert) {
  CN_SC_SELF();
  BIO *bio = arg_bio(ctx, CN_ARG(0), exc);
  if (!bio) return NULL;
  X509_STORE *store = SSL_CTX_get_cert_store(sc->ctx);
  X509 *cert;
  ERR_clear_error();
  while ((cert = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL)) != NULL) {
    X509_STORE_add_cert(store, cert);
    SSL_CTX_add_client_CA(sc->ctx, cert);
    X509_free(cert);
  }
  BIO_free(bio);
  /* Text that holds no certificate is ignored, as Node does. */
  ERR_clear_error();
  return JSValueMakeUndefined(ctx);
}

/* addRootCerts(): the system trust store. */
CN_FN(js_sc_add_root_certs) {
  CN_SC_SELF();
  SSL_CTX_set_default_verify_paths(sc->ctx);
  ERR_clear_error();
  return JSValueMakeUndefined(ctx);
}

/* setCiphers(list): TLS 1.3 suites (TLS_*) and TLS <= 1.2 cipher strings, as one list. */
CN_FN(js_sc_set_ciphers) {
  CN_SC_SELF();
  char *list = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!list) return NULL;
  sbuf_t v12 = {0}, v13 = {0};
  sb_str(&v12, "");
  sb_str(&v13, "");
  char *save = NULL;
  for (char *tok = strtok_r(list, ":", &save); tok; tok = strtok_r(NULL, ":", &save)) {
    sbuf_t *b = strncmp(tok, "TLS_", 4) == 0 ? &v13 : &v12;
    if (b->len) sb_str(b, ":");
    sb_str(b, tok);
  }
  free(list);
  ERR_clear_error();
  int ok = 1;
  /* An empty TLS 1.2 list is allowed as long as TLS 1.3 suites remain (and vice versa). */
  if (v12.len == 0) {
    SSL_CTX_set_cipher_list(sc->ctx, "");
    ERR_clear_error();
  } else {
    ok = SSL_CTX_set_cipher_list(sc->ctx, v12.p);
  }
  if (ok && v13.len) ok = SSL_CTX_set_ciphersuites(sc->ctx, v13.p);
  if (ok && v13.len == 0 && v12.len) {
    /* Node keeps the default TLS 1.3 suites when only TLS 1.2 names are given. */
  }
  if (!ok && v12.len == 0 && v13.len == 0) ok = 0;
  free(v12.p);
  free(v13.p);
  if (!ok) return throw_ossl(ctx, exc, "Failed to set ciphers");
  return JSValueMakeUndefined(ctx);
}

/* setECDHCurve(list): "auto" keeps OpenSSL's defaults. */
CN_FN(js_sc_set_ecdh_curve) {
  CN_SC_SELF();
  char *curve = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!curve) return NULL;
  int ok = strcmp(curve, "auto") == 0 ? 1 : SSL_CTX_set1_groups_list(sc->ctx, curve);
  free(curve);
  if (!ok) return throw_ossl(ctx, exc, "Failed to set ECDH curve");
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_sc_set_session_id_context) {
  CN_SC_SELF();
  char *s = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!s) return NULL;
  unsigned char md[SHA_DIGEST_LENGTH];
  size_t n = strlen(s);
  const unsigned char *p = (const unsigned char *)s;
  if (n > SSL_MAX_SID_CTX_LENGTH) { /* long contexts are hashed, as they must fit 32 bytes */
    SHA1(p, n, md);
    p = md;
    n = sizeof md;
  }
  int ok = SSL_CTX_set_session_id_context(sc->ctx, p, (unsigned)n);
  free(s);
  if (!ok) return throw_ossl(ctx, exc, "Failed to set session id context");
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_sc_set_session_timeout) {
  CN_SC_SELF();
  SSL_CTX_set_timeout(sc->ctx, (long)cn_num(ctx, CN_ARG(0)));
  return JSValueMakeUndefined(ctx);
}

/* setTicketsEnabled(bool) */
CN_FN(js_sc_set_tickets) {
  CN_SC_SELF();
  if (JSValueToBoolean(ctx, CN_ARG(0)))
    SSL_CTX_clear_options(sc->ctx, SSL_OP_NO_TICKET);
  else
    SSL_CTX_set_options(sc->ctx, SSL_OP_NO_TICKET);
  return JSValueMakeUndefined(ctx);
}

/* loadPKCS12(der, passphrase?): key, certificate and its chain (the chain also trusted). */
CN_FN(js_sc_load_pkcs12) {
  CN_SC_SELF();
  BIO *bio = arg_bio(ctx, CN_ARG(0), exc);
  if (!bio) return NULL;
  char *pass = JSValueIsString(ctx, CN_ARG(1)) ? cn_to_cstr(ctx, argv[1], exc) : NULL;
  ERR_clear_error();
  PKCS12 *p12 = d2i_PKCS12_bio(bio, NULL);
  BIO_free(bio);
  EVP_PKEY *key = NULL;
  X509 *cert = NULL;
  STACK_OF(X509) *extra = NULL;
  int ok = p12 && PKCS12_parse(p12, pass ? pass : "", &key, &cert, &extra);
  free(pass);
  if (p12) PKCS12_free(p12);
  if (!ok) {
    unsigned long e = ERR_peek_last_error();
    ERR_clear_error();
    if (ERR_GET_REASON(e) == PKCS12_R_MAC_VERIFY_FAILURE) {
      JSValueRef m = cn_str_value(ctx, "mac verify failure");
      *exc = JSObjectMakeError(ctx, 1, &m, NULL);
      return NULL;
    }
    *exc = ossl_error(ctx, e, "Unable to load PFX certificate", NULL);
    return NULL;
  }
  ok = cert && key && SSL_CTX_use_certificate(sc->ctx, cert) &&
       SSL_CTX_use_PrivateKey(sc->ctx, key);
  for (int i = 0; ok && extra && i < sk_X509_num(extra); i++) {
    X509 *x = sk_X509_value(extra, i);
    X509_STORE_add_cert(SSL_CTX_get_cert_store(sc->ctx), x);
    SSL_CTX_add_client_CA(sc->ctx, x);
    X509_up_ref(x);
    if (!SSL_CTX_add0_chain_cert(sc->ctx, x)) X509_free(x);
  }
  X509_free(cert);
  EVP_PKEY_free(key);
  sk_X509_pop_free(extra, X509_free);
  if (!ok) return throw_ossl(ctx, exc, "Unable to load PFX certificate");
  return JSValueMakeUndefined(ctx);
}

/* getCertificate(): our own certificate as a Node-shaped object, or null. */
CN_FN(js_sc_get_certificate) {
  CN_SC_SELF();
  X509 *cert = SSL_CTX_get0_certificate(sc->ctx);
  return cert ? cert_to_js(ctx, cert) : JSValueMakeNull(ctx);
}

/* ---- TLSWrap ------------------------------------------------------------------------------- */

static void conn_free_ssl(conn_t *c) {
  if (c->ssl) {
    SSL_set_ex_data(c->ssl, conn_index, NULL);
    SSL_free(c->ssl);
    c->ssl = NULL;
  }
  if (c->new_session) {
    SSL_SESSION_free(c->new_session);
    c->new_session = NULL;
  }
  free(c->servername);
  c->servername = NULL;
  free(c->alpn);
  c->alpn = NULL;
}

static void conn_finalize(JSObjectRef obj) {
  conn_t *c = JSObjectGetPrivate(obj);
  if (!c) return;
  conn_free_ssl(c);
  free(c);
}

/* new TLSWrap(secureContext, isServer) */
static JSObjectRef js_conn_construct(JSContextRef ctx, JSObjectRef ctor, size_t argc,
                                     const JSValueRef argv[], JSValueRef *exc) {
  JSObjectRef sco = cn_obj(ctx, CN_ARG(0));
  sc_t *sc = sc_from(ctx, sco);
  CN_CHECK(sc->ctx != NULL);
  conn_t *c = calloc(1, sizeof *c);
  CN_CHECK(c != NULL);
  c->server = JSValueToBoolean(ctx, CN_ARG(1));
  c->ssl = SSL_new(sc->ctx);
  if (!c->ssl) {
    free(c);
    *exc = take_ossl_error(ctx, "SSL_new failed");
    return NULL;
  }
  c->rbio = BIO_new(BIO_s_mem());
  c->wbio = BIO_new(BIO_s_mem());
  CN_CHECK(c->rbio && c->wbio);
  /* An empty read BIO means "want more", not EOF. */
  BIO_set_mem_eof_return(c->rbio, -1);
  SSL_set_bio(c->ssl, c->rbio, c->wbio);
  SSL_set_ex_data(c->ssl, conn_index, c);
  if (c->server)
    SSL_set_accept_state(c->ssl);
  else
    SSL_set_connect_state(c->ssl);
  return JSObjectMake(ctx, conn_class(), c);
}

static conn_t *conn_from(JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
  conn_t *c = self && JSValueIsObjectOfClass(ctx, self, conn_class()) ? JSObjectGetPrivate(self)
                                                                      : NULL;
  if (!c || !c->ssl) {
    JSValueRef msg = cn_str_value(ctx, c ? "TLS connection is closed" : "Illegal invocation");
    *exc = JSObjectMakeError(ctx, 1, &msg, NULL);
    return NULL;
  }
  return c;
}

#define CN_CONN_SELF()                                                                 \
  conn_t *c = conn_from(ctx, self, exc);                                               \
  if (!c) return NULL

/* The error for a failed SSL call (ret <= 0), or NULL when it only wants more input. */
static JSObjectRef ssl_failure(JSContextRef ctx, conn_t *c, int ret, int *status) {
  int e = SSL_get_error(c->ssl, ret);
  switch (e) {
  case SSL_ERROR_WANT_READ:
  case SSL_ERROR_WANT_WRITE:
    *status = CN_TLS_WANT_IO;
    return NULL;
  case SSL_ERROR_WANT_CLIENT_HELLO_CB:
    *status = CN_TLS_WANT_SNI;
    return NULL;
  case SSL_ERROR_ZERO_RETURN:
    *status = CN_TLS_EOF;
    return NULL;
  default:
    return take_ossl_error(ctx, e == SSL_ERROR_SYSCALL ? "socket hang up" : "TLS error");
  }
}

/* feed(bytes): ciphertext received from the peer. */
CN_FN(js_conn_feed) {
  CN_CONN_SELF();
  bytes_t b = view_bytes(ctx, CN_ARG(0));
  if (b.len) BIO_write(c->rbio, b.p, (int)b.len);
  return JSValueMakeUndefined(ctx);
}

/* handshake(): 0 wants more input, 1 done, 2 (server) paused for SNI; throws the TLS error. */
CN_FN(js_conn_handshake) {
  CN_CONN_SELF();
  ERR_clear_error();
  int ret = SSL_do_handshake(c->ssl);
  if (ret == 1) return JSValueMakeNumber(ctx, CN_TLS_DONE);
  int status = CN_TLS_WANT_IO;
  JSObjectRef err = ssl_failure(ctx, c, ret, &status);
  if (err) {
    *exc = err;
    return NULL;
  }
  return JSValueMakeNumber(ctx, status == CN_TLS_EOF ? CN_TLS_WANT_IO : status);
}

/* read(): an ArrayBuffer of cleartext, 0 when more input is needed, 3 on close_notify;
 * throws the TLS error. Drains up to 64 KiB per call. */
CN_FN(js_conn_read) {
  CN_CONN_SELF();
  size_t cap = CN_TLS_READ_CHUNK * 4, total = 0;
  char *buf = malloc(cap);
  CN_CHECK(buf != NULL);
  int status = CN_TLS_WANT_IO;
  JSObjectRef err = NULL;
  ERR_clear_error();
  while (total < cap) {
    size_t got = 0;
    int ret = SSL_read_ex(c->ssl, buf + total, cap - total, &got);
    if (ret == 1) {
      total += got;
      continue;
    }
    err = ssl_failure(ctx, c, 0, &status);
    break;
  }
  if (total > 0) return make_ab(ctx, buf, total); /* report EOF/errors on the next call */
  free(buf);
  if (err) {
    *exc = err;
    return NULL;
  }
  return JSValueMakeNumber(ctx, status == CN_TLS_EOF ? CN_TLS_EOF : CN_TLS_WANT_IO);
}

/* write(bytes): encrypts all of it (memory BIOs never block); returns the byte count. */
CN_FN(js_conn_write) {
  CN_CONN_SELF();
  bytes_t b = view_bytes(ctx, CN_ARG(0));
  if (b.len == 0) return JSValueMakeNumber(ctx, 0);
  ERR_clear_error();
  size_t done = 0;
  while (done < b.len) {
    size_t n = 0;
    int ret = SSL_write_ex(c->ssl, b.p + done, b.len - done, &n);
    if (ret != 1) {
      int status;
      JSObjectRef err = ssl_failure(ctx, c, 0, &status);
      if (!err) {
        JSValueRef m = cn_str_value(ctx, "TLS write before the handshake finished");
        err = JSObjectMakeError(ctx, 1, &m, NULL);
      }
      *exc = err;
      return NULL;
    }
    done += n;
  }
  return JSValueMakeNumber(ctx, (double)done);
}

/* takeOutput(): the ciphertext waiting to be sent as an ArrayBuffer, or null. */
CN_FN(js_conn_take_output) {
  conn_t *c = self ? JSObjectGetPrivate(self) : NULL;
  if (!c || !c->ssl) return JSValueMakeNull(ctx);
  size_t n = BIO_ctrl_pending(c->wbio);
  if (n == 0) return JSValueMakeNull(ctx);
  char *p = malloc(n);
  CN_CHECK(p != NULL);
  int got = BIO_read(c->wbio, p, (int)n);
  CN_CHECK(got == (int)n);
  return make_ab(ctx, p, n);
}

/* shutdown(): queues our close_notify. */
CN_FN(js_conn_shutdown) {
  CN_CONN_SELF();
  ERR_clear_error();
  if (SSL_is_init_finished(c->ssl)) SSL_shutdown(c->ssl);
  ERR_clear_error();
  return JSValueMakeUndefined(ctx);
}

/* destroy(): frees the SSL now; later calls throw "closed" (takeOutput returns null). */
CN_FN(js_conn_destroy) {
  conn_t *c = self ? JSObjectGetPrivate(self) : NULL;
  if (c) conn_free_ssl(c);
  return JSValueMakeUndefined(ctx);
}

/* setServername(name): client SNI. */
CN_FN(js_conn_set_servername) {
  CN_CONN_SELF();
  char *name = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!name) return NULL;
  SSL_set_tlsext_host_name(c->ssl, name);
  free(name);
  return JSValueMakeUndefined(ctx);
}

/* getServername(): the SNI name (server: as received; client: as sent), or false. */
CN_FN(js_conn_get_servername) {
  CN_CONN_SELF();
  const char *name = c->server ? c->servername : SSL_get_servername(c->ssl, TLSEXT_NAMETYPE_host_name);
  return name ? cn_str_value(ctx, name) : JSValueMakeBoolean(ctx, false);
}

/* setALPNProtocols(wireBytes) */
CN_FN(js_conn_set_alpn) {
  CN_CONN_SELF();
  bytes_t b = view_bytes(ctx, CN_ARG(0));
  if (c->server) {
    free(c->alpn);
    c->alpn = malloc(b.len ? b.len : 1);
    CN_CHECK(c->alpn != NULL);
    if (b.len) memcpy(c->alpn, b.p, b.len);
    c->alpn_len = b.len;
  } else {
    SSL_set_alpn_protos(c->ssl, b.p, (unsigned)b.len);
  }
  return JSValueMakeUndefined(ctx);
}

/* getALPNProtocol(): the negotiated protocol, or false. */
CN_FN(js_conn_get_alpn) {
  CN_CONN_SELF();
  const unsigned char *p;
  unsigned len = 0;
  SSL_get0_alpn_selected(c->ssl, &p, &len);
  return len ? cn_strn_value(ctx, (const char *)p, len) : JSValueMakeBoolean(ctx, false);
}

/* setVerifyMode(requestCert, rejectUnauthorized): a server asks for a client certificate
 * (and fails the handshake when none comes and it rejects unauthorized clients). Clients
 * always verify; the result is read with verifyError(). */
CN_FN(js_conn_set_verify_mode) {
  CN_CONN_SELF();
  bool request = JSValueToBoolean(ctx, CN_ARG(0));
  bool reject = JSValueToBoolean(ctx, CN_ARG(1));
  int mode = SSL_VERIFY_PEER;
  if (c->server) {
    mode = request ? SSL_VERIFY_PEER : SSL_VERIFY_NONE;
    if (request && reject) mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
  }
  SSL_set_verify(c->ssl, mode, on_verify);
  return JSValueMakeUndefined(ctx);
}

/* enableSNIPause(): server pauses at ClientHello (handshake() returns 2). */
CN_FN(js_conn_enable_sni_pause) {
  CN_CONN_SELF();
  c->want_sni = true;
  return JSValueMakeUndefined(ctx);
}

/* setContext(secureContext): switches certificates after SNI; resumes the handshake. */
CN_FN(js_conn_set_context) {
  CN_CONN_SELF();
  JSObjectRef sco = cn_obj(ctx, CN_ARG(0));
  if (sco) {
    sc_t *sc = sc_from(ctx, sco);
    CN_CHECK(sc->ctx != NULL);
    SSL_set_SSL_CTX(c->ssl, sc->ctx);
    /* SSL_set_SSL_CTX does not carry the trust store; verification uses the new one. */
    SSL_set_verify(c->ssl, SSL_get_verify_mode(c->ssl), on_verify);
  }
  c->sni_resumed = true;
  return JSValueMakeUndefined(ctx);
}

/* verifyError(): null, or { code, message } for the peer's certificate. */
CN_FN(js_conn_verify_error) {
  CN_CONN_SELF();
  X509 *peer = SSL_get1_peer_certificate(c->ssl);
  long code;
  if (peer) {
    X509_free(peer);
    code = SSL_get_verify_result(c->ssl);
    if (code == X509_V_OK) return JSValueMakeNull(ctx);
  } else {
    /* No certificate at all: reported as Node does. */
    code = X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;
  }
  JSObjectRef out = JSObjectMake(ctx, NULL, NULL);
  cn_set_str(ctx, out, "code", verify_code_name(code));
  cn_set_str(ctx, out, "message", X509_verify_cert_error_string(code));
  return out;
}

/* getPeerCertificate(detailed): null without one; detailed gives [leaf, issuer, ...] (the
 * verified chain when there is one), lib/ links them. */
CN_FN(js_conn_get_peer_certificate) {
  CN_CONN_SELF();
  bool detailed = JSValueToBoolean(ctx, CN_ARG(0));
  X509 *peer = SSL_get1_peer_certificate(c->ssl);
  if (!peer) return JSValueMakeNull(ctx);
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  JSObjectSetPropertyAtIndex(ctx, arr, 0, cert_to_js(ctx, peer), NULL);
  if (detailed) {
    STACK_OF(X509) *chain = SSL_get0_verified_chain(c->ssl);
    if (!chain || sk_X509_num(chain) == 0) chain = SSL_get_peer_cert_chain(c->ssl);
    unsigned k = 1;
    X509 *prev = peer;
    for (int i = 0; chain && i < sk_X509_num(chain); i++) {
      X509 *x = sk_X509_value(chain, i);
      if (X509_cmp(x, peer) == 0) continue;
      if (X509_check_issued(x, prev) != X509_V_OK) continue;
      JSObjectSetPropertyAtIndex(ctx, arr, k++, cert_to_js(ctx, x), NULL);
      prev = x;
      if (X509_check_issued(x, x) == X509_V_OK) break;
    }
    /* Marks whether the last certificate is self-issued (its own issuer). */
    cn_set(ctx, arr, "selfIssued", JSValueMakeBoolean(ctx, X509_check_issued(prev, prev) == X509_V_OK));
  }
  X509_free(peer);
  return arr;
}

/* getCertificate(): our certificate on this connection, or null. */
CN_FN(js_conn_get_certificate) {
  CN_CONN_SELF();
  X509 *cert = SSL_get_certificate(c->ssl);
  return cert ? cert_to_js(ctx, cert) : JSValueMakeNull(ctx);
}

CN_FN(js_conn_get_protocol) {
  CN_CONN_SELF();
  return cn_str_value(ctx, SSL_get_version(c->ssl));
}

/* getCipher(): { name, standardName, version } or null before the handshake. */
CN_FN(js_conn_get_cipher) {
  CN_CONN_SELF();
  const SSL_CIPHER *ciph = SSL_get_current_cipher(c->ssl);
  if (!ciph) return JSValueMakeNull(ctx);
  JSObjectRef out = JSObjectMake(ctx, NULL, NULL);
  cn_set_str(ctx, out, "name", SSL_CIPHER_get_name(ciph));
  const char *std = SSL_CIPHER_standard_name(ciph);
  cn_set_str(ctx, out, "standardName", std ? std : SSL_CIPHER_get_name(ciph));
  cn_set_str(ctx, out, "version", SSL_CIPHER_get_version(ciph));
  return out;
}

/* getSession(): DER of the newest session (the one offered after the handshake in TLS 1.3),
 * or undefined. */
CN_FN(js_conn_get_session) {
  CN_CONN_SELF();
  SSL_SESSION *s = c->new_session ? c->new_session : SSL_get_session(c->ssl);
  if (!s || (!c->server && !SSL_SESSION_is_resumable(s))) return JSValueMakeUndefined(ctx);
  int len = i2d_SSL_SESSION(s, NULL);
  if (len <= 0) return JSValueMakeUndefined(ctx);
  unsigned char *der = malloc((size_t)len);
  CN_CHECK(der != NULL);
  unsigned char *p = der;
  i2d_SSL_SESSION(s, &p);
  return make_ab(ctx, der, (size_t)len);
}

/* hasNewSession(): true once per session the server offered (clients only). */
CN_FN(js_conn_has_new_session) {
  CN_CONN_SELF();
  bool fresh = c->session_fresh && !c->server;
  c->session_fresh = false;
  return JSValueMakeBoolean(ctx, fresh);
}

/* setSession(der): offer a saved session; false if it does not parse. */
CN_FN(js_conn_set_session) {
  CN_CONN_SELF();
  bytes_t b = view_bytes(ctx, CN_ARG(0));
  const unsigned char *p = b.p;
  SSL_SESSION *s = b.len ? d2i_SSL_SESSION(NULL, &p, (long)b.len) : NULL;
  if (!s) {
    ERR_clear_error();
    return JSValueMakeBoolean(ctx, false);
  }
  int ok = SSL_set_session(c->ssl, s);
  SSL_SESSION_free(s);
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok == 1);
}

CN_FN(js_conn_is_session_reused) {
  CN_CONN_SELF();
  return JSValueMakeBoolean(ctx, SSL_session_reused(c->ssl) == 1);
}

/* getEphemeralKeyInfo(): { type, name, size } of the key exchange, or {} (servers, TLS 1.3
 * and unknown kinds). */
CN_FN(js_conn_get_ephemeral_key_info) {
  CN_CONN_SELF();
  JSObjectRef out = JSObjectMake(ctx, NULL, NULL);
  if (c->server) return out;
  EVP_PKEY *key = NULL;
  if (!SSL_get_peer_tmp_key(c->ssl, &key) || !key) return out;
  int id = EVP_PKEY_id(key);
  if (id == EVP_PKEY_DH) {
    cn_set_str(ctx, out, "type", "DH");
  } else if (id == EVP_PKEY_EC || id == EVP_PKEY_X25519 || id == EVP_PKEY_X448) {
    cn_set_str(ctx, out, "type", "ECDH");
    const char *name = NULL;
    char group[80];
    size_t glen;
    if (id == EVP_PKEY_X25519) name = "X25519";
    else if (id == EVP_PKEY_X448) name = "X448";
    else if (EVP_PKEY_get_utf8_string_param(key, "group", group, sizeof group, &glen)) {
      int nid = OBJ_txt2nid(group);
      name = nid != NID_undef ? OBJ_nid2sn(nid) : group;
    }
    if (name) cn_set_str(ctx, out, "name", name);
  }
  cn_set_num(ctx, out, "size", EVP_PKEY_get_bits(key));
  EVP_PKEY_free(key);
  return out;
}

/* getFinished() / getPeerFinished(): the Finished messages, or undefined. */
static JSValueRef finished_common(JSContextRef ctx, conn_t *c, bool peer) {
  unsigned char buf[EVP_MAX_MD_SIZE];
  size_t n = peer ? SSL_get_peer_finished(c->ssl, buf, sizeof buf)
                  : SSL_get_finished(c->ssl, buf, sizeof buf);
  if (n == 0) return JSValueMakeUndefined(ctx);
  return copy_ab(ctx, buf, n);
}

CN_FN(js_conn_get_finished) {
  CN_CONN_SELF();
  return finished_common(ctx, c, false);
}

CN_FN(js_conn_get_peer_finished) {
  CN_CONN_SELF();
  return finished_common(ctx, c, true);
}

/* exportKeyingMaterial(length, label, context?) */
CN_FN(js_conn_export_keying_material) {
  CN_CONN_SELF();
  size_t len = (size_t)cn_num(ctx, CN_ARG(0));
  char *label = cn_to_cstr(ctx, CN_ARG(1), exc);
  if (!label) return NULL;
  bytes_t context = view_bytes(ctx, CN_ARG(2));
  bool use_ctx = JSValueIsObject(ctx, CN_ARG(2));
  unsigned char *out = malloc(len ? len : 1);
  CN_CHECK(out != NULL);
  int ok = SSL_export_keying_material(c->ssl, out, len, label, strlen(label), context.p,
                                      context.len, use_ctx);
  free(label);
  if (ok != 1) {
    free(out);
    return throw_ossl(ctx, exc, "Key export failed");
  }
  return make_ab(ctx, out, len);
}

/* setMaxSendFragment(size): true when OpenSSL accepted it. */
CN_FN(js_conn_set_max_send_fragment) {
  CN_CONN_SELF();
  return JSValueMakeBoolean(ctx,
                            SSL_set_max_send_fragment(c->ssl, (long)cn_num(ctx, CN_ARG(0))) == 1);
}

/* getSharedSigalgs() is rarely used; the peer's certificate type is enough for lib/. */

static JSClassRef sc_class(void) {
  static JSClassRef cls;
  if (cls) return cls;
  static const JSStaticFunction fns[] = {
      {"init", js_sc_init, kJSPropertyAttributeDontEnum},
      {"setKey", js_sc_set_key, kJSPropertyAttributeDontEnum},
      {"setCert", js_sc_set_cert, kJSPropertyAttributeDontEnum},
      {"addCACert", js_sc_add_ca_cert, kJSPropertyAttributeDontEnum},
      {"addRootCerts", js_sc_add_root_certs, kJSPropertyAttributeDontEnum},
      {"setCiphers", js_sc_set_ciphers, kJSPropertyAttributeDontEnum},
      {"setECDHCurve", js_sc_set_ecdh_curve, kJSPropertyAttributeDontEnum},
      {"setSessionIdContext", js_sc_set_session_id_context, kJSPropertyAttributeDontEnum},
      {"setSessionTimeout", js_sc_set_session_timeout, kJSPropertyAttributeDontEnum},
      {"setTicketsEnabled", js_sc_set_tickets, kJSPropertyAttributeDontEnum},
      {"loadPKCS12", js_sc_load_pkcs12, kJSPropertyAttributeDontEnum},
      {"getCertificate", js_sc_get_certificate, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "SecureContext";
  def.staticFunctions = fns;
  def.finalize = sc_finalize;
  cls = JSClassCreate(&def);
  return cls;
}

static JSClassRef conn_class(void) {
  static JSClassRef cls;
  if (cls) return cls;
  static const JSStaticFunction fns[] = {
      {"feed", js_conn_feed, kJSPropertyAttributeDontEnum},
      {"handshake", js_conn_handshake, kJSPropertyAttributeDontEnum},
      {"read", js_conn_read, kJSPropertyAttributeDontEnum},
      {"write", js_conn_write, kJSPropertyAttributeDontEnum},
      {"takeOutput", js_conn_take_output, kJSPropertyAttributeDontEnum},
      {"shutdown", js_conn_shutdown, kJSPropertyAttributeDontEnum},
      {"destroy", js_conn_destroy, kJSPropertyAttributeDontEnum},
      {"setServername", js_conn_set_servername, kJSPropertyAttributeDontEnum},
      {"getServername", js_conn_get_servername, kJSPropertyAttributeDontEnum},
      {"setALPNProtocols", js_conn_set_alpn, kJSPropertyAttributeDontEnum},
      {"getALPNProtocol", js_conn_get_alpn, kJSPropertyAttributeDontEnum},
      {"setVerifyMode", js_conn_set_verify_mode, kJSPropertyAttributeDontEnum},
      {"enableSNIPause", js_conn_enable_sni_pause, kJSPropertyAttributeDontEnum},
      {"setContext", js_conn_set_context, kJSPropertyAttributeDontEnum},
      {"verifyError", js_conn_verify_error, kJSPropertyAttributeDontEnum},
      {"getPeerCertificate", js_conn_get_peer_certificate, kJSPropertyAttributeDontEnum},
      {"getCertificate", js_conn_get_certificate, kJSPropertyAttributeDontEnum},
      {"getProtocol", js_conn_get_protocol, kJSPropertyAttributeDontEnum},
      {"getCipher", js_conn_get_cipher, kJSPropertyAttributeDontEnum},
      {"getSession", js_conn_get_session, kJSPropertyAttributeDontEnum},
      {"hasNewSession", js_conn_has_new_session, kJSPropertyAttributeDontEnum},
      {"setSession", js_conn_set_session, kJSPropertyAttributeDontEnum},
      {"isSessionReused", js_conn_is_session_reused, kJSPropertyAttributeDontEnum},
      {"getEphemeralKeyInfo", js_conn_get_ephemeral_key_info, kJSPropertyAttributeDontEnum},
      {"getFinished", js_conn_get_finished, kJSPropertyAttributeDontEnum},
      {"getPeerFinished", js_conn_get_peer_finished, kJSPropertyAttributeDontEnum},
      {"exportKeyingMaterial", js_conn_export_keying_material, kJSPropertyAttributeDontEnum},
      {"setMaxSendFragment", js_conn_set_max_send_fragment, kJSPropertyAttributeDontEnum},
      {NULL, NULL, 0},
  };
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "TLSWrap";
  def.staticFunctions = fns;
  def.finalize = conn_finalize;
  cls = JSClassCreate(&def);
  return cls;
}

/* getCiphers(): the lower-case names of every TLS cipher OpenSSL offers by default. */
CN_FN(js_get_ciphers) {
  SSL_CTX *c = SSL_CTX_new(TLS_method());
  if (!c) return throw_ossl(ctx, exc, "SSL_CTX_new failed");
  /* Every TLS 1.3 suite OpenSSL implements, not only the ones enabled by default. */
  SSL_CTX_set_ciphersuites(c, "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:"
                              "TLS_AES_128_GCM_SHA256:TLS_AES_128_CCM_8_SHA256:"
                              "TLS_AES_128_CCM_SHA256");
  SSL *ssl = SSL_new(c);
  STACK_OF(SSL_CIPHER) *list = ssl ? SSL_get_ciphers(ssl) : NULL;
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (int i = 0; list && i < sk_SSL_CIPHER_num(list); i++) {
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i,
                               cn_str_value(ctx, SSL_CIPHER_get_name(sk_SSL_CIPHER_value(list, i))),
                               NULL);
  }
  SSL_free(ssl);
  SSL_CTX_free(c);
  return arr;
}

/* getRootCertificates(): PEM strings of the system trust store's certificates. */
CN_FN(js_get_root_certificates) {
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  X509_STORE *store = X509_STORE_new();
  CN_CHECK(store != NULL);
  X509_STORE_set_default_paths(store);
  /* A hashed directory loads lazily; read the bundle file too so the list is complete. */
  X509_STORE_load_file(store, X509_get_default_cert_file());
  ERR_clear_error();
  STACK_OF(X509_OBJECT) *objs = X509_STORE_get0_objects(store);
  unsigned k = 0;
  for (int i = 0; i < sk_X509_OBJECT_num(objs); i++) {
    X509 *x = X509_OBJECT_get0_X509(sk_X509_OBJECT_value(objs, i));
    if (!x) continue;
    BIO *bio = BIO_new(BIO_s_mem());
    CN_CHECK(bio != NULL);
    PEM_write_bio_X509(bio, x);
    char *p;
    long n = BIO_get_mem_data(bio, &p);
    JSObjectSetPropertyAtIndex(ctx, arr, k++, cn_strn_value(ctx, p, (size_t)n), NULL);
    BIO_free(bio);
  }
  X509_STORE_free(store);
  return arr;
}

/* parseCertificate(pem): the Node-shaped object of the first certificate (for tests and
 * X509-style helpers), throws when it does not parse. */
CN_FN(js_parse_certificate) {
  BIO *bio = arg_bio(ctx, CN_ARG(0), exc);
  if (!bio) return NULL;
  ERR_clear_error();
  X509 *x = PEM_read_bio_X509(bio, NULL, NULL, NULL);
  BIO_free(bio);
  if (!x) return throw_ossl(ctx, exc, "Failed to read certificate");
  JSObjectRef out = cert_to_js(ctx, x);
  X509_free(x);
  return out;
}

void cn_tls_wrap_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  if (conn_index < 0) conn_index = SSL_get_ex_new_index(0, NULL, NULL, NULL, NULL);
  JSObjectRef sc_ctor = JSObjectMakeConstructor(ctx, sc_class(), js_sc_construct);
  JSObjectRef conn_ctor = JSObjectMakeConstructor(ctx, conn_class(), js_conn_construct);
  /* Instances share the constructor's prototype; make `constructor` name the class. */
  cn_set(ctx, cn_obj(ctx, cn_get(ctx, sc_ctor, "prototype")), "constructor", sc_ctor);
  cn_set(ctx, cn_obj(ctx, cn_get(ctx, conn_ctor, "prototype")), "constructor", conn_ctor);
  cn_set(ctx, exports, "SecureContext", sc_ctor);
  cn_set(ctx, exports, "TLSWrap", conn_ctor);
  cn_set_fn(ctx, exports, "getCiphers", js_get_ciphers);
  cn_set_fn(ctx, exports, "getRootCertificates", js_get_root_certificates);
  cn_set_fn(ctx, exports, "parseCertificate", js_parse_certificate);
  JSObjectRef k = JSObjectMake(ctx, NULL, NULL);
  cn_set_num(ctx, k, "WANT_IO", CN_TLS_WANT_IO);
  cn_set_num(ctx, k, "DONE", CN_TLS_DONE);
  cn_set_num(ctx, k, "WANT_SNI", CN_TLS_WANT_SNI);
  cn_set_num(ctx, k, "EOF", CN_TLS_EOF);
  cn_set_num(ctx, k, "TLS1_VERSION", TLS1_VERSION);
  cn_set_num(ctx, k, "TLS1_1_VERSION", TLS1_1_VERSION);
  cn_set_num(ctx, k, "TLS1_2_VERSION", TLS1_2_VERSION);
  cn_set_num(ctx, k, "TLS1_3_VERSION", TLS1_3_VERSION);
  cn_set_str(ctx, k, "OPENSSL_VERSION", OpenSSL_version(OPENSSL_VERSION_STRING));
  cn_set(ctx, exports, "constants", k);
}
