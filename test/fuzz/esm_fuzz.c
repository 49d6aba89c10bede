/* libFuzzer target for the ES module transformer: any input must give a result or an error,
 * never a crash, hang or out-of-bounds access; a result must keep every line in place. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "esm/esm.h"

/* Line terminators as JSC counts them: LF, CR (CRLF once), U+2028, U+2029. */
static size_t count_lines(const char *s, size_t n) {
  size_t lines = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\n') lines++;
    else if (c == '\r' && !(i + 1 < n && s[i + 1] == '\n')) lines++;
    else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
             ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9))
      lines++;
  }
  return lines;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* an exact-size heap copy so ASan sees any read past the end */
  char *src = malloc(size ? size : 1);
  if (!src) return 0;
  memcpy(src, data, size);
  cn_esm_result_t r;
  int rc = cn_esm_transform(src, size, &r);
  if (rc == CN_ESM_OK) {
    if (!r.code || r.code[r.code_len] != 0 || strlen(r.code) > r.code_len) abort();
    /* the trailer adds exactly one line after the last original line (its "\n" joins a
     * final "\r" into one CRLF terminator) */
    size_t extra = size && src[size - 1] == '\r' ? 0 : 1;
    if (count_lines(r.code, r.code_len) != count_lines(src, size) + extra) abort();
    for (size_t i = 0; i < r.nimports; i++)
      if (r.imports[i].request >= r.nrequests || !r.imports[i].local.str) abort();
    for (size_t i = 0; i < r.nindirect_exports; i++)
      if (r.indirect_exports[i].request >= r.nrequests) abort();
    for (size_t i = 0; i < r.nstar_exports; i++)
      if (r.star_exports[i] >= r.nrequests) abort();
  } else if (r.code || r.error[0] == 0 || r.error_line == 0) {
    abort();
  }
  cn_esm_result_free(&r);
  free(src);
  return 0;
}
