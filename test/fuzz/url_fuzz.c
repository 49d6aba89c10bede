/* libFuzzer target for the URL parser (src/bindings/url_parser.c), built standalone:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc test/fuzz/url_fuzz.c \
 *     src/bindings/url_parser.c $(pkg-config --cflags --libs icu-uc) -o url_fuzz
 * Input: base and input separated by the first 0x01 byte (no 0x01 = no base), UTF-8.
 * Checks: parsing never crashes; a parsed URL's serialization re-parses to itself; every
 * setter keeps the URL serializable and re-parseable. */
#include <stdlib.h>
#include <string.h>

#include "bindings/url_parser.h"

static void check(bool cond) {
  if (!cond) abort();
}

static void reparse_same(const cn_url_t *url) {
  cn_ubuf_t a = {0}, b = {0};
  int32_t ca[CN_URLC_COUNT], cb[CN_URLC_COUNT];
  cn_url_serialize(url, &a, ca);
  size_t n;
  uint32_t *cps = cn_url_utf8_to_cps(a.p, a.len, &n);
  cn_url_t again;
  cn_urlrec_init(&again);
  check(cn_url_parse(cps, n, NULL, &again, 0));
  cn_url_serialize(&again, &b, cb);
  check(a.len == b.len && memcmp(a.p, b.p, a.len) == 0);
  check(memcmp(ca, cb, sizeof ca) == 0);
  for (size_t i = 0; i < a.len; i++) check((unsigned char)a.p[i] < 0x80);
  free(cps);
  cn_urlrec_free(&again);
  cn_ubuf_free(&a);
  cn_ubuf_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  const char *sep = memchr(s, 1, size);
  size_t in_len = sep ? (size_t)(sep - s) : size;
  size_t n;
  uint32_t *in = cn_url_utf8_to_cps(s, in_len, &n);
  cn_url_t base, url;
  cn_urlrec_init(&base);
  cn_urlrec_init(&url);
  bool have_base = false;
  if (sep) {
    size_t bn;
    uint32_t *b = cn_url_utf8_to_cps(sep + 1, size - in_len - 1, &bn);
    have_base = cn_url_parse(b, bn, NULL, &base, 0);
    free(b);
  }
  if (cn_url_parse(in, n, have_base ? &base : NULL, &url, 0)) {
    reparse_same(&url);
    /* Use the base text (or the input) as a setter value for each override. */
    static const int overrides[] = {CN_URL_SCHEME_START, CN_URL_HOST, CN_URL_HOSTNAME,
                                    CN_URL_PORT, CN_URL_PATH_START, CN_URL_QUERY,
                                    CN_URL_FRAGMENT};
    for (size_t k = 0; k < sizeof overrides / sizeof overrides[0]; k++) {
      cn_url_t copy;
      cn_urlrec_init(&copy);
      cn_urlrec_copy(&copy, &url);
      int o = overrides[k];
      if ((o == CN_URL_HOST || o == CN_URL_HOSTNAME || o == CN_URL_PATH_START) && copy.opaque_path) {
        cn_urlrec_free(&copy);
        continue;
      }
      if (o == CN_URL_PORT && cn_url_cannot_have_credentials(&copy)) {
        cn_urlrec_free(&copy);
        continue;
      }
      if (o == CN_URL_PATH_START) {
        copy.path.len = 0;
        if (copy.path.p) copy.path.p[0] = 0;
        copy.nsegs = 0;
      }
      if (o == CN_URL_QUERY) {
        copy.query.len = 0;
        copy.has_query = true;
      }
      if (o == CN_URL_FRAGMENT) {
        copy.fragment.len = 0;
        copy.has_fragment = true;
      }
      cn_url_parse(in, n, NULL, &copy, o);
      reparse_same(&copy);
      cn_urlrec_free(&copy);
    }
  }
  cn_ubuf_t host = {0};
  cn_url_host_parse_utf8(s, in_len, true, &host);
  cn_ubuf_t uni = {0};
  if (host.len) cn_url_domain_to_unicode(host.p, host.len, &uni);
  cn_ubuf_free(&host);
  cn_ubuf_free(&uni);
  free(in);
  cn_urlrec_free(&base);
  cn_urlrec_free(&url);
  return 0;
}
