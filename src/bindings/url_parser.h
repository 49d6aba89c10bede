/* The WHATWG URL Standard's basic URL parser, host parser and serializer, free of any JS engine
 * (so the fuzzer can build it alone). Input is code points, output is always ASCII. */
#ifndef CN_URL_PARSER_H
#define CN_URL_PARSER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A growable byte string. NUL-terminated whenever len > 0 or p != NULL. */
typedef struct {
  char *p;
  size_t len, cap;
} cn_ubuf_t;

/* A parsed URL record. `path` holds either the opaque path, or the path list serialized as
 * "/seg1/seg2" (nsegs items; "" with nsegs == 0 is the empty list). */
typedef struct {
  cn_ubuf_t scheme, username, password, host, path, query, fragment;
  bool has_host, has_query, has_fragment, opaque_path;
  int32_t port; /* -1 when null */
  size_t nsegs;
} cn_url_t;

/* State overrides, as the setters use them (0 = none). */
enum {
  CN_URL_NO_OVERRIDE = 0,
  CN_URL_SCHEME_START,
  CN_URL_HOST,
  CN_URL_HOSTNAME,
  CN_URL_PORT,
  CN_URL_PATH_START,
  CN_URL_QUERY,
  CN_URL_FRAGMENT,
};

/* Component offsets handed to JS with the serialized href (see cn_url_serialize). */
enum {
  CN_URLC_PROTOCOL_END, /* index just past ':' */
  CN_URLC_USERNAME_START,
  CN_URLC_USERNAME_END,
  CN_URLC_PASSWORD_START,
  CN_URLC_PASSWORD_END,
  CN_URLC_HOST_START, /* -1 when the host is null */
  CN_URLC_HOST_END,
  CN_URLC_PORT, /* -1 when null */
  CN_URLC_PATH_START,
  CN_URLC_SEARCH_START, /* index of '?' or -1 */
  CN_URLC_HASH_START,   /* index of '#' or -1 */
  CN_URLC_FLAGS,        /* bit 0: opaque path, bit 1: special scheme */
  CN_URLC_COUNT
};

void cn_urlrec_init(cn_url_t *url);
void cn_urlrec_free(cn_url_t *url);
/* Deep copy; dst must be initialized (its old contents are freed). */
void cn_urlrec_copy(cn_url_t *dst, const cn_url_t *src);

/* Runs the basic URL parser over `in` (n code points; surrogates already replaced). With
 * override == 0, `url` must be fresh (cn_urlrec_init) and leading/trailing C0-or-space is
 * trimmed; otherwise `url` is modified in place as the spec's setters do. Returns false on
 * failure (url may then be partly modified when an override was given). Allocation failure
 * aborts. */
bool cn_url_parse(const uint32_t *in, size_t n, const cn_url_t *base, cn_url_t *url,
                  int override);

/* Serializes url into out (reset first) and fills comps[CN_URLC_COUNT]. Can't fail. */
void cn_url_serialize(const cn_url_t *url, cn_ubuf_t *out, int32_t comps[CN_URLC_COUNT]);

/* Setters that are not parser invocations. */
bool cn_url_cannot_have_credentials(const cn_url_t *url);
void cn_url_set_userinfo(cn_url_t *url, bool password, const uint32_t *in, size_t n);
/* Strips trailing spaces of an opaque path when neither query nor fragment remain. */
void cn_url_strip_opaque_trailing_spaces(cn_url_t *url);
bool cn_url_is_special(const cn_url_t *url);

/* UTS #46 ToASCII as the URL Standard's "domain to ASCII" (beStrict false) followed by the
 * host parser's checks, on UTF-8 input. Writes the host serialization (domain, IPv4 or
 * bracketed IPv6) to out. Returns false on failure. */
bool cn_url_host_parse_utf8(const char *in, size_t len, bool special, cn_ubuf_t *out);
/* UTS #46 ToASCII alone (no IPv4 or forbidden code point checks): false on failure. */
bool cn_url_domain_to_ascii(const char *in, size_t len, cn_ubuf_t *out);
/* UTS #46 ToUnicode (non-transitional, errors ignored except none: returns the best effort). */
void cn_url_domain_to_unicode(const char *in, size_t len, cn_ubuf_t *out);

/* application/x-www-form-urlencoded helpers over UTF-8 bytes. */
/* Percent-decodes (and maps '+' to space when plus is true); output may contain any byte. */
void cn_url_percent_decode(const char *in, size_t len, bool plus, cn_ubuf_t *out);
/* Encodes UTF-8 bytes with the form-urlencoded set, space as '+'. */
void cn_url_form_encode(const char *in, size_t len, cn_ubuf_t *out);

/* Converts UTF-8 to code points (invalid sequences become U+FFFD). Returns a malloc'd array. */
uint32_t *cn_url_utf8_to_cps(const char *s, size_t len, size_t *n);

void cn_ubuf_free(cn_ubuf_t *b);
void cn_ubuf_append(cn_ubuf_t *b, const char *s, size_t n);

#endif
