/* cn_esm_transform: runs the parser, resolves references to imports, emits code and the module record. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "esm/esm_internal.h"

/* ---- memory ---- */

struct cn_arena_blk {
  cn_arena_blk_t *next;
  size_t used, cap;
  _Alignas(16) char data[];
};

_Noreturn void cn_esm_fail(cn_parser_t *p, uint32_t pos, const char *msg) {
  if (!p->err_code) {
    p->err_code = CN_ESM_ESYNTAX;
    p->err_pos = pos;
    snprintf(p->err_msg, sizeof p->err_msg, "%s", msg);
  }
  longjmp(*p->jb, 1);
}

static _Noreturn void fail_oom(cn_parser_t *p) {
  p->err_code = CN_ESM_ENOMEM;
  p->err_pos = 0;
  snprintf(p->err_msg, sizeof p->err_msg, "Out of memory");
  longjmp(*p->jb, 1);
}

static void *arena_alloc(cn_arena_blk_t **head, size_t n) {
  n = (n + 15) & ~(size_t)15;
  cn_arena_blk_t *b = *head;
  if (!b || b->cap - b->used < n) {
    size_t cap = n > 16384 ? n : 16384;
    b = malloc(sizeof *b + cap);
    if (!b) return NULL;
    b->next = *head;
    b->used = 0;
    b->cap = cap;
    *head = b;
  }
  void *r = b->data + b->used;
  b->used += n;
  return r;
}

static void arena_free(cn_arena_blk_t *b) {
  while (b) {
    cn_arena_blk_t *n = b->next;
    free(b);
    b = n;
  }
}

void *cn_esm_alloc(cn_parser_t *p, size_t n) {
  void *r = arena_alloc(&p->arena, n);
  if (!r) fail_oom(p);
  return r;
}

void cn_esm_vec_grow(cn_parser_t *p, void **v, uint32_t *cap, uint32_t need, size_t elem) {
  if (need <= *cap) return;
  size_t nc = *cap ? (size_t)*cap * 2 : 64;
  while (nc < need) nc *= 2;
  if (nc > UINT32_MAX) fail_oom(p);
  void *nv = realloc(*v, nc * elem);
  if (!nv) fail_oom(p);
  *v = nv;
  *cap = (uint32_t)nc;
}

/* ---- output buffer ---- */

typedef struct {
  char *s;
  size_t n, cap;
  int oom;
} buf_t;

static void buf_reserve(buf_t *b, size_t extra) {
  if (b->oom || b->n + extra + 1 <= b->cap) return;
  size_t nc = b->cap ? b->cap : 256;
  while (nc < b->n + extra + 1) nc *= 2;
  char *ns = realloc(b->s, nc);
  if (!ns) {
    b->oom = 1;
    return;
  }
  b->s = ns;
  b->cap = nc;
}

static void buf_put(buf_t *b, const char *s, size_t n) {
  buf_reserve(b, n);
  if (b->oom) return;
  memcpy(b->s + b->n, s, n);
  b->n += n;
}

static void buf_str(buf_t *b, const char *s) { buf_put(b, s, strlen(s)); }

static void buf_u32(buf_t *b, uint32_t v) {
  char tmp[16];
  int n = snprintf(tmp, sizeof tmp, "%u", v);
  buf_put(b, tmp, (size_t)n);
}

/* A JSON-style double-quoted string literal (escapes ", \, controls, U+2028/2029). */
static void buf_quoted(buf_t *b, const char *s, size_t n) {
  buf_put(b, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') {
      char e[2] = {'\\', (char)c};
      buf_put(b, e, 2);
    } else if (c < 0x20 || c == 0x7F) {
      char e[8];
      snprintf(e, sizeof e, "\\u%04x", c);
      buf_put(b, e, 6);
    } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
               ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
      buf_str(b, (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
      i += 2;
    } else {
      buf_put(b, (const char *)s + i, 1);
    }
  }
  buf_put(b, "\"", 1);
}

static int is_plain_ident(const char *s, size_t n) {
  if (!n) return 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    int ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ||
             (i > 0 && c >= '0' && c <= '9');
    if (!ok) return 0;
  }
  return 1;
}

/* Writes src[start, end) with every character turned into spaces (one per UTF-16 unit), line
 * terminators kept, so the following text keeps its line and column. Returns how many spaces
 * would be written on the span's last line (for padding replacements). */
static void emit_blank(buf_t *b, const char *src, uint32_t start, uint32_t end) {
  buf_reserve(b, (size_t)(end - start));
  if (b->oom) return;
  for (uint32_t i = start; i < end; i++) {
    unsigned char c = (unsigned char)src[i];
    if (c == '\n' || c == '\r') {
      b->s[b->n++] = (char)c;
    } else if (c == 0xE2 && i + 2 < end && (unsigned char)src[i + 1] == 0x80 &&
               ((unsigned char)src[i + 2] == 0xA8 || (unsigned char)src[i + 2] == 0xA9)) {
      memcpy(b->s + b->n, src + i, 3);
      b->n += 3;
      i += 2;
    } else if ((c & 0xC0) == 0x80) {
      /* continuation byte: the character was counted at its lead byte */
    } else {
      b->s[b->n++] = ' ';
      if (c >= 0xF0) b->s[b->n++] = ' '; /* astral: two UTF-16 units */
    }
  }
}

/* Writes text in place of src[start, end): line terminators of the span are kept after the
 * text; a single-line span wider than text is padded with spaces to keep columns. */
static void emit_replace(buf_t *b, const char *src, uint32_t start, uint32_t end, const char *text,
                         size_t text_len) {
  buf_put(b, text, text_len);
  size_t width = 0;
  int multiline = 0;
  for (uint32_t i = start; i < end; i++) {
    unsigned char c = (unsigned char)src[i];
    if (c == '\n' || c == '\r') {
      buf_put(b, src + i, 1);
      multiline = 1;
    } else if (c == 0xE2 && i + 2 < end && (unsigned char)src[i + 1] == 0x80 &&
               ((unsigned char)src[i + 2] == 0xA8 || (unsigned char)src[i + 2] == 0xA9)) {
      buf_put(b, src + i, 3);
      multiline = 1;
      i += 2;
    } else if ((c & 0xC0) != 0x80) {
      width += c >= 0xF0 ? 2 : 1;
    }
  }
  if (!multiline)
    for (size_t i = text_len; i < width; i++) buf_put(b, " ", 1);
}

/* ---- name hashing ---- */

static uint32_t hash_name(const char *s, uint32_t n) {
  uint32_t h = 2166136261u;
  for (uint32_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

typedef struct {
  const char *name;
  uint32_t len;
  int32_t value;
} slot_t;

typedef struct {
  slot_t *v;
  uint32_t mask;
} map_t;

static void map_init(cn_parser_t *p, map_t *m, uint32_t n) {
  uint32_t cap = 16;
  while (cap < n * 2 + 2) cap *= 2;
  m->v = cn_esm_alloc(p, cap * sizeof(slot_t));
  memset(m->v, 0, cap * sizeof(slot_t));
  m->mask = cap - 1;
}

/* Returns the slot for name (empty slot with name NULL when absent). */
static slot_t *map_slot(map_t *m, const char *s, uint32_t n) {
  uint32_t i = hash_name(s, n) & m->mask;
  while (m->v[i].name && !(m->v[i].len == n && memcmp(m->v[i].name, s, n) == 0))
    i = (i + 1) & m->mask;
  return &m->v[i];
}

static int32_t map_get(map_t *m, const char *s, uint32_t n) {
  slot_t *sl = map_slot(m, s, n);
  return sl->name ? sl->value : -1;
}

/* shadow set: (scope, import index) pairs */
typedef struct {
  uint64_t *v;
  uint32_t mask;
} set_t;

static uint64_t pair_key(int32_t scope, int32_t idx) {
  return ((uint64_t)(uint32_t)scope << 32 | (uint32_t)idx) + 1;
}

static uint32_t mix64(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  return (uint32_t)k;
}

static int set_has(set_t *s, uint64_t k) {
  uint32_t i = mix64(k) & s->mask;
  while (s->v[i]) {
    if (s->v[i] == k) return 1;
    i = (i + 1) & s->mask;
  }
  return 0;
}

static void set_add(set_t *s, uint64_t k) {
  uint32_t i = mix64(k) & s->mask;
  while (s->v[i]) {
    if (s->v[i] == k) return;
    i = (i + 1) & s->mask;
  }
  s->v[i] = k;
}

/* ---- edits ---- */

static int edit_cmp(const void *a, const void *b) {
  const cn_edit_t *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->kind != y->kind) return x->kind == E_INSERT ? -1 : 1;
  return 0;
}

/* Writes the replacement of one rewritten reference. */
static void emit_ref(buf_t *b, const char *src, const cn_ref_t *r, const cn_pimport_t *im) {
  char ns[24];
  snprintf(ns, sizeof ns, "__cn_m%u", im->request);
  if (r->flags & R_SHORTHAND) {
    buf_put(b, src + r->start, r->end - r->start);
    buf_put(b, ":", 1);
  }
  if (r->flags & R_TARGET) {
    buf_str(b, "__cn_ro(");
    buf_str(b, ns);
    buf_put(b, ",", 1);
    if (im->imported.s) buf_quoted(b, im->imported.s, im->imported.len);
    else buf_str(b, "null");
    buf_str(b, ").v");
    return;
  }
  if (!im->imported.s) {
    buf_str(b, ns);
    return;
  }
  int callee = (r->flags & R_CALLEE) != 0;
  if (callee) buf_str(b, (r->flags & R_STMT_START) ? ";(0," : "(0,");
  buf_str(b, ns);
  if (is_plain_ident(im->imported.s, im->imported.len)) {
    buf_put(b, ".", 1);
    buf_put(b, im->imported.s, im->imported.len);
  } else {
    buf_put(b, "[", 1);
    buf_quoted(b, im->imported.s, im->imported.len);
    buf_put(b, "]", 1);
  }
  if (callee) buf_put(b, ")", 1);
}

/* ---- result ---- */

static int copy_sv(cn_arena_blk_t **a, cn_esm_str_t *out, cn_sv_t v) {
  if (!v.s) {
    out->str = NULL;
    out->len = 0;
    return 0;
  }
  char *s = arena_alloc(a, v.len + 1);
  if (!s) return -1;
  memcpy(s, v.s, v.len);
  s[v.len] = 0;
  out->str = s;
  out->len = v.len;
  return 0;
}

static void *result_array(cn_arena_blk_t **a, size_t n, size_t elem) {
  if (!n) return NULL;
  void *r = arena_alloc(a, n * elem);
  if (r) memset(r, 0, n * elem);
  return r;
}

static void position_of(const char *src, uint32_t len, uint32_t pos, uint32_t *line,
                        uint32_t *col) {
  uint32_t l = 1, c = 1;
  if (pos > len) pos = len;
  for (uint32_t i = 0; i < pos; i++) {
    unsigned char ch = (unsigned char)src[i];
    if (ch == '\n' || (ch == '\r' && !(i + 1 < len && src[i + 1] == '\n'))) {
      l++;
      c = 1;
    } else if (ch == 0xE2 && i + 2 < len && (unsigned char)src[i + 1] == 0x80 &&
               ((unsigned char)src[i + 2] == 0xA8 || (unsigned char)src[i + 2] == 0xA9)) {
      l++;
      c = 1;
      i += 2;
    } else if (ch != '\r') {
      c++;
    }
  }
  *line = l;
  *col = c;
}

static void free_parser(cn_parser_t *p) {
  free(p->scopes.v);
  free(p->decls.v);
  free(p->refs.v);
  free(p->mt.v);
  free(p->edits.v);
  free(p->attrs.v);
  free(p->reqs.v);
  free(p->imports.v);
  free(p->lexports.v);
  free(p->indirect.v);
  free(p->stars.v);
  arena_free(p->arena);
}

/* Resolution + emission; runs under the parser's error jump. */
static void finish(cn_parser_t *p, cn_esm_result_t *out, buf_t *b) {
  /* imports by local name */
  map_t imap;
  map_init(p, &imap, p->imports.n);
  for (uint32_t i = 0; i < p->imports.n; i++) {
    slot_t *s = map_slot(&imap, p->imports.v[i].local.s, p->imports.v[i].local.len);
    if (s->name) cn_esm_fail(p, p->imports.v[i].pos, "Duplicate import binding");
    s->name = p->imports.v[i].local.s;
    s->len = p->imports.v[i].local.len;
    s->value = (int32_t)i;
  }
  /* module-scope declarations (for export checks and hoisting flags) */
  uint32_t nmod = 0;
  for (uint32_t i = 0; i < p->decls.n; i++) nmod += p->decls.v[i].scope == 0;
  map_t mmap;
  map_init(p, &mmap, nmod);
  set_t shadow = {NULL, 0};
  uint32_t nshadow = 0;
  for (uint32_t i = 0; i < p->decls.n; i++) {
    cn_decl_t *d = &p->decls.v[i];
    if (d->scope == 0) {
      slot_t *s = map_slot(&mmap, d->name, d->name_len);
      if (!s->name || d->kind == D_FUNC) {
        s->name = d->name;
        s->len = d->name_len;
        s->value = d->kind;
      }
    } else if (p->imports.n && map_get(&imap, d->name, d->name_len) >= 0) {
      nshadow++;
    }
  }
  if (nshadow) {
    uint32_t cap = 16;
    while (cap < nshadow * 2 + 2) cap *= 2;
    shadow.v = cn_esm_alloc(p, cap * sizeof(uint64_t));
    memset(shadow.v, 0, cap * sizeof(uint64_t));
    shadow.mask = cap - 1;
    for (uint32_t i = 0; i < p->decls.n; i++) {
      cn_decl_t *d = &p->decls.v[i];
      if (d->scope == 0) continue;
      int32_t idx = map_get(&imap, d->name, d->name_len);
      if (idx < 0) continue;
      set_add(&shadow, pair_key(d->scope, idx));
      p->scopes.v[d->scope].has_shadow = 1;
    }
  }

  /* structural edits in source order */
  cn_edit_t *ed = p->edits.v;
  uint32_t ned = p->edits.n;
  for (uint32_t i = 1; i < ned; i++)
    if (edit_cmp(&ed[i - 1], &ed[i]) > 0) {
      qsort(ed, ned, sizeof *ed, edit_cmp);
      break;
    }

  /* header */
  uint32_t nreq = p->reqs.n;
  buf_str(b, p->has_tla ? "(async function* (" : "(function* (");
  buf_str(b, "__cn_export, __cn_import, __cn_meta, __cn_ro");
  for (uint32_t i = 0; i < nreq; i++) {
    buf_str(b, ", __cn_m");
    buf_u32(b, i);
  }
  buf_str(b, ") {\"use strict\";__cn_export(__cn_exports);yield;");
  out->line1_prefix_len = b->n;

  /* body: merge structural edits with rewritten references */
  const char *src = p->src;
  uint32_t pos = 0, ei = 0, ri = 0;
  if (p->len >= 2 && src[0] == '#' && src[1] == '!') {
    buf_put(b, "//", 2);
    pos = 2;
  }
  for (;;) {
    /* next rewritten reference */
    const cn_ref_t *r = NULL;
    const cn_pimport_t *im = NULL;
    while (p->imports.n && ri < p->refs.n) {
      const cn_ref_t *c = &p->refs.v[ri];
      int32_t idx = map_get(&imap, c->name, c->name_len);
      if (idx >= 0 && nshadow) {
        for (int32_t s = c->scope; s > 0; s = p->scopes.v[s].parent)
          if (p->scopes.v[s].has_shadow && set_has(&shadow, pair_key(s, idx))) {
            idx = -1;
            break;
          }
      }
      if (idx >= 0 && c->start >= pos) {
        r = c;
        im = &p->imports.v[idx];
        break;
      }
      ri++;
    }
    const cn_edit_t *e = NULL;
    while (ei < ned && ed[ei].start < pos) ei++; /* defensive: never overlap */
    if (ei < ned) e = &ed[ei];
    if (!r && !e) break;
    if (e && (!r || e->start <= r->start)) {
      buf_put(b, src + pos, e->start - pos);
      if (e->kind == E_BLANK) emit_blank(b, src, e->start, e->end);
      else if (e->kind == E_REPLACE) emit_replace(b, src, e->start, e->end, e->text, e->text_len);
      else buf_put(b, e->text, e->text_len);
      pos = e->end;
      ei++;
    } else {
      buf_put(b, src + pos, r->start - pos);
      emit_ref(b, src, r, im);
      pos = r->end;
      ri++;
    }
  }
  buf_put(b, src + pos, p->len - pos);

  /* exports: resolve local names */
  cn_arena_blk_t **ra = &p->res_arena;
  uint32_t nlocal = 0, nind = p->indirect.n;
  for (uint32_t i = 0; i < p->lexports.n; i++) {
    cn_plexport_t *x = &p->lexports.v[i];
    if (x->local.len == 12 && memcmp(x->local.s, "__cn_default", 12) == 0) continue;
    int32_t idx = map_get(&imap, x->local.s, x->local.len);
    if (idx >= 0) {
      if (p->imports.v[idx].imported.s) {
        x->flags |= 1u << 30; /* becomes an indirect export */
        nind++;
      } else {
        x->flags |= CN_ESM_EXPORT_NAMESPACE;
      }
      continue;
    }
    int32_t kind = map_get(&mmap, x->local.s, x->local.len);
    if (kind < 0) cn_esm_fail(p, x->pos, "Export of an undeclared binding");
    if (kind == D_FUNC) x->flags |= CN_ESM_EXPORT_HOISTED;
  }
  /* trailer: the getters of local exports */
  buf_str(b, "\nfunction __cn_exports(){return{");
  int first = 1;
  for (uint32_t i = 0; i < p->lexports.n; i++) {
    cn_plexport_t *x = &p->lexports.v[i];
    if (x->flags & (1u << 30)) continue;
    nlocal++;
    if (!first) buf_put(b, ",", 1);
    first = 0;
    buf_quoted(b, x->export_name.s, x->export_name.len);
    buf_str(b, ":()=>");
    if (x->flags & CN_ESM_EXPORT_NAMESPACE) {
      int32_t idx = map_get(&imap, x->local.s, x->local.len);
      buf_str(b, "__cn_m");
      buf_u32(b, p->imports.v[idx].request);
    } else {
      buf_put(b, x->local.s, x->local.len);
    }
  }
  buf_str(b, "}}})");
  if (b->oom) fail_oom(p);

  /* module record */
  int bad = 0;
  out->has_tla = p->has_tla;
  out->nrequests = nreq;
  out->requests = result_array(ra, nreq, sizeof(cn_esm_request_t));
  for (uint32_t i = 0; i < nreq; i++) {
    cn_preq_t *q = &p->reqs.v[i];
    cn_esm_request_t *o = &out->requests[i];
    bad |= copy_sv(ra, &o->specifier, q->spec);
    o->nattrs = q->nattrs;
    o->attrs = result_array(ra, q->nattrs, sizeof(cn_esm_attr_t));
    bad |= q->nattrs && !o->attrs;
    for (uint32_t j = 0; j < q->nattrs && o->attrs; j++) {
      bad |= copy_sv(ra, &o->attrs[j].key, p->attrs.v[q->attr_start + j].key);
      bad |= copy_sv(ra, &o->attrs[j].value, p->attrs.v[q->attr_start + j].value);
    }
  }
  out->nimports = p->imports.n;
  out->imports = result_array(ra, p->imports.n, sizeof(cn_esm_import_t));
  for (uint32_t i = 0; i < p->imports.n && out->imports; i++) {
    bad |= copy_sv(ra, &out->imports[i].local, p->imports.v[i].local);
    bad |= copy_sv(ra, &out->imports[i].imported, p->imports.v[i].imported);
    out->imports[i].request = p->imports.v[i].request;
  }
  out->nlocal_exports = nlocal;
  out->local_exports = result_array(ra, nlocal, sizeof(cn_esm_local_export_t));
  out->nindirect_exports = nind;
  out->indirect_exports = result_array(ra, nind, sizeof(cn_esm_indirect_export_t));
  uint32_t li = 0, ii = 0;
  for (uint32_t i = 0; i < p->indirect.n && out->indirect_exports; i++, ii++) {
    cn_pindirect_t *x = &p->indirect.v[i];
    bad |= copy_sv(ra, &out->indirect_exports[ii].export_name, x->export_name);
    bad |= copy_sv(ra, &out->indirect_exports[ii].import_name, x->import_name);
    out->indirect_exports[ii].request = x->request;
  }
  for (uint32_t i = 0; i < p->lexports.n; i++) {
    cn_plexport_t *x = &p->lexports.v[i];
    if (x->flags & (1u << 30)) {
      if (!out->indirect_exports) continue;
      const cn_pimport_t *im = &p->imports.v[map_get(&imap, x->local.s, x->local.len)];
      bad |= copy_sv(ra, &out->indirect_exports[ii].export_name, x->export_name);
      bad |= copy_sv(ra, &out->indirect_exports[ii].import_name, im->imported);
      out->indirect_exports[ii].request = im->request;
      ii++;
    } else if (out->local_exports) {
      bad |= copy_sv(ra, &out->local_exports[li].export_name, x->export_name);
      bad |= copy_sv(ra, &out->local_exports[li].local, x->local);
      out->local_exports[li].flags = x->flags & 0xFFFF;
      li++;
    }
  }
  out->nstar_exports = p->stars.n;
  out->star_exports = result_array(ra, p->stars.n, sizeof(uint32_t));
  for (uint32_t i = 0; i < p->stars.n && out->star_exports; i++)
    out->star_exports[i] = p->stars.v[i];
  if (bad || (nreq && !out->requests) || (p->imports.n && !out->imports) ||
      (nlocal && !out->local_exports) || (nind && !out->indirect_exports) ||
      (p->stars.n && !out->star_exports))
    fail_oom(p);
}

int cn_esm_transform(const char *src, size_t len, cn_esm_result_t *out) {
  memset(out, 0, sizeof *out);
  cn_parser_t *p = calloc(1, sizeof *p);
  if (!p) {
    snprintf(out->error, sizeof out->error, "Out of memory");
    return CN_ESM_ENOMEM;
  }
  buf_t *b = calloc(1, sizeof *b);
  jmp_buf jb;
  if (!b) {
    free(p);
    snprintf(out->error, sizeof out->error, "Out of memory");
    return CN_ESM_ENOMEM;
  }
  p->src = src ? src : "";
  p->len = (uint32_t)len;
  p->jb = &jb;
  p->scope = -1;
  int rc = CN_ESM_OK;
  if (len >= UINT32_MAX / 2) {
    p->err_code = CN_ESM_ESYNTAX;
    snprintf(p->err_msg, sizeof p->err_msg, "Source too large");
  } else if (setjmp(jb) == 0) {
    cn_parse_module(p);
    finish(p, out, b);
  }
  if (p->err_code) {
    rc = p->err_code;
    snprintf(out->error, sizeof out->error, "%s", p->err_msg);
    position_of(p->src, p->len, p->err_pos, &out->error_line, &out->error_column);
    free(b->s);
    arena_free(p->res_arena);
    char keep[sizeof out->error];
    uint32_t l = out->error_line, c = out->error_column;
    memcpy(keep, out->error, sizeof keep);
    memset(out, 0, sizeof *out);
    memcpy(out->error, keep, sizeof keep);
    out->error_line = l;
    out->error_column = c;
  } else {
    b->s[b->n] = 0;
    out->code = b->s;
    out->code_len = b->n;
    out->mem_ = p->res_arena;
  }
  free_parser(p);
  free(p);
  free(b);
  return rc;
}

void cn_esm_result_free(cn_esm_result_t *r) {
  if (!r) return;
  free(r->code);
  arena_free(r->mem_);
  memset(r, 0, sizeof *r);
}
