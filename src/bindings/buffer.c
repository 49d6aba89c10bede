/* internalBinding('buffer'): the byte loops behind node:buffer — encoders and decoders for
 * Node's encodings (utf8, utf16le, latin1, ascii, base64, base64url, hex), fill, search,
 * compare, byte swaps and validity checks. lib/buffer.js validates every argument; a wrong
 * type here is a bug in lib/ and aborts through CN_CHECK. */
#include <stdlib.h>
#include <string.h>

#include <pthread.h>
#include <sys/mman.h>

#include "bindings.h"

/* Exported by libjavascriptcoregtk but missing from its public headers: a string over caller-owned
 * UTF-16 that JSC does not copy. */
JSStringRef JSStringCreateWithCharactersNoCopy(const JSChar *chars, size_t n);
/* Same (JSBasePrivate.h): tells the GC about memory held outside its heap. */
void JSReportExtraMemoryCost(JSContextRef ctx, size_t size);

/* Encoding ids shared with lib/internal/buffer.js. */
enum { ENC_UTF8 = 1, ENC_UCS2, ENC_LATIN1, ENC_ASCII, ENC_BASE64, ENC_BASE64URL, ENC_HEX };

/* Strings longer than this are handed to JS without a copy (see make_string16). */
#define LARGE_STRING 65536

/* ---- access to JS values ------------------------------------------------------------------ */

typedef struct {
  uint8_t *p;
  size_t len;
} bytes_t;

/* The bytes of a typed array (its own window of the buffer) or of an ArrayBuffer. */
static bytes_t get_bytes(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  JSObjectRef o = cn_obj(ctx, v);
  CN_CHECK(o != NULL);
  bytes_t b;
  if (JSValueGetTypedArrayType(ctx, v, exc) == kJSTypedArrayTypeArrayBuffer) {
    b.p = JSObjectGetArrayBufferBytesPtr(ctx, o, exc);
    b.len = JSObjectGetArrayBufferByteLength(ctx, o, exc);
    return b;
  }
  CN_CHECK(JSValueGetTypedArrayType(ctx, v, exc) != kJSTypedArrayTypeNone);
  uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, o, exc);
  b.len = JSObjectGetTypedArrayByteLength(ctx, o, exc);
  b.p = base ? base + JSObjectGetTypedArrayByteOffset(ctx, o, exc) : NULL;
  return b;
}

typedef struct {
  JSStringRef ref;
  const JSChar *u;
  size_t n;
} jstr_t;

/* A string argument as UTF-16 code units; release with str_done. */
static jstr_t get_str(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  CN_CHECK(JSValueIsString(ctx, v));
  jstr_t s;
  s.ref = JSValueToStringCopy(ctx, v, exc);
  CN_CHECK(s.ref != NULL);
  s.u = JSStringGetCharactersPtr(s.ref);
  s.n = JSStringGetLength(s.ref);
  return s;
}

static void str_done(jstr_t *s) { JSStringRelease(s->ref); }

static size_t arg_size(JSContextRef ctx, JSValueRef v) {
  double d = JSValueToNumber(ctx, v, NULL);
  CN_CHECK(d >= 0);
  return (size_t)d;
}

/* The buffer behind the last large string handed to JS without copying; lib/ copies the
 * string and calls releaseString() before any user code runs. One slot per thread (each
 * Worker has its own runtime on its own thread). */
static _Thread_local JSChar *pending_chars;
static _Thread_local size_t pending_size;

/* Memory for large strings and buffers, straight from the kernel (zero-filled, returned with
 * munmap). MADV_HUGEPAGE was measured: faster on an idle machine, but direct compaction made
 * it slower and erratic under load, so plain pages it is. */
static void *big_alloc(size_t size) {
  void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  CN_CHECK(p != MAP_FAILED);
  return p;
}

static void pending_free(void) {
  if (pending_chars) munmap(pending_chars, pending_size);
  pending_chars = NULL;
  pending_size = 0;
}

/* UTF-16 output room for n units: malloc'd when small, else big_alloc'd (then it must go
 * to make_string16, which parks it in the pending slot). */
static JSChar *chars_alloc(size_t n) {
  if (n < LARGE_STRING) {
    JSChar *u = malloc(n * sizeof(JSChar) + 1);
    CN_CHECK(u != NULL);
    return u;
  }
  pending_free();
  pending_size = n * sizeof(JSChar);
  pending_chars = big_alloc(pending_size);
  return pending_chars;
}

/* Makes a JS string from n UTF-16 units in a buffer from chars_alloc, taking ownership of it.
 * Small strings are copied; large ones share the pending buffer. */
static JSValueRef make_string16(JSContextRef ctx, JSChar *u, size_t n) {
  if (u != pending_chars || n < LARGE_STRING) {
    /* lib/ tells the shared case by the length, so a short result is always copied. */
    JSStringRef s = JSStringCreateWithCharacters(u, n);
    JSValueRef v = JSValueMakeString(ctx, s);
    JSStringRelease(s);
    if (u == pending_chars) pending_free();
    else free(u);
    return v;
  }
  JSStringRef s = JSStringCreateWithCharactersNoCopy(u, n);
  JSValueRef v = JSValueMakeString(ctx, s);
  JSStringRelease(s);
  return v;
}

/* Makes a JS string from n ASCII bytes (no NUL among them) in a malloc'd buffer of at least
 * n + 1 bytes, taking ownership. Small ones become compact 8-bit strings. */
static JSValueRef make_string_ascii(JSContextRef ctx, char *a, size_t n) {
  if (n < LARGE_STRING) {
    a[n] = 0;
    JSStringRef s = JSStringCreateWithUTF8CString(a);
    JSValueRef v = JSValueMakeString(ctx, s);
    JSStringRelease(s);
    free(a);
    return v;
  }
  JSChar *u = chars_alloc(n);
  for (size_t i = 0; i < n; i++) u[i] = (uint8_t)a[i];
  free(a);
  return make_string16(ctx, u, n);
}

/* ---- UTF-8 ---------------------------------------------------------------------------------- */

static inline uint64_t load64(const void *p) {
  uint64_t w;
  memcpy(&w, p, 8);
  return w;
}

/* Bytes needed to encode UTF-16 as UTF-8, lone surrogates counting as U+FFFD (3 bytes). */
static size_t utf8_length(const JSChar *u, size_t n) {
  size_t len = 0, i = 0;
  while (i < n) {
    if (i + 4 <= n && (load64(u + i) & 0xFF80FF80FF80FF80ull) == 0) {
      len += 4;
      i += 4;
      continue;
    }
    JSChar c = u[i++];
    if (c < 0x80) len += 1;
    else if (c < 0x800) len += 2;
    else if (c >= 0xD800 && c <= 0xDBFF && i < n && u[i] >= 0xDC00 && u[i] <= 0xDFFF) {
      len += 4;
      i++;
    } else len += 3;
  }
  return len;
}

/* Encodes UTF-16 into at most cap bytes without splitting a character. Returns bytes
 * written; *read gets the number of code units consumed. */
static size_t utf8_encode(const JSChar *u, size_t n, uint8_t *out, size_t cap, size_t *read) {
  size_t i = 0, o = 0;
  while (i < n) {
    while (i + 4 <= n && o + 4 <= cap && (load64(u + i) & 0xFF80FF80FF80FF80ull) == 0) {
      out[o] = (uint8_t)u[i];
      out[o + 1] = (uint8_t)u[i + 1];
      out[o + 2] = (uint8_t)u[i + 2];
      out[o + 3] = (uint8_t)u[i + 3];
      i += 4;
      o += 4;
    }
    if (i >= n) break;
    uint32_t c = u[i];
    size_t units = 1;
    if (c < 0x80) {
      if (o + 1 > cap) break;
      out[o++] = (uint8_t)c;
      i++;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDFFF) {
      if (c <= 0xDBFF && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00u);
        units = 2;
      } else {
        c = 0xFFFD;
      }
    }
    if (c < 0x800) {
      if (o + 2 > cap) break;
      out[o++] = (uint8_t)(0xC0 | (c >> 6));
    } else if (c < 0x10000) {
      if (o + 3 > cap) break;
      out[o++] = (uint8_t)(0xE0 | (c >> 12));
      out[o++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    } else {
      if (o + 4 > cap) break;
      out[o++] = (uint8_t)(0xF0 | (c >> 18));
      out[o++] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
      out[o++] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    }
    out[o++] = (uint8_t)(0x80 | (c & 0x3F));
    i += units;
  }
  if (read) *read = i;
  return o;
}

/* Decodes UTF-8 into UTF-16 (out has room for n units) the WHATWG way: every maximal invalid
 * subsequence becomes one U+FFFD. Returns the number of units written. */
static size_t utf8_decode(const uint8_t *s, size_t n, JSChar *out) {
  size_t i = 0, o = 0;
  while (i < n) {
    while (i + 8 <= n && (load64(s + i) & 0x8080808080808080ull) == 0) {
      for (int k = 0; k < 8; k++) out[o + k] = s[i + k];
      i += 8;
      o += 8;
    }
    if (i >= n) break;
    uint8_t b = s[i];
    if (b < 0x80) {
      out[o++] = b;
      i++;
      continue;
    }
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    uint32_t c;
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      c = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      c = b & 0x0F;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      c = b & 0x07;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      out[o++] = 0xFFFD;
      i++;
      continue;
    }
    i++;
    int k = 0;
    for (; k < need; k++) {
      if (i >= n || s[i] < lo || s[i] > hi) break;
      c = (c << 6) | (s[i] & 0x3F);
      lo = 0x80;
      hi = 0xBF;
      i++;
    }
    if (k < need) {
      out[o++] = 0xFFFD; /* the offending byte is looked at again as a new start */
      continue;
    }
    if (c >= 0x10000) {
      c -= 0x10000;
      out[o++] = (JSChar)(0xD800 + (c >> 10));
      out[o++] = (JSChar)(0xDC00 + (c & 0x3FF));
    } else {
      out[o++] = (JSChar)c;
    }
  }
  return o;
}

/* True when s is well-formed UTF-8 (no surrogates, no overlongs, <= U+10FFFF). */
static bool utf8_valid(const uint8_t *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    while (i + 8 <= n && (load64(s + i) & 0x8080808080808080ull) == 0) i += 8;
    if (i >= n) break;
    uint8_t b = s[i++];
    if (b < 0x80) continue;
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) need = 1;
    else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else return false;
    for (int k = 0; k < need; k++, i++) {
      if (i >= n || s[i] < lo || s[i] > hi) return false;
      lo = 0x80;
      hi = 0xBF;
    }
  }
  return true;
}

static bool ascii_valid(const uint8_t *s, size_t n) {
  size_t i = 0;
  uint64_t acc = 0;
  for (; i + 8 <= n; i += 8) acc |= load64(s + i);
  if (acc & 0x8080808080808080ull) return false;
  for (; i < n; i++)
    if (s[i] & 0x80) return false;
  return true;
}

/* ---- base64 and hex ----------------------------------------------------------------------- */

static const char b64_std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64_url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
/* 6-bit value of a character of either alphabet; 64 = skipped, 65 = '=' (end of data). */
static uint8_t b64_rev[256];
/* Two ASCII hex digits per byte, and the value of a hex digit (16 = not one). */
static char hex_pairs[512];
static uint8_t hex_rev[256];

static void tables_fill(void) {
  memset(b64_rev, 64, sizeof b64_rev);
  for (int i = 0; i < 64; i++) {
    b64_rev[(uint8_t)b64_std[i]] = (uint8_t)i;
    b64_rev[(uint8_t)b64_url[i]] = (uint8_t)i;
  }
  b64_rev['='] = 65;
  static const char digits[] = "0123456789abcdef";
  for (int i = 0; i < 256; i++) {
    hex_pairs[2 * i] = digits[i >> 4];
    hex_pairs[2 * i + 1] = digits[i & 15];
  }
  memset(hex_rev, 16, sizeof hex_rev);
  for (int i = 0; i < 16; i++) {
    hex_rev[(uint8_t)"0123456789abcdef"[i]] = (uint8_t)i;
    hex_rev[(uint8_t)"0123456789ABCDEF"[i]] = (uint8_t)i;
  }
}

static void tables_init(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, tables_fill);
}

/* Encodes n bytes; writes 4 characters per 3 bytes (with '=' padding unless url). Returns the
 * length. */
static size_t b64_encode(const uint8_t *s, size_t n, char *out, bool url) {
  const char *t = url ? b64_url : b64_std;
  size_t i = 0, o = 0;
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8 | s[i + 2];
    out[o] = t[v >> 18];
    out[o + 1] = t[(v >> 12) & 63];
    out[o + 2] = t[(v >> 6) & 63];
    out[o + 3] = t[v & 63];
    o += 4;
  }
  if (n - i == 1) {
    uint32_t v = (uint32_t)s[i] << 16;
    out[o++] = t[v >> 18];
    out[o++] = t[(v >> 12) & 63];
    if (!url) {
      out[o++] = '=';
      out[o++] = '=';
    }
  } else if (n - i == 2) {
    uint32_t v = (uint32_t)s[i] << 16 | (uint32_t)s[i + 1] << 8;
    out[o++] = t[v >> 18];
    out[o++] = t[(v >> 12) & 63];
    out[o++] = t[(v >> 6) & 63];
    if (!url) out[o++] = '=';
  }
  return o;
}

/* Lenient base64 decoding (either alphabet): characters outside the alphabets are skipped and
 * the first '=' ends the data. Writes at most cap bytes; returns the count. */
static size_t b64_decode(const JSChar *u, size_t n, uint8_t *out, size_t cap) {
  size_t i = 0, o = 0;
  /* Fast path: groups of 4 valid characters. */
  while (i + 4 <= n && o + 3 <= cap) {
    /* Like Node, a UTF-16 unit counts as its low byte. */
    uint8_t a = b64_rev[(uint8_t)u[i]], b = b64_rev[(uint8_t)u[i + 1]];
    uint8_t c = b64_rev[(uint8_t)u[i + 2]], d = b64_rev[(uint8_t)u[i + 3]];
    if ((a | b | c | d) & 0xC0) break;
    uint32_t v = (uint32_t)a << 18 | (uint32_t)b << 12 | (uint32_t)c << 6 | d;
    out[o] = (uint8_t)(v >> 16);
    out[o + 1] = (uint8_t)(v >> 8);
    out[o + 2] = (uint8_t)v;
    o += 3;
    i += 4;
  }
  uint32_t acc = 0;
  int have = 0;
  for (; i < n; i++) {
    uint8_t v = b64_rev[(uint8_t)u[i]];
    if (v == 65) break;
    if (v == 64) continue;
    acc = acc << 6 | v;
    if (++have == 4) {
      if (o + 3 > cap) {
        have = 4;
        break;
      }
      out[o++] = (uint8_t)(acc >> 16);
      out[o++] = (uint8_t)(acc >> 8);
      out[o++] = (uint8_t)acc;
      acc = 0;
      have = 0;
    }
  }
  /* A partial group: 2 characters carry 1 byte, 3 carry 2, 4 (buffer full) carry 3. */
  if (have >= 2) {
    acc <<= 6 * (4 - have);
    uint8_t tail[3] = {(uint8_t)(acc >> 16), (uint8_t)(acc >> 8), (uint8_t)acc};
    for (int k = 0; k < have - 1 && o < cap; k++) out[o++] = tail[k];
  }
  return o;
}

/* Decodes hex pairs until the first invalid pair or the end; returns bytes written. */
static size_t hex_decode(const JSChar *u, size_t n, uint8_t *out, size_t cap) {
  size_t o = 0;
  for (size_t i = 0; i + 1 < n && o < cap; i += 2) {
    uint8_t x = hex_rev[(uint8_t)u[i]], y = hex_rev[(uint8_t)u[i + 1]];
    if ((x | y) & 16) break;
    out[o++] = (uint8_t)(x << 4 | y);
  }
  return o;
}

/* ---- string -> bytes ---------------------------------------------------------------------- */

/* Writes string s encoded as enc into out (cap bytes). Returns bytes written. */
static size_t encode_into(const JSChar *u, size_t n, int enc, uint8_t *out, size_t cap) {
  switch (enc) {
    case ENC_UTF8: return utf8_encode(u, n, out, cap, NULL);
    case ENC_UCS2: {
      size_t units = n < cap / 2 ? n : cap / 2;
      for (size_t i = 0; i < units; i++) {
        out[2 * i] = (uint8_t)u[i];
        out[2 * i + 1] = (uint8_t)(u[i] >> 8);
      }
      return units * 2;
    }
    case ENC_LATIN1:
    case ENC_ASCII: {
      size_t m = n < cap ? n : cap;
      for (size_t i = 0; i < m; i++) out[i] = (uint8_t)u[i];
      return m;
    }
    case ENC_BASE64:
    case ENC_BASE64URL: return b64_decode(u, n, out, cap);
    case ENC_HEX: return hex_decode(u, n, out, cap);
  }
  CN_UNREACHABLE();
}

/* Upper bound of the encoded size of n UTF-16 units. */
static size_t encoded_max(size_t n, int enc) {
  switch (enc) {
    case ENC_UTF8: return n * 3;
    case ENC_UCS2: return n * 2;
    case ENC_HEX: return n / 2;
    case ENC_BASE64:
    case ENC_BASE64URL: return n / 4 * 3 + 3;
    default: return n;
  }
}

/* Encodes a string into a new malloc'd array (NULL when it encodes to nothing). */
static uint8_t *encode_alloc(const JSChar *u, size_t n, int enc, size_t *len) {
  size_t cap = enc == ENC_UTF8 ? utf8_length(u, n) : encoded_max(n, enc);
  uint8_t *out = malloc(cap + 1);
  CN_CHECK(out != NULL);
  *len = encode_into(u, n, enc, out, cap);
  return out;
}

/* byteLengthUtf8(string) -> bytes as UTF-8. */
CN_FN(js_byte_length_utf8) {
  jstr_t s = get_str(ctx, CN_ARG(0), exc);
  size_t n = utf8_length(s.u, s.n);
  str_done(&s);
  return JSValueMakeNumber(ctx, (double)n);
}

/* write(view, string, offset, maxLength, enc) -> bytes written into view[offset..]. */
CN_FN(js_write) {
  bytes_t b = get_bytes(ctx, CN_ARG(0), exc);
  jstr_t s = get_str(ctx, CN_ARG(1), exc);
  size_t off = arg_size(ctx, CN_ARG(2));
  size_t max = arg_size(ctx, CN_ARG(3));
  int enc = (int)cn_num(ctx, CN_ARG(4));
  CN_CHECK(off <= b.len);
  if (max > b.len - off) max = b.len - off;
  size_t n = encode_into(s.u, s.n, enc, b.p + off, max);
  str_done(&s);
  return JSValueMakeNumber(ctx, (double)n);
}

/* ---- bytes -> string ---------------------------------------------------------------------- */

/* toString(view, start, end, enc) -> string. Strings of LARGE_STRING units or more share a
 * C buffer: the caller must copy the result and then call releaseString(). */
CN_FN(js_to_string) {
  bytes_t b = get_bytes(ctx, CN_ARG(0), exc);
  size_t start = arg_size(ctx, CN_ARG(1)), end = arg_size(ctx, CN_ARG(2));
  int enc = (int)cn_num(ctx, CN_ARG(3));
  CN_CHECK(start <= end && end <= b.len);
  const uint8_t *s = b.p + start;
  size_t n = end - start;
  if (n == 0) return cn_str_value(ctx, "");
  switch (enc) {
    case ENC_UTF8: {
      if (n < LARGE_STRING && ascii_valid(s, n) && !memchr(s, 0, n)) {
        char *a = malloc(n + 1);
        CN_CHECK(a != NULL);
        memcpy(a, s, n);
        return make_string_ascii(ctx, a, n);
      }
      JSChar *u = chars_alloc(n);
      return make_string16(ctx, u, utf8_decode(s, n, u));
    }
    case ENC_UCS2: {
      size_t units = n / 2;
      JSChar *u = chars_alloc(units);
      for (size_t i = 0; i < units; i++) u[i] = (JSChar)(s[2 * i] | s[2 * i + 1] << 8);
      return make_string16(ctx, u, units);
    }
    case ENC_LATIN1:
    case ENC_ASCII: {
      uint8_t mask = enc == ENC_ASCII ? 0x7F : 0xFF;
      JSChar *u = chars_alloc(n);
      for (size_t i = 0; i < n; i++) u[i] = s[i] & mask;
      return make_string16(ctx, u, n);
    }
    case ENC_BASE64:
    case ENC_BASE64URL: {
      char *a = malloc((n + 2) / 3 * 4 + 1);
      CN_CHECK(a != NULL);
      return make_string_ascii(ctx, a, b64_encode(s, n, a, enc == ENC_BASE64URL));
    }
    case ENC_HEX: {
      char *a = malloc(n * 2 + 1);
      CN_CHECK(a != NULL);
      for (size_t i = 0; i < n; i++) memcpy(a + 2 * i, hex_pairs + 2 * s[i], 2);
      return make_string_ascii(ctx, a, n * 2);
    }
  }
  CN_UNREACHABLE();
}

/* releaseString(): frees the buffer behind the last large string, once JS has copied it. */
CN_FN(js_release_string) {
  pending_free();
  return JSValueMakeUndefined(ctx);
}

/* ---- fill, search, compare ---------------------------------------------------------------- */

/* Repeats pat (plen > 0) over dst[0..n). */
static void fill_pattern(uint8_t *dst, size_t n, const uint8_t *pat, size_t plen) {
  if (plen == 1) {
    memset(dst, pat[0], n);
    return;
  }
  size_t first = plen < n ? plen : n;
  memmove(dst, pat, first);
  for (size_t done = first; done < n;) {
    size_t chunk = done < n - done ? done : n - done;
    memcpy(dst + done, dst, chunk);
    done += chunk;
  }
}

/* fill(view, value, start, end, enc) -> -1 when value (a string in enc, or a view) has no
 * bytes, else 0. */
CN_FN(js_fill) {
  bytes_t b = get_bytes(ctx, CN_ARG(0), exc);
  size_t start = arg_size(ctx, CN_ARG(2)), end = arg_size(ctx, CN_ARG(3));
  int enc = (int)cn_num(ctx, CN_ARG(4));
  CN_CHECK(start <= end && end <= b.len);
  uint8_t *pat;
  size_t plen;
  if (JSValueIsString(ctx, CN_ARG(1))) {
    jstr_t s = get_str(ctx, CN_ARG(1), exc);
    pat = encode_alloc(s.u, s.n, enc, &plen);
    str_done(&s);
  } else {
    bytes_t v = get_bytes(ctx, CN_ARG(1), exc);
    plen = v.len;
    pat = malloc(plen + 1);
    CN_CHECK(pat != NULL);
    if (plen) memcpy(pat, v.p, plen);
  }
  if (plen == 0) {
    free(pat);
    return JSValueMakeNumber(ctx, -1);
  }
  fill_pattern(b.p + start, end - start, pat, plen);
  free(pat);
  return JSValueMakeNumber(ctx, 0);
}

/* Where a search of a needle of nlen bytes starts in a haystack of hlen bytes for a given
 * byteOffset (negative counts from the end); -1 when nothing can match. */
static int64_t search_start(int64_t hlen, int64_t offset, int64_t nlen, bool forward) {
  if (offset < 0) {
    if (offset + hlen >= 0) return hlen + offset;
    if (forward || nlen == 0) return 0;
    return -1;
  }
  if (offset + nlen <= hlen) return offset;
  if (nlen == 0) return hlen;
  if (forward) return -1;
  return hlen - 1;
}

/* Searches h for n, in steps of `step` bytes (2 for UTF-16 searches) from position `from`. */
static int64_t search(const uint8_t *h, int64_t hlen, const uint8_t *n, int64_t nlen,
                      int64_t from, bool forward, int step) {
  if (forward) {
    if (step == 1) {
      const uint8_t *p = h + from, *end = h + hlen;
      while (end - p >= nlen) {
        const uint8_t *hit = memchr(p, n[0], (size_t)(end - p - nlen + 1));
        if (!hit) return -1;
        if (memcmp(hit, n, (size_t)nlen) == 0) return hit - h;
        p = hit + 1;
      }
      return -1;
    }
    for (int64_t i = from; i + nlen <= hlen; i += step)
      if (h[i] == n[0] && memcmp(h + i, n, (size_t)nlen) == 0) return i;
    return -1;
  }
  int64_t i = from;
  if (i > hlen - nlen) i = hlen - nlen;
  if (step == 2) i &= ~(int64_t)1;
  for (; i >= 0; i -= step)
    if (h[i] == n[0] && memcmp(h + i, n, (size_t)nlen) == 0) return i;
  return -1;
}

/* indexOf(view, needle, byteOffset, enc, forward) where needle is a string (encoded as enc)
 * or a view -> index or -1. */
CN_FN(js_index_of) {
  bytes_t b = get_bytes(ctx, CN_ARG(0), exc);
  double off_d = cn_num(ctx, CN_ARG(2));
  int enc = (int)cn_num(ctx, CN_ARG(3));
  bool forward = JSValueToBoolean(ctx, CN_ARG(4));
  uint8_t *needle;
  size_t nlen;
  bool owned = false;
  if (JSValueIsString(ctx, CN_ARG(1))) {
    jstr_t s = get_str(ctx, CN_ARG(1), exc);
    needle = encode_alloc(s.u, s.n, enc, &nlen);
    owned = true;
    str_done(&s);
  } else {
    bytes_t v = get_bytes(ctx, CN_ARG(1), exc);
    needle = v.p;
    nlen = v.len;
  }
  int64_t hlen = (int64_t)b.len;
  int64_t from = search_start(hlen, (int64_t)off_d, (int64_t)nlen, forward);
  int64_t r;
  if (nlen == 0) r = from;
  else if (hlen == 0 || from < 0 || (int64_t)nlen > hlen) r = -1;
  else if (forward && from + (int64_t)nlen > hlen) r = -1;
  else if (enc == ENC_UCS2) {
    if (hlen < 2 || nlen < 2) r = -1;
    else r = search(b.p, hlen & ~(int64_t)1, needle, (int64_t)(nlen & ~(size_t)1),
                    from & ~(int64_t)1, forward, 2);
  } else r = search(b.p, hlen, needle, (int64_t)nlen, from, forward, 1);
  if (owned) free(needle);
  return JSValueMakeNumber(ctx, (double)r);
}

/* indexOfNumber(view, byte, byteOffset, forward) -> index or -1. */
CN_FN(js_index_of_number) {
  bytes_t b = get_bytes(ctx, CN_ARG(0), exc);
  uint8_t needle = (uint8_t)JSValueToUInt32(ctx, CN_ARG(1), NULL);
  double off_d = cn_num(ctx, CN_ARG(2));
  bool forward = JSValueToBoolean(ctx, CN_ARG(3));
  int64_t from = search_start((int64_t)b.len, (int64_t)off_d, 1, forward);
  if (from < 0 || b.len == 0) return JSValueMakeNumber(ctx, -1);
  if (forward) {
    const uint8_t *hit = memchr(b.p + from, needle, b.len - (size_t)from);
    return JSValueMakeNumber(ctx, hit ? (double)(hit - b.p) : -1);
  }
  const uint8_t *hit = memrchr(b.p, needle, (size_t)from + 1);
  return JSValueMakeNumber(ctx, hit ? (double)(hit - b.p) : -1);
}

/* compare(a, aStart, aEnd, b, bStart, bEnd) -> -1, 0 or 1 (byte order, then length). */
CN_FN(js_compare) {
  bytes_t a = get_bytes(ctx, CN_ARG(0), exc);
  size_t as = arg_size(ctx, CN_ARG(1)), ae = arg_size(ctx, CN_ARG(2));
  bytes_t b = get_bytes(ctx, CN_ARG(3), exc);
  size_t bs = arg_size(ctx, CN_ARG(4)), be = arg_size(ctx, CN_ARG(5));
  CN_CHECK(as <= ae && ae <= a.len && bs <= be && be <= b.len);
  size_t al = ae - as, bl = be - bs, m = al < bl ? al : bl;
  int r = m ? memcmp(a.p + as, b.p + bs, m) : 0;
  if (r == 0) r = al < bl ? -1 : al > bl ? 1 : 0;
  return JSValueMakeNumber(ctx, r < 0 ? -1 : r > 0 ? 1 : 0);
}

/* ---- swaps and checks --------------------------------------------------------------------- */

/* swap(view, width) reverses the byte order of each width-byte group (width 2, 4 or 8). */
CN_FN(js_swap) {
  bytes_t b = get_bytes(ctx, CN_ARG(0), exc);
  int w = (int)cn_num(ctx, CN_ARG(1));
  CN_CHECK((w == 2 || w == 4 || w == 8) && b.len % (size_t)w == 0);
  for (size_t i = 0; i < b.len; i += (size_t)w) {
    if (w == 2) {
      uint16_t v;
      memcpy(&v, b.p + i, 2);
      v = __builtin_bswap16(v);
      memcpy(b.p + i, &v, 2);
    } else if (w == 4) {
      uint32_t v;
      memcpy(&v, b.p + i, 4);
      v = __builtin_bswap32(v);
      memcpy(b.p + i, &v, 4);
    } else {
      uint64_t v;
      memcpy(&v, b.p + i, 8);
      v = __builtin_bswap64(v);
      memcpy(b.p + i, &v, 8);
    }
  }
  return JSValueMakeUndefined(ctx);
}

CN_FN(js_is_utf8) {
  bytes_t b = get_bytes(ctx, CN_ARG(0), exc);
  return JSValueMakeBoolean(ctx, utf8_valid(b.p, b.len));
}

CN_FN(js_is_ascii) {
  bytes_t b = get_bytes(ctx, CN_ARG(0), exc);
  return JSValueMakeBoolean(ctx, ascii_valid(b.p, b.len));
}

static void on_big_free(void *bytes, void *size) { munmap(bytes, (size_t)(uintptr_t)size); }

/* createArrayBuffer(size) -> a zero-filled ArrayBuffer on big_alloc'd memory (for large
 * buffers, where page faults dominate). */
CN_FN(js_create_array_buffer) {
  size_t size = arg_size(ctx, CN_ARG(0));
  CN_CHECK(size > 0);
  void *p = big_alloc(size);
  JSObjectRef ab =
      JSObjectMakeArrayBufferWithBytesNoCopy(ctx, p, size, on_big_free, (void *)(uintptr_t)size, exc);
  if (!ab) {
    munmap(p, size);
    return NULL;
  }
  JSReportExtraMemoryCost(ctx, size);
  return ab;
}

void cn_buffer_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  tables_init();
  cn_set_fn(ctx, exports, "byteLengthUtf8", js_byte_length_utf8);
  cn_set_fn(ctx, exports, "write", js_write);
  cn_set_fn(ctx, exports, "toString", js_to_string);
  cn_set_fn(ctx, exports, "releaseString", js_release_string);
  cn_set_fn(ctx, exports, "fill", js_fill);
  cn_set_fn(ctx, exports, "indexOf", js_index_of);
  cn_set_fn(ctx, exports, "indexOfNumber", js_index_of_number);
  cn_set_fn(ctx, exports, "compare", js_compare);
  cn_set_fn(ctx, exports, "swap", js_swap);
  cn_set_fn(ctx, exports, "isUtf8", js_is_utf8);
  cn_set_fn(ctx, exports, "isAscii", js_is_ascii);
  cn_set_fn(ctx, exports, "createArrayBuffer", js_create_array_buffer);
  cn_set_num(ctx, exports, "kLargeString", LARGE_STRING);
}
