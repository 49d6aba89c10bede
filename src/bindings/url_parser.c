/* The URL Standard (url.spec.whatwg.org) basic URL parser, host parser and serializer. */
#include "bindings/url_parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uidna.h>

#define EOF_CP 0xFFFFFFFFu

/* ---- byte strings ---- */

static void ubuf_grow(cn_ubuf_t *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap) return;
  size_t cap = b->cap ? b->cap * 2 : 32;
  while (cap < b->len + extra + 1) cap *= 2;
  char *p = realloc(b->p, cap);
  if (!p) abort();
  b->p = p;
  b->cap = cap;
}

void cn_ubuf_append(cn_ubuf_t *b, const char *s, size_t n) {
  ubuf_grow(b, n);
  if (n) memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = 0;
}

static void ubuf_putc(cn_ubuf_t *b, char c) { cn_ubuf_append(b, &c, 1); }
static void ubuf_puts(cn_ubuf_t *b, const char *s) { cn_ubuf_append(b, s, strlen(s)); }
static void ubuf_reset(cn_ubuf_t *b) {
  b->len = 0;
  if (b->p) b->p[0] = 0;
}
static void ubuf_set(cn_ubuf_t *b, const char *s, size_t n) {
  ubuf_reset(b);
  cn_ubuf_append(b, s, n);
}
void cn_ubuf_free(cn_ubuf_t *b) {
  free(b->p);
  b->p = NULL;
  b->len = b->cap = 0;
}
static bool ubuf_eq(const cn_ubuf_t *b, const char *s) {
  size_t n = strlen(s);
  return b->len == n && (n == 0 || memcmp(b->p, s, n) == 0);
}
static const char *ubuf_str(const cn_ubuf_t *b) { return b->p ? b->p : ""; }

/* ---- code point classes ---- */

static bool is_alpha(uint32_t c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
static bool is_hex(uint32_t c) { return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
static int hex_val(uint32_t c) { return is_digit(c) ? (int)(c - '0') : (int)((c | 0x20) - 'a' + 10); }
static uint32_t lower(uint32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

/* Percent-encode sets, as 128-bit maps over ASCII; every code point above 0x7E is in all. */
typedef struct {
  uint32_t bits[4];
} pset_t;

enum { SET_C0, SET_FRAGMENT, SET_QUERY, SET_SPECIAL_QUERY, SET_PATH, SET_USERINFO, SET_FORM, SET_N };
static pset_t sets[SET_N];
static bool sets_ready;

static void pset_add(pset_t *s, const char *chars) {
  for (; *chars; chars++) s->bits[(unsigned char)*chars >> 5] |= 1u << ((unsigned char)*chars & 31);
}

static void init_sets(void) {
  if (sets_ready) return;
  pset_t c0 = {{0xFFFFFFFFu, 0, 0, 0x80000000u}}; /* C0 controls and DEL */
  sets[SET_C0] = c0;
  sets[SET_FRAGMENT] = c0;
  pset_add(&sets[SET_FRAGMENT], " \"<>`");
  sets[SET_QUERY] = c0;
  pset_add(&sets[SET_QUERY], " \"#<>");
  sets[SET_SPECIAL_QUERY] = sets[SET_QUERY];
  pset_add(&sets[SET_SPECIAL_QUERY], "'");
  sets[SET_PATH] = sets[SET_QUERY];
  pset_add(&sets[SET_PATH], "?`{}");
  sets[SET_USERINFO] = sets[SET_PATH];
  pset_add(&sets[SET_USERINFO], "/:;=@[\\]^|");
  sets[SET_FORM] = sets[SET_USERINFO];
  pset_add(&sets[SET_FORM], "$%&+,!'()~");
  sets_ready = true;
}

static bool in_set(int set, uint32_t c) {
  if (c > 0x7E) return true;
  return (sets[set].bits[c >> 5] >> (c & 31)) & 1;
}

static size_t utf8_encode(uint32_t c, unsigned char out[4]) {
  if (c < 0x80) {
    out[0] = (unsigned char)c;
    return 1;
  }
  if (c < 0x800) {
    out[0] = (unsigned char)(0xC0 | (c >> 6));
    out[1] = (unsigned char)(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    out[0] = (unsigned char)(0xE0 | (c >> 12));
    out[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (unsigned char)(0x80 | (c & 0x3F));
    return 3;
  }
  out[0] = (unsigned char)(0xF0 | (c >> 18));
  out[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
  out[3] = (unsigned char)(0x80 | (c & 0x3F));
  return 4;
}

static const char HEXU[] = "0123456789ABCDEF";

static void put_pct(cn_ubuf_t *b, unsigned char byte) {
  char t[3] = {'%', HEXU[byte >> 4], HEXU[byte & 15]};
  cn_ubuf_append(b, t, 3);
}

/* UTF-8 percent-encodes one code point with the given set. */
static void pct_encode_cp(cn_ubuf_t *b, uint32_t c, int set) {
  if (!in_set(set, c)) {
    ubuf_putc(b, (char)c);
    return;
  }
  unsigned char u[4];
  size_t n = utf8_encode(c, u);
  for (size_t i = 0; i < n; i++) put_pct(b, u[i]);
}

uint32_t *cn_url_utf8_to_cps(const char *s, size_t len, size_t *n) {
  const unsigned char *p = (const unsigned char *)s;
  uint32_t *out = malloc((len + 1) * sizeof(uint32_t));
  if (!out) abort();
  size_t o = 0, i = 0;
  while (i < len) {
    unsigned char c = p[i];
    if (c < 0x80) {
      out[o++] = c;
      i++;
      continue;
    }
    /* WHATWG UTF-8 decode: maximal subparts become one U+FFFD each. */
    uint32_t cp = 0;
    size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
      need = 2;
      cp = c & 0xF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
      need = 3;
      cp = c & 0x7;
    } else {
      out[o++] = 0xFFFD;
      i++;
      continue;
    }
    i++;
    size_t got = 0;
    while (got < need) {
      if (i >= len || p[i] < lo || p[i] > hi) break;
      cp = (cp << 6) | (p[i] & 0x3F);
      lo = 0x80;
      hi = 0xBF;
      i++;
      got++;
    }
    out[o++] = got == need ? cp : 0xFFFD;
  }
  *n = o;
  return out;
}

/* ---- URL records ---- */

void cn_urlrec_init(cn_url_t *url) {
  memset(url, 0, sizeof *url);
  url->port = -1;
}

void cn_urlrec_free(cn_url_t *url) {
  cn_ubuf_free(&url->scheme);
  cn_ubuf_free(&url->username);
  cn_ubuf_free(&url->password);
  cn_ubuf_free(&url->host);
  cn_ubuf_free(&url->path);
  cn_ubuf_free(&url->query);
  cn_ubuf_free(&url->fragment);
}

static void ubuf_copy(cn_ubuf_t *d, const cn_ubuf_t *s) { ubuf_set(d, s->p, s->len); }

void cn_urlrec_copy(cn_url_t *dst, const cn_url_t *src) {
  ubuf_copy(&dst->scheme, &src->scheme);
  ubuf_copy(&dst->username, &src->username);
  ubuf_copy(&dst->password, &src->password);
  ubuf_copy(&dst->host, &src->host);
  ubuf_copy(&dst->path, &src->path);
  ubuf_copy(&dst->query, &src->query);
  ubuf_copy(&dst->fragment, &src->fragment);
  dst->has_host = src->has_host;
  dst->has_query = src->has_query;
  dst->has_fragment = src->has_fragment;
  dst->opaque_path = src->opaque_path;
  dst->port = src->port;
  dst->nsegs = src->nsegs;
}

static int default_port_of(const char *s, size_t n) {
  if (n == 4 && !memcmp(s, "http", 4)) return 80;
  if (n == 5 && !memcmp(s, "https", 5)) return 443;
  if (n == 2 && !memcmp(s, "ws", 2)) return 80;
  if (n == 3 && !memcmp(s, "wss", 3)) return 443;
  if (n == 3 && !memcmp(s, "ftp", 3)) return 21;
  return -1;
}

static bool scheme_special(const char *s, size_t n) {
  return default_port_of(s, n) >= 0 || (n == 4 && !memcmp(s, "file", 4));
}

bool cn_url_is_special(const cn_url_t *url) { return scheme_special(ubuf_str(&url->scheme), url->scheme.len); }
static bool is_file(const cn_url_t *url) { return ubuf_eq(&url->scheme, "file"); }
static int default_port(const cn_url_t *url) { return default_port_of(ubuf_str(&url->scheme), url->scheme.len); }

static bool includes_credentials(const cn_url_t *url) {
  return url->username.len > 0 || url->password.len > 0;
}

bool cn_url_cannot_have_credentials(const cn_url_t *url) {
  return !url->has_host || url->host.len == 0 || is_file(url);
}

static void set_host(cn_url_t *url, const char *s, size_t n) {
  ubuf_set(&url->host, s, n);
  url->has_host = true;
}

static void path_clear(cn_url_t *url) {
  ubuf_reset(&url->path);
  url->nsegs = 0;
}

static void path_append(cn_url_t *url, const char *seg, size_t n) {
  ubuf_putc(&url->path, '/');
  cn_ubuf_append(&url->path, seg, n);
  url->nsegs++;
}

static bool is_normalized_drive(const char *s, size_t n) {
  return n == 2 && is_alpha((unsigned char)s[0]) && s[1] == ':';
}
static bool is_drive(const char *s, size_t n) {
  return n == 2 && is_alpha((unsigned char)s[0]) && (s[1] == ':' || s[1] == '|');
}

/* First segment of a path list (without its slash). */
static const char *path_first(const cn_url_t *url, size_t *n) {
  if (url->nsegs == 0) {
    *n = 0;
    return "";
  }
  const char *s = url->path.p + 1;
  const char *e = memchr(s, '/', url->path.len - 1);
  *n = e ? (size_t)(e - s) : url->path.len - 1;
  return s;
}

static void path_shorten(cn_url_t *url) {
  if (url->nsegs == 0) return;
  if (is_file(url) && url->nsegs == 1) {
    size_t n;
    const char *s = path_first(url, &n);
    if (is_normalized_drive(s, n)) return;
  }
  char *last = url->path.p + url->path.len;
  while (last > url->path.p && last[-1] != '/') last--;
  url->path.len = (size_t)(last - url->path.p) - 1;
  url->path.p[url->path.len] = 0;
  url->nsegs--;
}

/* Does cps[0..n) start with a Windows drive letter (spec definition)? */
static bool starts_with_drive(const uint32_t *c, size_t n) {
  if (n < 2 || !is_alpha(c[0]) || (c[1] != ':' && c[1] != '|')) return false;
  if (n == 2) return true;
  return c[2] == '/' || c[2] == '\\' || c[2] == '?' || c[2] == '#';
}

/* ---- IPv4 / IPv6 ---- */

/* Parses one IPv4 part; returns false on failure. Values above 2^32 saturate. */
static bool ipv4_number(const char *s, size_t n, uint64_t *out) {
  if (n == 0) return false;
  int radix = 10;
  if (n >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x') {
    radix = 16;
    s += 2;
    n -= 2;
  } else if (n >= 2 && s[0] == '0') {
    radix = 8;
    s += 1;
    n -= 1;
  }
  uint64_t v = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    int d;
    if (radix == 16) {
      if (!is_hex(c)) return false;
      d = hex_val(c);
    } else {
      if (!is_digit(c) || c - '0' >= radix) return false;
      d = c - '0';
    }
    v = v * (uint64_t)radix + (uint64_t)d;
    if (v > 0x1FFFFFFFFull) v = 0x1FFFFFFFFull;
  }
  *out = v;
  return true;
}

static bool ends_in_number(const char *s, size_t n) {
  if (n && s[n - 1] == '.') {
    n--;
    if (n == 0) return false; /* only "." -> parts ["", ""] minus last -> [""] */
  }
  size_t start = n;
  while (start > 0 && s[start - 1] != '.') start--;
  const char *last = s + start;
  size_t ln = n - start;
  if (ln == 0) return false;
  bool digits = true;
  for (size_t i = 0; i < ln; i++)
    if (!is_digit((unsigned char)last[i])) digits = false;
  if (digits) return true;
  uint64_t v;
  return ipv4_number(last, ln, &v);
}

/* Returns 1 on success (address in *out), 0 on failure. */
static int ipv4_parse(const char *s, size_t n, uint32_t *out) {
  if (n && s[n - 1] == '.') n--; /* a trailing empty part is dropped (there is >1 part) */
  uint64_t nums[4];
  size_t count = 0, start = 0;
  for (size_t i = 0; i <= n; i++) {
    if (i == n || s[i] == '.') {
      if (count == 4) return 0;
      if (!ipv4_number(s + start, i - start, &nums[count])) return 0;
      count++;
      start = i + 1;
    }
  }
  for (size_t i = 0; i + 1 < count; i++)
    if (nums[i] > 255) return 0;
  uint64_t limit = 1ull << (8 * (5 - count));
  if (nums[count - 1] >= limit) return 0;
  uint64_t v = nums[count - 1];
  for (size_t i = 0; i + 1 < count; i++) v += nums[i] << (8 * (3 - i));
  *out = (uint32_t)v;
  return 1;
}

static bool ipv6_parse(const uint32_t *c, size_t n, uint16_t addr[8]) {
  memset(addr, 0, 16);
  int piece = 0, compress = -1;
  size_t p = 0;
#define C (p < n ? c[p] : EOF_CP)
  if (C == ':') {
    if (p + 1 >= n || c[p + 1] != ':') return false;
    p += 2;
    piece++;
    compress = piece;
  }
  while (C != EOF_CP) {
    if (piece == 8) return false;
    if (C == ':') {
      if (compress != -1) return false;
      p++;
      piece++;
      compress = piece;
      continue;
    }
    uint32_t value = 0;
    int length = 0;
    while (length < 4 && C != EOF_CP && is_hex(C)) {
      value = value * 16 + (uint32_t)hex_val(C);
      p++;
      length++;
    }
    if (C == '.') {
      if (length == 0) return false;
      p -= (size_t)length;
      if (piece > 6) return false;
      int seen = 0;
      while (C != EOF_CP) {
        int v4 = -1;
        if (seen > 0) {
          if (C == '.' && seen < 4)
            p++;
          else
            return false;
        }
        if (C == EOF_CP || !is_digit(C)) return false;
        while (C != EOF_CP && is_digit(C)) {
          int d = (int)(C - '0');
          if (v4 == -1)
            v4 = d;
          else if (v4 == 0)
            return false;
          else
            v4 = v4 * 10 + d;
          if (v4 > 255) return false;
          p++;
        }
        addr[piece] = (uint16_t)(addr[piece] * 0x100 + v4);
        seen++;
        if (seen == 2 || seen == 4) piece++;
      }
      if (seen != 4) return false;
      break;
    } else if (C == ':') {
      p++;
      if (C == EOF_CP) return false;
    } else if (C != EOF_CP) {
      return false;
    }
    addr[piece] = (uint16_t)value;
    piece++;
  }
#undef C
  if (compress != -1) {
    int swaps = piece - compress;
    piece = 7;
    while (piece != 0 && swaps > 0) {
      uint16_t t = addr[piece];
      addr[piece] = addr[compress + swaps - 1];
      addr[compress + swaps - 1] = t;
      piece--;
      swaps--;
    }
  } else if (piece != 8) {
    return false;
  }
  return true;
}

static void ipv6_serialize(const uint16_t a[8], cn_ubuf_t *out) {
  int best = -1, bestlen = 1;
  for (int i = 0; i < 8;) {
    if (a[i] != 0) {
      i++;
      continue;
    }
    int j = i;
    while (j < 8 && a[j] == 0) j++;
    if (j - i > bestlen) {
      best = i;
      bestlen = j - i;
    }
    i = j;
  }
  ubuf_putc(out, '[');
  bool ignore0 = false;
  for (int i = 0; i < 8; i++) {
    if (ignore0 && a[i] == 0) continue;
    ignore0 = false;
    if (best == i) {
      ubuf_puts(out, i == 0 ? "::" : ":");
      ignore0 = true;
      continue;
    }
    char t[8];
    snprintf(t, sizeof t, "%x", a[i]);
    ubuf_puts(out, t);
    if (i != 7) ubuf_putc(out, ':');
  }
  ubuf_putc(out, ']');
}

/* ---- host parsing ---- */

static bool forbidden_host_cp(uint32_t c) {
  switch (c) {
    case 0: case '\t': case '\n': case '\r': case ' ': case '#': case '/': case ':': case '<':
    case '>': case '?': case '@': case '[': case '\\': case ']': case '^': case '|':
      return true;
    default:
      return false;
  }
}

static bool forbidden_domain_cp(uint32_t c) {
  return forbidden_host_cp(c) || c <= 0x1F || c == '%' || c == 0x7F;
}

/* UTS #46 ToASCII per the URL Standard; out receives the ASCII domain. */
static bool domain_to_ascii(const char *in, size_t len, cn_ubuf_t *out) {
  /* Fast path the spec allows: ASCII without any "xn--" label is just lowercased. */
  bool ascii = true, xn = false;
  for (size_t i = 0; i < len; i++) {
    if ((unsigned char)in[i] >= 0x80) ascii = false;
    if ((i == 0 || in[i - 1] == '.') && i + 4 <= len && (in[i] | 0x20) == 'x' &&
        (in[i + 1] | 0x20) == 'n' && in[i + 2] == '-' && in[i + 3] == '-')
      xn = true;
  }
  ubuf_reset(out);
  if (ascii && !xn) {
    for (size_t i = 0; i < len; i++) ubuf_putc(out, (char)lower((unsigned char)in[i]));
    return out->len > 0;
  }
  UErrorCode err = U_ZERO_ERROR;
  UIDNA *idna = uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ |
                                    UIDNA_NONTRANSITIONAL_TO_ASCII |
                                    UIDNA_NONTRANSITIONAL_TO_UNICODE,
                                &err);
  if (U_FAILURE(err)) return false;
  int32_t cap = (int32_t)(len * 4 + 64);
  char *buf = malloc((size_t)cap);
  if (!buf) abort();
  UIDNAInfo info = UIDNA_INFO_INITIALIZER;
  int32_t n = uidna_nameToASCII_UTF8(idna, in, (int32_t)len, buf, cap, &info, &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {
    err = U_ZERO_ERROR;
    free(buf);
    cap = n + 1;
    buf = malloc((size_t)cap);
    if (!buf) abort();
    info = (UIDNAInfo)UIDNA_INFO_INITIALIZER;
    n = uidna_nameToASCII_UTF8(idna, in, (int32_t)len, buf, cap, &info, &err);
  }
  uidna_close(idna);
  uint32_t ignored = UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG |
                     UIDNA_ERROR_DOMAIN_NAME_TOO_LONG | UIDNA_ERROR_LEADING_HYPHEN |
                     UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4;
  bool ok = U_SUCCESS(err) && (info.errors & ~ignored) == 0 && n > 0;
  if (ok) cn_ubuf_append(out, buf, (size_t)n);
  free(buf);
  return ok;
}

bool cn_url_domain_to_ascii(const char *in, size_t len, cn_ubuf_t *out) {
  return domain_to_ascii(in, len, out);
}

void cn_url_domain_to_unicode(const char *in, size_t len, cn_ubuf_t *out) {
  ubuf_reset(out);
  UErrorCode err = U_ZERO_ERROR;
  UIDNA *idna = uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ |
                                    UIDNA_NONTRANSITIONAL_TO_ASCII |
                                    UIDNA_NONTRANSITIONAL_TO_UNICODE,
                                &err);
  if (U_FAILURE(err)) return;
  int32_t cap = (int32_t)(len * 4 + 64);
  char *buf = malloc((size_t)cap);
  if (!buf) abort();
  UIDNAInfo info = UIDNA_INFO_INITIALIZER;
  int32_t n = uidna_nameToUnicodeUTF8(idna, in, (int32_t)len, buf, cap, &info, &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {
    err = U_ZERO_ERROR;
    free(buf);
    cap = n + 1;
    buf = malloc((size_t)cap);
    if (!buf) abort();
    info = (UIDNAInfo)UIDNA_INFO_INITIALIZER;
    n = uidna_nameToUnicodeUTF8(idna, in, (int32_t)len, buf, cap, &info, &err);
  }
  uidna_close(idna);
  if (U_SUCCESS(err) && n > 0) cn_ubuf_append(out, buf, (size_t)n);
  free(buf);
}

void cn_url_percent_decode(const char *in, size_t len, bool plus, cn_ubuf_t *out) {
  ubuf_reset(out);
  ubuf_grow(out, len);
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)in[i];
    if (c == '%' && i + 2 < len && is_hex((unsigned char)in[i + 1]) &&
        is_hex((unsigned char)in[i + 2])) {
      ubuf_putc(out, (char)(hex_val((unsigned char)in[i + 1]) * 16 + hex_val((unsigned char)in[i + 2])));
      i += 2;
    } else if (c == '+' && plus) {
      ubuf_putc(out, ' ');
    } else {
      ubuf_putc(out, (char)c);
    }
  }
}

void cn_url_form_encode(const char *in, size_t len, cn_ubuf_t *out) {
  init_sets();
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)in[i];
    if (c == ' ')
      ubuf_putc(out, '+');
    else if (c >= 0x80 || in_set(SET_FORM, c))
      put_pct(out, c);
    else
      ubuf_putc(out, (char)c);
  }
}

/* The system ICU may predate Unicode 16's IDNA mapping table; these are the mappings that
 * changed since (U+1E9E in 15.1, five CJK compatibility ideographs in 16.0), applied before
 * ICU sees the domain so results match the current UTS #46. */
static uint32_t newer_idna_mapping(uint32_t c) {
  switch (c) {
    case 0x1E9E: return 0xDF;
    case 0x2F868: return 0x36FC;
    case 0x2F874: return 0x5F53;
    case 0x2F91F: return 0x43AB;
    case 0x2F95F: return 0x7AEE;
    case 0x2F9BF: return 0x4D57;
    default: return c;
  }
}

/* Host parser on code points [s, s+n); writes the serialized host to out. */
static bool host_parse(const uint32_t *s, size_t n, bool not_special, cn_ubuf_t *out) {
  ubuf_reset(out);
  if (n > 0 && s[0] == '[') {
    if (s[n - 1] != ']') return false;
    uint16_t a[8];
    if (!ipv6_parse(s + 1, n - 2, a)) return false;
    ipv6_serialize(a, out);
    return true;
  }
  if (not_special) {
    for (size_t i = 0; i < n; i++)
      if (forbidden_host_cp(s[i])) return false;
    for (size_t i = 0; i < n; i++) pct_encode_cp(out, s[i], SET_C0);
    return true;
  }
  /* UTF-8 encode, percent-decode, then UTF-8 decode without BOM (invalid bytes -> U+FFFD). */
  cn_ubuf_t utf8 = {0}, dec = {0}, clean = {0}, ascii = {0};
  for (size_t i = 0; i < n; i++) {
    unsigned char u[4];
    cn_ubuf_append(&utf8, (char *)u, utf8_encode(s[i], u));
  }
  cn_url_percent_decode(ubuf_str(&utf8), utf8.len, false, &dec);
  size_t ncp;
  uint32_t *cps = cn_url_utf8_to_cps(ubuf_str(&dec), dec.len, &ncp);
  for (size_t i = 0; i < ncp; i++) {
    unsigned char u[4];
    cn_ubuf_append(&clean, (char *)u, utf8_encode(newer_idna_mapping(cps[i]), u));
  }
  free(cps);
  bool ok = clean.len > 0 && domain_to_ascii(ubuf_str(&clean), clean.len, &ascii);
  if (ok) {
    for (size_t i = 0; i < ascii.len; i++)
      if (forbidden_domain_cp((unsigned char)ascii.p[i])) ok = false;
  }
  if (ok && ends_in_number(ascii.p, ascii.len)) {
    uint32_t v;
    ok = ipv4_parse(ascii.p, ascii.len, &v);
    if (ok) {
      char t[20];
      snprintf(t, sizeof t, "%u.%u.%u.%u", v >> 24, (v >> 16) & 255, (v >> 8) & 255, v & 255);
      ubuf_set(out, t, strlen(t));
    }
  } else if (ok) {
    ubuf_set(out, ascii.p, ascii.len);
  }
  cn_ubuf_free(&utf8);
  cn_ubuf_free(&dec);
  cn_ubuf_free(&clean);
  cn_ubuf_free(&ascii);
  return ok;
}

bool cn_url_host_parse_utf8(const char *in, size_t len, bool special, cn_ubuf_t *out) {
  init_sets();
  size_t n;
  uint32_t *cps = cn_url_utf8_to_cps(in, len, &n);
  bool ok = n > 0 && host_parse(cps, n, !special, out);
  free(cps);
  return ok;
}

/* ---- the state machine ---- */

enum {
  S_SCHEME_START = 1, S_HOST = 2, S_HOSTNAME = 3, S_PORT = 4, S_PATH_START = 5, S_QUERY = 6,
  S_FRAGMENT = 7, S_SCHEME, S_NO_SCHEME, S_SPECIAL_RELATIVE_OR_AUTHORITY, S_PATH_OR_AUTHORITY,
  S_RELATIVE, S_RELATIVE_SLASH, S_SPECIAL_AUTHORITY_SLASHES, S_SPECIAL_AUTHORITY_IGNORE_SLASHES,
  S_AUTHORITY, S_FILE, S_FILE_SLASH, S_FILE_HOST, S_PATH, S_OPAQUE_PATH
};

static bool is_single_dot(const cn_ubuf_t *b) {
  return ubuf_eq(b, ".") || (b->len == 3 && !strncasecmp(b->p, "%2e", 3));
}
static bool is_double_dot(const cn_ubuf_t *b) {
  if (ubuf_eq(b, "..")) return true;
  if (b->len == 4) return !strncasecmp(b->p, ".%2e", 4) || !strncasecmp(b->p, "%2e.", 4);
  if (b->len == 6) return !strncasecmp(b->p, "%2e%2e", 6);
  return false;
}

static void copy_base_authority(cn_url_t *url, const cn_url_t *base) {
  ubuf_copy(&url->username, &base->username);
  ubuf_copy(&url->password, &base->password);
  ubuf_copy(&url->host, &base->host);
  url->has_host = base->has_host;
  url->port = base->port;
}

static void copy_base_path(cn_url_t *url, const cn_url_t *base) {
  ubuf_copy(&url->path, &base->path);
  url->nsegs = base->nsegs;
}

static void copy_base_query(cn_url_t *url, const cn_url_t *base) {
  ubuf_copy(&url->query, &base->query);
  url->has_query = base->has_query;
}

bool cn_url_parse(const uint32_t *input, size_t n, const cn_url_t *base, cn_url_t *url,
                  int override) {
  init_sets();
  /* Remove tab/newline, and without an url trim C0 control or space. */
  uint32_t *in = malloc((n + 1) * sizeof(uint32_t));
  if (!in) abort();
  size_t b = 0, e = n;
  if (!override) {
    while (b < e && input[b] <= 0x20) b++;
    while (e > b && input[e - 1] <= 0x20) e--;
  }
  size_t len = 0;
  for (size_t i = b; i < e; i++)
    if (input[i] != '\t' && input[i] != '\n' && input[i] != '\r') in[len++] = input[i];

  int state = override ? override : S_SCHEME_START;
  cn_ubuf_t buf = {0}, hostbuf = {0};
  size_t bstart = 0; /* start of the code point buffer (authority/host/file host states) */
  bool at_seen = false, inside_brackets = false, password_seen = false;
  bool ok = true;

  for (size_t p = 0;; p++) {
    uint32_t c = p < len ? in[p] : EOF_CP;
    bool special = cn_url_is_special(url);
    switch (state) {
      case S_SCHEME_START:
        if (c != EOF_CP && is_alpha(c)) {
          ubuf_putc(&buf, (char)lower(c));
          state = S_SCHEME;
        } else if (!override) {
          state = S_NO_SCHEME;
          p--;
        } else {
          ok = false;
          goto done;
        }
        break;
      case S_SCHEME:
        if (c != EOF_CP && (is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.')) {
          ubuf_putc(&buf, (char)lower(c));
        } else if (c == ':') {
          bool bspecial = scheme_special(ubuf_str(&buf), buf.len);
          if (override) {
            if (special != bspecial) goto done;
            if ((includes_credentials(url) || url->port >= 0) && ubuf_eq(&buf, "file")) goto done;
            if (is_file(url) && url->has_host && url->host.len == 0) goto done;
          }
          ubuf_copy(&url->scheme, &buf);
          if (override) {
            if (url->port >= 0 && url->port == default_port(url)) url->port = -1;
            goto done;
          }
          ubuf_reset(&buf);
          if (is_file(url)) {
            state = S_FILE;
          } else if (bspecial && base && ubuf_eq(&base->scheme, ubuf_str(&url->scheme))) {
            state = S_SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (bspecial) {
            state = S_SPECIAL_AUTHORITY_SLASHES;
          } else if (p + 1 < len && in[p + 1] == '/') {
            state = S_PATH_OR_AUTHORITY;
            p++;
          } else {
            path_clear(url);
            url->opaque_path = true;
            state = S_OPAQUE_PATH;
          }
        } else if (!override) {
          ubuf_reset(&buf);
          state = S_NO_SCHEME;
          p = (size_t)-1;
        } else {
          ok = false;
          goto done;
        }
        break;
      case S_NO_SCHEME:
        if (!base || (base->opaque_path && c != '#')) {
          ok = false;
          goto done;
        } else if (base->opaque_path && c == '#') {
          ubuf_copy(&url->scheme, &base->scheme);
          copy_base_path(url, base);
          url->opaque_path = true;
          copy_base_query(url, base);
          ubuf_reset(&url->fragment);
          url->has_fragment = true;
          state = S_FRAGMENT;
        } else if (!ubuf_eq(&base->scheme, "file")) {
          state = S_RELATIVE;
          p--;
        } else {
          state = S_FILE;
          p--;
        }
        break;
      case S_SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c == '/' && p + 1 < len && in[p + 1] == '/') {
          state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = S_RELATIVE;
          p--;
        }
        break;
      case S_PATH_OR_AUTHORITY:
        if (c == '/') {
          state = S_AUTHORITY;
          bstart = p + 1;
        } else {
          state = S_PATH;
          p--;
        }
        break;
      case S_RELATIVE:
        ubuf_copy(&url->scheme, &base->scheme);
        special = cn_url_is_special(url);
        if (c == '/' || (special && c == '\\')) {
          state = S_RELATIVE_SLASH;
        } else {
          copy_base_authority(url, base);
          copy_base_path(url, base);
          copy_base_query(url, base);
          if (c == '?') {
            ubuf_reset(&url->query);
            url->has_query = true;
            state = S_QUERY;
          } else if (c == '#') {
            ubuf_reset(&url->fragment);
            url->has_fragment = true;
            state = S_FRAGMENT;
          } else if (c != EOF_CP) {
            ubuf_reset(&url->query);
            url->has_query = false;
            path_shorten(url);
            state = S_PATH;
            p--;
          }
        }
        break;
      case S_RELATIVE_SLASH:
        if (special && (c == '/' || c == '\\')) {
          state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c == '/') {
          state = S_AUTHORITY;
          bstart = p + 1;
        } else {
          copy_base_authority(url, base);
          state = S_PATH;
          p--;
        }
        break;
      case S_SPECIAL_AUTHORITY_SLASHES:
        if (c == '/' && p + 1 < len && in[p + 1] == '/') {
          p++;
        } else {
          p--;
        }
        state = S_SPECIAL_AUTHORITY_IGNORE_SLASHES;
        break;
      case S_SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c != '/' && c != '\\') {
          state = S_AUTHORITY;
          bstart = p;
          p--;
        }
        break;
      case S_AUTHORITY:
        if (c == '@') {
          if (at_seen) cn_ubuf_append(password_seen ? &url->password : &url->username, "%40", 3);
          at_seen = true;
          for (size_t i = bstart; i < p; i++) {
            if (in[i] == ':' && !password_seen) {
              password_seen = true;
              continue;
            }
            pct_encode_cp(password_seen ? &url->password : &url->username, in[i], SET_USERINFO);
          }
          bstart = p + 1;
        } else if (c == EOF_CP || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
          if (at_seen && bstart == p) {
            ok = false;
            goto done;
          }
          p = bstart - 1;
          state = S_HOST;
        }
        break;
      case S_HOST:
      case S_HOSTNAME:
        if (override && is_file(url)) {
          p--;
          state = S_FILE_HOST;
          bstart = p + 1;
        } else if (c == ':' && !inside_brackets) {
          if (bstart == p) {
            ok = false;
            goto done;
          }
          if (override == S_HOSTNAME) {
            ok = false;
            goto done;
          }
          if (!host_parse(in + bstart, p - bstart, !special, &hostbuf)) {
            ok = false;
            goto done;
          }
          set_host(url, hostbuf.p, hostbuf.len);
          state = S_PORT;
          bstart = p + 1;
        } else if (c == EOF_CP || c == '/' || c == '?' || c == '#' || (special && c == '\\')) {
          size_t hlen = p - bstart;
          p--;
          if (special && hlen == 0) {
            ok = false;
            goto done;
          } else if (override && hlen == 0 && (includes_credentials(url) || url->port >= 0)) {
            ok = false;
            goto done;
          }
          if (!host_parse(in + bstart, hlen, !special, &hostbuf)) {
            ok = false;
            goto done;
          }
          set_host(url, hostbuf.p, hostbuf.len);
          state = S_PATH_START;
          if (override) goto done;
        } else {
          if (c == '[') inside_brackets = true;
          if (c == ']') inside_brackets = false;
        }
        break;
      case S_PORT:
        if (c != EOF_CP && is_digit(c)) {
          /* accumulated via bstart..p */
        } else if (c == EOF_CP || c == '/' || c == '?' || c == '#' || (special && c == '\\') ||
                   override) {
          if (p > bstart) {
            uint64_t v = 0;
            for (size_t i = bstart; i < p; i++) {
              v = v * 10 + (in[i] - '0');
              if (v > 65535) {
                ok = false;
                goto done;
              }
            }
            url->port = ((int)v == default_port(url)) ? -1 : (int32_t)v;
            if (override) goto done;
          }
          if (override) {
            ok = false;
            goto done;
          }
          state = S_PATH_START;
          p--;
        } else {
          ok = false;
          goto done;
        }
        break;
      case S_FILE:
        ubuf_set(&url->scheme, "file", 4);
        set_host(url, "", 0);
        if (c == '/' || c == '\\') {
          state = S_FILE_SLASH;
        } else if (base && ubuf_eq(&base->scheme, "file")) {
          ubuf_copy(&url->host, &base->host);
          url->has_host = base->has_host;
          copy_base_path(url, base);
          copy_base_query(url, base);
          if (c == '?') {
            ubuf_reset(&url->query);
            url->has_query = true;
            state = S_QUERY;
          } else if (c == '#') {
            ubuf_reset(&url->fragment);
            url->has_fragment = true;
            state = S_FRAGMENT;
          } else if (c != EOF_CP) {
            ubuf_reset(&url->query);
            url->has_query = false;
            if (!starts_with_drive(in + p, len - p))
              path_shorten(url);
            else
              path_clear(url);
            state = S_PATH;
            p--;
          }
        } else {
          state = S_PATH;
          p--;
        }
        break;
      case S_FILE_SLASH:
        if (c == '/' || c == '\\') {
          state = S_FILE_HOST;
          bstart = p + 1;
        } else {
          if (base && ubuf_eq(&base->scheme, "file")) {
            ubuf_copy(&url->host, &base->host);
            url->has_host = base->has_host;
            size_t fn;
            const char *first = path_first(base, &fn);
            if (!starts_with_drive(in + p, len - p) && base->nsegs > 0 &&
                is_normalized_drive(first, fn))
              path_append(url, first, fn);
          }
          state = S_PATH;
          p--;
        }
        break;
      case S_FILE_HOST:
        if (c == EOF_CP || c == '/' || c == '\\' || c == '?' || c == '#') {
          size_t hlen = p - bstart;
          p--;
          if (!override && hlen == 2 && is_alpha(in[bstart]) &&
              (in[bstart + 1] == ':' || in[bstart + 1] == '|')) {
            /* Windows drive letter quirk: the buffer carries into the path state. */
            ubuf_putc(&buf, (char)in[bstart]);
            ubuf_putc(&buf, (char)in[bstart + 1]);
            state = S_PATH;
          } else if (hlen == 0) {
            set_host(url, "", 0);
            if (override) goto done;
            state = S_PATH_START;
          } else {
            if (!host_parse(in + bstart, hlen, !special, &hostbuf)) {
              ok = false;
              goto done;
            }
            if (ubuf_eq(&hostbuf, "localhost")) ubuf_reset(&hostbuf);
            set_host(url, hostbuf.p, hostbuf.len);
            if (override) goto done;
            state = S_PATH_START;
          }
        }
        break;
      case S_PATH_START:
        if (special) {
          state = S_PATH;
          if (c != '/' && c != '\\') p--;
        } else if (!override && c == '?') {
          ubuf_reset(&url->query);
          url->has_query = true;
          state = S_QUERY;
        } else if (!override && c == '#') {
          ubuf_reset(&url->fragment);
          url->has_fragment = true;
          state = S_FRAGMENT;
        } else if (c != EOF_CP) {
          state = S_PATH;
          if (c != '/') p--;
        } else if (override && !url->has_host) {
          path_append(url, "", 0);
        }
        break;
      case S_PATH:
        if (c == EOF_CP || c == '/' || (special && c == '\\') ||
            (!override && (c == '?' || c == '#'))) {
          bool slash = c == '/' || (special && c == '\\');
          if (is_double_dot(&buf)) {
            path_shorten(url);
            if (!slash) path_append(url, "", 0);
          } else if (is_single_dot(&buf) && !slash) {
            path_append(url, "", 0);
          } else if (!is_single_dot(&buf)) {
            if (is_file(url) && url->nsegs == 0 && is_drive(buf.p, buf.len)) buf.p[1] = ':';
            path_append(url, ubuf_str(&buf), buf.len);
          }
          ubuf_reset(&buf);
          if (c == '?') {
            ubuf_reset(&url->query);
            url->has_query = true;
            state = S_QUERY;
          } else if (c == '#') {
            ubuf_reset(&url->fragment);
            url->has_fragment = true;
            state = S_FRAGMENT;
          }
        } else {
          pct_encode_cp(&buf, c, SET_PATH);
        }
        break;
      case S_OPAQUE_PATH:
        if (c == '?') {
          ubuf_reset(&url->query);
          url->has_query = true;
          state = S_QUERY;
        } else if (c == '#') {
          ubuf_reset(&url->fragment);
          url->has_fragment = true;
          state = S_FRAGMENT;
        } else if (c != EOF_CP) {
          pct_encode_cp(&url->path, c, SET_C0);
        }
        break;
      case S_QUERY:
        if ((!override && c == '#') || c == EOF_CP) {
          if (c == '#') {
            ubuf_reset(&url->fragment);
            url->has_fragment = true;
            state = S_FRAGMENT;
          }
        } else {
          url->has_query = true;
          pct_encode_cp(&url->query, c, special ? SET_SPECIAL_QUERY : SET_QUERY);
        }
        break;
      case S_FRAGMENT:
        if (c != EOF_CP) pct_encode_cp(&url->fragment, c, SET_FRAGMENT);
        break;
      default:
        abort();
    }
    /* The machine stops once a run leaves the pointer on EOF. */
    if (p == len) break;
  }
done:
  cn_ubuf_free(&buf);
  cn_ubuf_free(&hostbuf);
  free(in);
  return ok;
}

/* ---- serializer and non-parser setters ---- */

void cn_url_serialize(const cn_url_t *url, cn_ubuf_t *out, int32_t comps[CN_URLC_COUNT]) {
  ubuf_reset(out);
  cn_ubuf_append(out, ubuf_str(&url->scheme), url->scheme.len);
  ubuf_putc(out, ':');
  comps[CN_URLC_PROTOCOL_END] = (int32_t)out->len;
  comps[CN_URLC_USERNAME_START] = comps[CN_URLC_USERNAME_END] = (int32_t)out->len;
  comps[CN_URLC_PASSWORD_START] = comps[CN_URLC_PASSWORD_END] = (int32_t)out->len;
  comps[CN_URLC_HOST_START] = comps[CN_URLC_HOST_END] = -1;
  comps[CN_URLC_PORT] = url->port;
  if (url->has_host) {
    ubuf_puts(out, "//");
    if (includes_credentials(url)) {
      comps[CN_URLC_USERNAME_START] = (int32_t)out->len;
      cn_ubuf_append(out, ubuf_str(&url->username), url->username.len);
      comps[CN_URLC_USERNAME_END] = (int32_t)out->len;
      if (url->password.len) {
        ubuf_putc(out, ':');
        comps[CN_URLC_PASSWORD_START] = (int32_t)out->len;
        cn_ubuf_append(out, url->password.p, url->password.len);
      } else {
        comps[CN_URLC_PASSWORD_START] = (int32_t)out->len;
      }
      comps[CN_URLC_PASSWORD_END] = (int32_t)out->len;
      ubuf_putc(out, '@');
    } else {
      comps[CN_URLC_USERNAME_START] = comps[CN_URLC_USERNAME_END] = (int32_t)out->len;
      comps[CN_URLC_PASSWORD_START] = comps[CN_URLC_PASSWORD_END] = (int32_t)out->len;
    }
    comps[CN_URLC_HOST_START] = (int32_t)out->len;
    cn_ubuf_append(out, ubuf_str(&url->host), url->host.len);
    comps[CN_URLC_HOST_END] = (int32_t)out->len;
    if (url->port >= 0) {
      char t[12];
      snprintf(t, sizeof t, ":%d", (int)url->port);
      ubuf_puts(out, t);
    }
  } else if (!url->opaque_path && url->nsegs > 1 && url->path.len > 1 && url->path.p[1] == '/') {
    ubuf_puts(out, "/.");
  }
  comps[CN_URLC_PATH_START] = (int32_t)out->len;
  cn_ubuf_append(out, ubuf_str(&url->path), url->path.len);
  comps[CN_URLC_SEARCH_START] = -1;
  if (url->has_query) {
    comps[CN_URLC_SEARCH_START] = (int32_t)out->len;
    ubuf_putc(out, '?');
    cn_ubuf_append(out, ubuf_str(&url->query), url->query.len);
  }
  comps[CN_URLC_HASH_START] = -1;
  if (url->has_fragment) {
    comps[CN_URLC_HASH_START] = (int32_t)out->len;
    ubuf_putc(out, '#');
    cn_ubuf_append(out, ubuf_str(&url->fragment), url->fragment.len);
  }
  comps[CN_URLC_FLAGS] = (url->opaque_path ? 1 : 0) | (cn_url_is_special(url) ? 2 : 0);
}

void cn_url_set_userinfo(cn_url_t *url, bool password, const uint32_t *in, size_t n) {
  init_sets();
  cn_ubuf_t *b = password ? &url->password : &url->username;
  ubuf_reset(b);
  for (size_t i = 0; i < n; i++) pct_encode_cp(b, in[i], SET_USERINFO);
}

void cn_url_strip_opaque_trailing_spaces(cn_url_t *url) {
  if (!url->opaque_path || url->has_fragment || url->has_query) return;
  while (url->path.len && url->path.p[url->path.len - 1] == ' ') url->path.len--;
  if (url->path.p) url->path.p[url->path.len] = 0;
}
