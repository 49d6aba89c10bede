/* Transforms every real-world module of the fuzz seed corpus (or the files given as arguments):
 * each must succeed, keep its lines and give code JSC accepts; prints the throughput in MB/s. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <JavaScriptCore/JavaScript.h>

#include "esm/esm.h"
#include "task.h"

#define CORPUS_DIR "test/fuzz/corpus/esm"

typedef struct {
  char *data;
  size_t len;
  char name[256];
} file_t;

static int read_file(const char *path, file_t *f) {
  FILE *fp = fopen(path, "rb");
  if (!fp) return -1;
  fseek(fp, 0, SEEK_END);
  long n = ftell(fp);
  fseek(fp, 0, SEEK_SET);
  f->data = malloc((size_t)n + 1);
  f->len = fread(f->data, 1, (size_t)n, fp);
  fclose(fp);
  snprintf(f->name, sizeof f->name, "%s", path);
  return 0;
}

static size_t lines(const char *s, size_t n) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) k += s[i] == '\n';
  return k;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  file_t *files = NULL;
  size_t nfiles = 0, total = 0;
  if (argc > 1) {
    files = calloc((size_t)argc, sizeof *files);
    for (int i = 1; i < argc; i++)
      if (read_file(argv[i], &files[nfiles]) == 0) total += files[nfiles++].len;
  } else {
    DIR *d = opendir(CORPUS_DIR);
    ASSERT(d != NULL);
    if (!d) return TASK_RESULT();
    struct dirent *e;
    while ((e = readdir(d))) {
      if (e->d_name[0] == '.') continue;
      files = realloc(files, (nfiles + 1) * sizeof *files);
      char path[512];
      snprintf(path, sizeof path, "%s/%s", CORPUS_DIR, e->d_name);
      if (read_file(path, &files[nfiles]) == 0) total += files[nfiles++].len;
    }
    closedir(d);
  }
  ASSERT_GT(nfiles, 0);
  JSGlobalContextRef ctx = JSGlobalContextCreate(NULL);
  for (size_t i = 0; i < nfiles; i++) {
    cn_esm_result_t r;
    int rc = cn_esm_transform(files[i].data, files[i].len, &r);
    if (rc != CN_ESM_OK)
      fprintf(stderr, "%s: %u:%u %s\n", files[i].name, r.error_line, r.error_column, r.error);
    ASSERT_EQ(rc, CN_ESM_OK);
    if (rc == CN_ESM_OK) {
      ASSERT_EQ(lines(r.code, r.code_len), lines(files[i].data, files[i].len) + 1);
      /* the generated function must be valid script syntax */
      JSStringRef code = JSStringCreateWithUTF8CString(r.code);
      JSValueRef exc = NULL;
      bool ok = JSCheckScriptSyntax(ctx, code, NULL, 1, &exc);
      JSStringRelease(code);
      if (!ok) {
        JSStringRef m = JSValueToStringCopy(ctx, exc, NULL);
        char msg[256];
        JSStringGetUTF8CString(m, msg, sizeof msg);
        JSStringRelease(m);
        fprintf(stderr, "%s: generated code: %s\n", files[i].name, msg);
      }
      ASSERT(ok);
    }
    cn_esm_result_free(&r);
  }
  /* throughput: repeat until ~0.3 s of work */
  size_t bytes = 0;
  double t0 = now(), t1 = t0;
  while (t1 - t0 < 0.3) {
    for (size_t i = 0; i < nfiles; i++) {
      cn_esm_result_t r;
      cn_esm_transform(files[i].data, files[i].len, &r);
      cn_esm_result_free(&r);
      bytes += files[i].len;
    }
    t1 = now();
  }
  double mbs = (double)bytes / (t1 - t0) / 1e6;
  fprintf(stderr, "%zu files, %zu bytes: %.1f MB/s\n", nfiles, total, mbs);
  ASSERT_GT(mbs, 5); /* a regression guard that tolerates a loaded or sanitized run */
  JSGlobalContextRelease(ctx);
  for (size_t i = 0; i < nfiles; i++) free(files[i].data);
  free(files);
  return TASK_RESULT();
}
