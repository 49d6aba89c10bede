/* Scope-tracking ES2025 module parser: records scopes, declarations, references and module syntax. */
#include <string.h>

#include "esm/esm_internal.h"

#define MAX_DEPTH 1200

/* Expression kinds returned by the expression parsers: what an expression could become if
 * it turns out to be an assignment target (`x = 1`, `[a, b] = c`). */
enum { EK_OTHER, EK_IDENT, EK_LIT };

enum { FN_DECL, FN_EXPR, FN_DEFAULT };

#define CUR (p->cur)

static int parse_assign(cn_parser_t *p, int no_in);
static void parse_statement(cn_parser_t *p, int in_list);
static void parse_binding_target(cn_parser_t *p, int kind);
static int parse_lhs(cn_parser_t *p);
static void parse_class(cn_parser_t *p, int is_decl);
static void parse_function(cn_parser_t *p, int mode, int is_async, cn_tok_t *name_out);

static void next(cn_parser_t *p) { cn_lex_next(p); }

static _Noreturn void unexpected(cn_parser_t *p) {
  if (CUR.type == T_EOF) cn_esm_fail(p, CUR.start, "Unexpected end of script");
  cn_esm_fail(p, CUR.start, "Unexpected token");
}

static void expect(cn_parser_t *p, int type) {
  if (CUR.type != type) unexpected(p);
  next(p);
}

static int is_kw(cn_parser_t *p, int kw) { return CUR.type == T_NAME && CUR.kw == kw; }

/* A name usable as a binding or reference (not a reserved word in strict module code). */
static int is_ident_tok(const cn_tok_t *t) {
  return t->type == T_NAME && (t->kw == K_NONE || t->kw > K__RESERVED);
}

static void enter(cn_parser_t *p) {
  if (++p->depth > MAX_DEPTH) cn_esm_fail(p, CUR.start, "Nesting too deep");
}

static void leave(cn_parser_t *p) { p->depth--; }

static void consume_semicolon(cn_parser_t *p) {
  if (CUR.type == T_SEMI) {
    next(p);
    return;
  }
  if (CUR.type == T_RBRACE || CUR.type == T_EOF || CUR.nl) return;
  unexpected(p);
}

/* ---- scopes, declarations, references, edits ---- */

static void push_scope(cn_parser_t *p, int kind) {
  cn_scope_t *s = VPUSH(p, p->scopes);
  s->parent = p->scope;
  s->kind = (uint8_t)kind;
  s->has_shadow = 0;
  p->scope = (int32_t)(p->scopes.n - 1);
}

static void pop_scope(cn_parser_t *p) { p->scope = p->scopes.v[p->scope].parent; }

static void declare(cn_parser_t *p, const cn_tok_t *t, int kind) {
  int32_t s = p->scope;
  if (kind == D_VAR)
    while (p->scopes.v[s].kind != SC_BODY && p->scopes.v[s].kind != SC_MODULE)
      s = p->scopes.v[s].parent;
  cn_decl_t *d = VPUSH(p, p->decls);
  d->name = t->name;
  d->name_len = t->name_len;
  d->scope = s;
  d->kind = (uint8_t)kind;
  d->import_index = -1;
}

static int32_t add_ref(cn_parser_t *p, const cn_tok_t *t, uint32_t flags) {
  cn_ref_t *r = VPUSH(p, p->refs);
  r->name = t->name;
  r->name_len = t->name_len;
  r->scope = p->scope;
  r->start = t->start;
  r->end = t->end;
  r->flags = flags | (t->start == p->stmt_start ? R_STMT_START : 0);
  return (int32_t)(p->refs.n - 1);
}

static void add_edit(cn_parser_t *p, int kind, uint32_t start, uint32_t end, const char *text) {
  cn_edit_t *e = VPUSH(p, p->edits);
  e->kind = (uint8_t)kind;
  e->start = start;
  e->end = end;
  e->text = text;
  e->text_len = text ? (uint32_t)strlen(text) : 0;
}

static void mark_targets(cn_parser_t *p, uint32_t from) {
  for (uint32_t i = from; i < p->mt.n; i++) p->refs.v[p->mt.v[i]].flags |= R_TARGET;
}

typedef struct {
  int fn_depth, in_async, in_generator;
} fnctx_t;

static fnctx_t fn_enter(cn_parser_t *p, int is_async, int is_gen) {
  fnctx_t s = {p->fn_depth, p->in_async, p->in_generator};
  p->fn_depth++;
  p->in_async = is_async;
  p->in_generator = is_gen;
  return s;
}

static void fn_leave(cn_parser_t *p, fnctx_t s) {
  p->fn_depth = s.fn_depth;
  p->in_async = s.in_async;
  p->in_generator = s.in_generator;
}

/* ---- expressions ---- */

static void parse_assign_value(cn_parser_t *p, int no_in) {
  uint32_t m = p->mt.n;
  parse_assign(p, no_in);
  p->mt.n = m;
}

static int parse_expression(cn_parser_t *p, int no_in) {
  uint32_t m = p->mt.n;
  int k = parse_assign(p, no_in);
  while (CUR.type == T_COMMA) {
    p->mt.n = m;
    k = EK_OTHER;
    next(p);
    parse_assign(p, no_in);
    p->mt.n = m;
  }
  return k;
}

static void parse_expression_value(cn_parser_t *p, int no_in) {
  uint32_t m = p->mt.n;
  parse_expression(p, no_in);
  p->mt.n = m;
}

static void parse_paren_expr(cn_parser_t *p) {
  expect(p, T_LPAREN);
  parse_expression_value(p, 0);
  expect(p, T_RPAREN);
}

static void parse_args(cn_parser_t *p) {
  expect(p, T_LPAREN);
  while (CUR.type != T_RPAREN) {
    if (CUR.type == T_ELLIPSIS) next(p);
    parse_assign_value(p, 0);
    if (CUR.type != T_RPAREN) expect(p, T_COMMA);
  }
  next(p);
}

static void parse_template(cn_parser_t *p) {
  if (CUR.type == T_TEMPLATE_FULL) {
    next(p);
    return;
  }
  enter(p);
  for (;;) { /* cur is a head or middle */
    next(p);
    parse_expression_value(p, 0);
    if (CUR.type != T_RBRACE) unexpected(p);
    cn_lex_rescan_template(p);
    if (CUR.type == T_TEMPLATE_TAIL) break;
  }
  next(p);
  leave(p);
}

static void parse_function_body(cn_parser_t *p) {
  if (CUR.type != T_LBRACE) unexpected(p);
  push_scope(p, SC_BODY);
  next(p);
  while (CUR.type != T_RBRACE) {
    if (CUR.type == T_EOF) unexpected(p);
    parse_statement(p, 1);
  }
  next(p);
  pop_scope(p);
}

static void parse_binding_element(cn_parser_t *p, int kind) {
  parse_binding_target(p, kind);
  if (CUR.type == T_ASSIGN) {
    next(p);
    parse_assign_value(p, 0);
  }
}

static void parse_params(cn_parser_t *p) {
  expect(p, T_LPAREN);
  while (CUR.type != T_RPAREN) {
    if (CUR.type == T_ELLIPSIS) {
      next(p);
      parse_binding_target(p, D_PARAM);
    } else {
      parse_binding_element(p, D_PARAM);
    }
    if (CUR.type != T_RPAREN) expect(p, T_COMMA);
  }
  next(p);
}

/* Function-like member with the key already consumed; cur is `(`. */
static void parse_method(cn_parser_t *p, int is_async, int is_gen) {
  fnctx_t s = fn_enter(p, is_async, is_gen);
  push_scope(p, SC_FUNC);
  parse_params(p);
  parse_function_body(p);
  pop_scope(p);
  fn_leave(p, s);
}

static void parse_arrow_body(cn_parser_t *p, int is_async, int no_in) {
  fnctx_t s = fn_enter(p, is_async, 0);
  if (CUR.type == T_LBRACE) parse_function_body(p);
  else parse_assign_value(p, no_in);
  fn_leave(p, s);
}

typedef struct {
  uint32_t pos, prev_end;
  cn_tok_t cur, nxt;
  int has_nxt;
  int32_t scope, last_ident_ref;
  int fn_depth, in_async, in_generator, depth, has_tla;
  uint32_t stmt_start, nscopes, ndecls, nrefs, nmt, nedits;
} snap_t;

static void snap_save(cn_parser_t *p, snap_t *s) {
  s->pos = p->pos;
  s->prev_end = p->prev_end;
  s->cur = p->cur;
  s->nxt = p->nxt;
  s->has_nxt = p->has_nxt;
  s->scope = p->scope;
  s->last_ident_ref = p->last_ident_ref;
  s->fn_depth = p->fn_depth;
  s->in_async = p->in_async;
  s->in_generator = p->in_generator;
  s->depth = p->depth;
  s->has_tla = p->has_tla;
  s->stmt_start = p->stmt_start;
  s->nscopes = p->scopes.n;
  s->ndecls = p->decls.n;
  s->nrefs = p->refs.n;
  s->nmt = p->mt.n;
  s->nedits = p->edits.n;
}

static void snap_restore(cn_parser_t *p, const snap_t *s) {
  p->pos = s->pos;
  p->prev_end = s->prev_end;
  p->cur = s->cur;
  p->nxt = s->nxt;
  p->has_nxt = s->has_nxt;
  p->scope = s->scope;
  p->last_ident_ref = s->last_ident_ref;
  p->fn_depth = s->fn_depth;
  p->in_async = s->in_async;
  p->in_generator = s->in_generator;
  p->depth = s->depth;
  p->has_tla = s->has_tla;
  p->stmt_start = s->stmt_start;
  p->scopes.n = s->nscopes;
  p->decls.n = s->ndecls;
  p->refs.n = s->nrefs;
  p->mt.n = s->nmt;
  p->edits.n = s->nedits;
}

/* Speculatively parses `(params) =>` (after `async` when is_async). On success parses the
 * arrow body too and returns 1; otherwise restores every parser state and returns 0. Failed
 * positions are remembered so nested parentheses are not re-tried (no exponential time). */
static int try_arrow(cn_parser_t *p, int is_async, int no_in) {
  uint32_t open = is_async ? cn_lex_peek(p)->start : CUR.start;
  if (!p->arrow_fail) {
    p->arrow_fail = cn_esm_alloc(p, p->len / 8 + 1);
    memset(p->arrow_fail, 0, p->len / 8 + 1);
  }
  if (p->arrow_fail[open >> 3] & (1u << (open & 7))) return 0;
  /* cheap pre-check: arrow parameters start with ), a name, [, { or ... */
  const cn_tok_t *n = is_async ? NULL : cn_lex_peek(p);
  if (n && !(n->type == T_RPAREN || n->type == T_NAME || n->type == T_LBRACKET ||
             n->type == T_LBRACE || n->type == T_ELLIPSIS)) {
    p->arrow_fail[open >> 3] |= (uint8_t)(1u << (open & 7));
    return 0;
  }
  snap_t s;
  snap_save(p, &s);
  jmp_buf jb;
  jmp_buf *volatile outer = p->jb;
  if (setjmp(jb) == 0) {
    p->jb = &jb;
    if (is_async) next(p);
    push_scope(p, SC_FUNC);
    p->in_async = is_async;
    parse_params(p);
    if (CUR.type != T_ARROW || CUR.nl) unexpected(p);
    p->jb = outer;
  } else {
    p->jb = outer;
    if (p->err_code == CN_ESM_ENOMEM) longjmp(*outer, 1);
    p->err_code = 0;
    snap_restore(p, &s);
    p->arrow_fail[open >> 3] |= (uint8_t)(1u << (open & 7));
    return 0;
  }
  p->in_async = s.in_async;
  next(p); /* => */
  parse_arrow_body(p, is_async, no_in);
  pop_scope(p);
  return 1;
}

/* `x => body` with cur at x (async already consumed when is_async). */
static void parse_ident_arrow(cn_parser_t *p, int is_async, int no_in) {
  push_scope(p, SC_FUNC);
  declare(p, &CUR, D_PARAM);
  next(p);
  if (CUR.type != T_ARROW || CUR.nl) unexpected(p);
  next(p);
  parse_arrow_body(p, is_async, no_in);
  pop_scope(p);
}

static int is_key_start(const cn_tok_t *t) {
  return t->type == T_NAME || t->type == T_STRING || t->type == T_NUM ||
         t->type == T_LBRACKET || t->type == T_PRIVATE || t->type == T_STAR;
}

/* Element of an array or object literal: keeps its maybe-targets (it may be a pattern). */
static void parse_elem(cn_parser_t *p) {
  uint32_t m = p->mt.n;
  if (parse_assign(p, 0) == EK_OTHER) p->mt.n = m;
}

static void parse_property_key(cn_parser_t *p) {
  switch (CUR.type) {
    case T_NAME: case T_STRING: case T_NUM:
      next(p);
      return;
    case T_LBRACKET:
      next(p);
      parse_assign_value(p, 0);
      expect(p, T_RBRACKET);
      return;
    default:
      unexpected(p);
  }
}

static int parse_object_lit(cn_parser_t *p) {
  enter(p);
  next(p);
  while (CUR.type != T_RBRACE) {
    if (CUR.type == T_ELLIPSIS) {
      next(p);
      parse_elem(p);
    } else {
      int is_async = 0, is_gen = 0, accessor = 0;
      if (CUR.type == T_NAME && !CUR.escaped &&
          (CUR.kw == K_ASYNC || CUR.kw == K_GET || CUR.kw == K_SET)) {
        const cn_tok_t *n = cn_lex_peek(p);
        if (is_key_start(n) && n->type != T_PRIVATE && (CUR.kw != K_ASYNC || !n->nl)) {
          if (CUR.kw == K_ASYNC) is_async = 1;
          else accessor = 1;
          if (n->type == T_STAR && accessor) unexpected(p);
          next(p);
        }
      }
      if (CUR.type == T_STAR) {
        is_gen = 1;
        next(p);
      }
      cn_tok_t key = CUR;
      parse_property_key(p);
      if (CUR.type == T_LPAREN) {
        parse_method(p, is_async, is_gen);
      } else if (is_async || is_gen || accessor) {
        unexpected(p);
      } else if (CUR.type == T_COLON) {
        next(p);
        parse_elem(p);
      } else {
        if (!is_ident_tok(&key)) cn_esm_fail(p, key.start, "Unexpected token");
        int32_t r = add_ref(p, &key, R_SHORTHAND);
        if (CUR.type == T_ASSIGN) { /* {a = 1}: only valid as a pattern */
          p->refs.v[r].flags |= R_TARGET;
          next(p);
          parse_assign_value(p, 0);
        } else {
          *VPUSH(p, p->mt) = (uint32_t)r;
        }
      }
    }
    if (CUR.type != T_RBRACE) expect(p, T_COMMA);
  }
  next(p);
  leave(p);
  return EK_LIT;
}

static int parse_array_lit(cn_parser_t *p) {
  enter(p);
  next(p);
  while (CUR.type != T_RBRACKET) {
    if (CUR.type == T_COMMA) {
      next(p);
      continue;
    }
    if (CUR.type == T_ELLIPSIS) next(p);
    parse_elem(p);
    if (CUR.type != T_RBRACKET) expect(p, T_COMMA);
  }
  next(p);
  leave(p);
  return EK_LIT;
}

static int parse_primary(cn_parser_t *p) {
  cn_tok_t t = CUR;
  switch (t.type) {
    case T_NAME:
      switch (t.kw) {
        case K_THIS: case K_NULL: case K_TRUE: case K_FALSE:
          next(p);
          return EK_OTHER;
        case K_FUNCTION:
          parse_function(p, FN_EXPR, 0, NULL);
          return EK_OTHER;
        case K_CLASS:
          parse_class(p, 0);
          return EK_OTHER;
        case K_ASYNC: {
          const cn_tok_t *n = cn_lex_peek(p);
          if (n->type == T_NAME && n->kw == K_FUNCTION && !n->nl) {
            next(p);
            parse_function(p, FN_EXPR, 1, NULL);
            return EK_OTHER;
          }
          break;
        }
        case K_NEW: case K_SUPER: case K_IMPORT:
          return parse_lhs(p);
        default:
          break;
      }
      if (!is_ident_tok(&t)) cn_esm_fail(p, t.start, "Unexpected keyword");
      {
        int32_t r = add_ref(p, &t, 0);
        *VPUSH(p, p->mt) = (uint32_t)r;
        p->last_ident_ref = r;
      }
      next(p);
      return EK_IDENT;
    case T_NUM: case T_STRING: case T_PRIVATE:
      next(p);
      return EK_OTHER;
    case T_TEMPLATE_FULL: case T_TEMPLATE_HEAD:
      parse_template(p);
      return EK_OTHER;
    case T_ASSIGN_OP:
      if (p->src[t.start] != '/') unexpected(p);
      /* fallthrough */
    case T_SLASH:
      cn_lex_rescan_regex(p);
      next(p);
      return EK_OTHER;
    case T_LBRACKET:
      return parse_array_lit(p);
    case T_LBRACE:
      return parse_object_lit(p);
    case T_LPAREN: {
      enter(p);
      next(p);
      uint32_t m = p->mt.n;
      int k = parse_expression(p, 0);
      expect(p, T_RPAREN);
      if (k != EK_IDENT) {
        p->mt.n = m;
        k = EK_OTHER;
      }
      leave(p);
      return k;
    }
    default:
      unexpected(p);
  }
}

/* MemberExpression after `new` (no call arguments of its own). */
static void parse_new_callee(cn_parser_t *p) {
  enter(p);
  uint32_t m = p->mt.n;
  if (is_kw(p, K_NEW)) {
    next(p);
    if (CUR.type == T_DOT) {
      next(p);
      if (!(CUR.type == T_NAME && CUR.kw == K_TARGET)) unexpected(p);
      next(p);
    } else {
      parse_new_callee(p);
      if (CUR.type == T_LPAREN) parse_args(p);
    }
  } else if (is_kw(p, K_SUPER)) {
    next(p);
  } else if (is_kw(p, K_IMPORT)) {
    uint32_t st = CUR.start;
    next(p);
    if (CUR.type != T_DOT) unexpected(p);
    next(p);
    if (!(CUR.type == T_NAME && CUR.kw == K_META)) unexpected(p);
    add_edit(p, E_REPLACE, st, CUR.end, "__cn_meta");
    next(p);
  } else {
    parse_primary(p);
  }
  for (;;) {
    if (CUR.type == T_DOT) {
      next(p);
      if (CUR.type != T_NAME && CUR.type != T_PRIVATE) unexpected(p);
      next(p);
    } else if (CUR.type == T_LBRACKET) {
      next(p);
      parse_expression_value(p, 0);
      expect(p, T_RBRACKET);
    } else if (CUR.type == T_TEMPLATE_FULL || CUR.type == T_TEMPLATE_HEAD) {
      parse_template(p);
    } else {
      break;
    }
  }
  p->mt.n = m;
  leave(p);
}

static int parse_lhs(cn_parser_t *p) {
  uint32_t m = p->mt.n;
  int k;
  if (is_kw(p, K_NEW)) {
    parse_new_callee(p);
    k = EK_OTHER;
  } else if (is_kw(p, K_SUPER)) {
    next(p);
    k = EK_OTHER;
  } else if (is_kw(p, K_IMPORT)) {
    uint32_t st = CUR.start;
    next(p);
    if (CUR.type == T_DOT) {
      next(p);
      if (!(CUR.type == T_NAME && CUR.kw == K_META)) unexpected(p);
      add_edit(p, E_REPLACE, st, CUR.end, "__cn_meta");
      next(p);
    } else if (CUR.type == T_LPAREN) {
      add_edit(p, E_REPLACE, st, st + 6, "__cn_import");
      parse_args(p);
    } else {
      unexpected(p);
    }
    k = EK_OTHER;
  } else {
    k = parse_primary(p);
  }
  int32_t ident_ref = k == EK_IDENT ? p->last_ident_ref : -1;
  int first = 1;
  for (;;) {
    switch (CUR.type) {
      case T_DOT:
        next(p);
        if (CUR.type != T_NAME && CUR.type != T_PRIVATE) unexpected(p);
        next(p);
        break;
      case T_QDOT:
        next(p);
        if (CUR.type == T_LPAREN) {
          if (first && ident_ref >= 0) p->refs.v[ident_ref].flags |= R_CALLEE;
          parse_args(p);
        } else if (CUR.type == T_LBRACKET) {
          next(p);
          parse_expression_value(p, 0);
          expect(p, T_RBRACKET);
        } else if (CUR.type == T_NAME || CUR.type == T_PRIVATE) {
          next(p);
        } else {
          unexpected(p);
        }
        break;
      case T_LBRACKET:
        next(p);
        parse_expression_value(p, 0);
        expect(p, T_RBRACKET);
        break;
      case T_LPAREN:
        if (first && ident_ref >= 0) p->refs.v[ident_ref].flags |= R_CALLEE;
        parse_args(p);
        break;
      case T_TEMPLATE_FULL: case T_TEMPLATE_HEAD:
        if (first && ident_ref >= 0) p->refs.v[ident_ref].flags |= R_CALLEE;
        parse_template(p);
        break;
      default:
        return k;
    }
    first = 0;
    p->mt.n = m;
    k = EK_OTHER;
  }
}

static int parse_unary(cn_parser_t *p) {
  enter(p);
  uint32_t m = p->mt.n;
  int k;
  switch (CUR.type) {
    case T_BANG: case T_TILDE: case T_PLUS: case T_MINUS:
      next(p);
      parse_unary(p);
      p->mt.n = m;
      leave(p);
      return EK_OTHER;
    case T_INC: case T_DEC:
      next(p);
      if (parse_unary(p) == EK_IDENT) mark_targets(p, m);
      p->mt.n = m;
      leave(p);
      return EK_OTHER;
    case T_NAME:
      if (CUR.kw == K_TYPEOF || CUR.kw == K_VOID || CUR.kw == K_DELETE ||
          (CUR.kw == K_AWAIT && !CUR.escaped)) {
        if (CUR.kw == K_AWAIT) {
          if (p->fn_depth == 0) p->has_tla = 1;
          else if (!p->in_async) cn_esm_fail(p, CUR.start, "Unexpected 'await'");
        }
        next(p);
        parse_unary(p);
        p->mt.n = m;
        leave(p);
        return EK_OTHER;
      }
      break;
    default:
      break;
  }
  k = parse_lhs(p);
  if ((CUR.type == T_INC || CUR.type == T_DEC) && !CUR.nl) {
    if (k == EK_IDENT) mark_targets(p, m);
    p->mt.n = m;
    next(p);
    k = EK_OTHER;
  }
  leave(p);
  return k;
}

static const uint8_t binprec_tab[T__COUNT - T_NULLISH] = {
    [T_NULLISH - T_NULLISH] = 1, [T_OR - T_NULLISH] = 1, [T_AND - T_NULLISH] = 2,
    [T_PIPE - T_NULLISH] = 3, [T_CARET - T_NULLISH] = 4, [T_AMP - T_NULLISH] = 5,
    [T_EQ - T_NULLISH] = 6, [T_NE - T_NULLISH] = 6, [T_SEQ - T_NULLISH] = 6,
    [T_SNE - T_NULLISH] = 6, [T_LT - T_NULLISH] = 7, [T_GT - T_NULLISH] = 7,
    [T_LE - T_NULLISH] = 7, [T_GE - T_NULLISH] = 7, [T_SHL - T_NULLISH] = 8,
    [T_SAR - T_NULLISH] = 8, [T_SHR - T_NULLISH] = 8, [T_PLUS - T_NULLISH] = 9,
    [T_MINUS - T_NULLISH] = 9, [T_STAR - T_NULLISH] = 10, [T_SLASH - T_NULLISH] = 10,
    [T_PERCENT - T_NULLISH] = 10, [T_STARSTAR - T_NULLISH] = 11,
};

static int binprec(cn_parser_t *p, int no_in) {
  if (CUR.type >= T_NULLISH && CUR.type < T__COUNT) return binprec_tab[CUR.type - T_NULLISH];
  if (CUR.type == T_NAME && !CUR.escaped) {
    if (CUR.kw == K_INSTANCEOF) return 7;
    if (CUR.kw == K_IN && !no_in) return 7;
  }
  return 0;
}

static int parse_binary(cn_parser_t *p, int minprec, int no_in) {
  enter(p);
  uint32_t m = p->mt.n;
  int k = parse_unary(p);
  for (;;) {
    int pr = binprec(p, no_in);
    if (pr <= minprec) break;
    p->mt.n = m;
    k = EK_OTHER;
    next(p);
    parse_binary(p, pr == 11 ? pr - 1 : pr, no_in);
    p->mt.n = m;
  }
  leave(p);
  return k;
}

static int parse_conditional(cn_parser_t *p, int no_in) {
  uint32_t m = p->mt.n;
  int k = parse_binary(p, 0, no_in);
  if (CUR.type == T_QUESTION) {
    p->mt.n = m;
    next(p);
    parse_assign_value(p, 0);
    expect(p, T_COLON);
    parse_assign_value(p, no_in);
    return EK_OTHER;
  }
  return k;
}

static int starts_operand(const cn_tok_t *t) {
  switch (t->type) {
    case T_NAME:
      return !(t->kw == K_IN || t->kw == K_OF || t->kw == K_INSTANCEOF);
    case T_PRIVATE: case T_NUM: case T_STRING: case T_TEMPLATE_FULL: case T_TEMPLATE_HEAD:
    case T_LBRACE: case T_LPAREN: case T_LBRACKET: case T_SLASH: case T_BANG: case T_TILDE:
    case T_PLUS: case T_MINUS: case T_INC: case T_DEC:
      return 1;
    default:
      return 0;
  }
}

static int parse_assign(cn_parser_t *p, int no_in) {
  enter(p);
  if (CUR.type == T_NAME) {
    if (CUR.kw == K_YIELD && p->in_generator) {
      next(p);
      if (CUR.type == T_STAR && !CUR.nl) {
        next(p);
        parse_assign_value(p, no_in);
      } else if (!CUR.nl && (starts_operand(&CUR) || (CUR.type == T_ASSIGN_OP &&
                                                      p->src[CUR.start] == '/'))) {
        parse_assign_value(p, no_in);
      }
      leave(p);
      return EK_OTHER;
    }
    if (CUR.kw == K_ASYNC && !CUR.escaped) {
      const cn_tok_t *n = cn_lex_peek(p);
      if (!n->nl && is_ident_tok(n)) {
        next(p);
        parse_ident_arrow(p, 1, no_in);
        leave(p);
        return EK_OTHER;
      }
      if (!n->nl && n->type == T_LPAREN && try_arrow(p, 1, no_in)) {
        leave(p);
        return EK_OTHER;
      }
    }
    if (is_ident_tok(&CUR)) {
      const cn_tok_t *n = cn_lex_peek(p);
      if (n->type == T_ARROW && !n->nl) {
        parse_ident_arrow(p, 0, no_in);
        leave(p);
        return EK_OTHER;
      }
    }
  } else if (CUR.type == T_LPAREN) {
    if (try_arrow(p, 0, no_in)) {
      leave(p);
      return EK_OTHER;
    }
  }
  uint32_t m = p->mt.n;
  int k = parse_conditional(p, no_in);
  if (CUR.type == T_ASSIGN || CUR.type == T_ASSIGN_OP) {
    if (k == EK_IDENT || (k == EK_LIT && CUR.type == T_ASSIGN)) mark_targets(p, m);
    p->mt.n = m;
    next(p);
    parse_assign_value(p, no_in);
    k = EK_OTHER;
  }
  leave(p);
  return k;
}

/* ---- functions and classes ---- */

/* cur is `function` (after `async`). FN_DECL declares the name in the current scope;
 * FN_DEFAULT (export default) may be anonymous and then gets the name __cn_default. */
static void parse_function(cn_parser_t *p, int mode, int is_async, cn_tok_t *name_out) {
  enter(p);
  next(p);
  int is_gen = 0;
  uint32_t name_pos = p->prev_end;
  if (CUR.type == T_STAR) {
    is_gen = 1;
    next(p);
    name_pos = p->prev_end;
  }
  cn_tok_t name = CUR;
  int has_name = 0;
  if (CUR.type == T_NAME) {
    if (!is_ident_tok(&CUR)) cn_esm_fail(p, CUR.start, "Unexpected keyword");
    has_name = 1;
    next(p);
  }
  if (has_name && mode != FN_EXPR) declare(p, &name, D_FUNC);
  if (!has_name && mode == FN_DECL) unexpected(p);
  if (!has_name && mode == FN_DEFAULT) add_edit(p, E_INSERT, name_pos, name_pos, " __cn_default");
  if (name_out) {
    if (has_name) *name_out = name;
    else name_out->type = T_EOF;
  }
  fnctx_t s = fn_enter(p, is_async, is_gen);
  push_scope(p, SC_FUNC);
  if (has_name && mode == FN_EXPR) declare(p, &name, D_FUNC);
  parse_params(p);
  parse_function_body(p);
  pop_scope(p);
  fn_leave(p, s);
  leave(p);
}

static void parse_class_member(cn_parser_t *p) {
  if (CUR.type == T_SEMI) {
    next(p);
    return;
  }
  int is_async = 0, is_gen = 0, accessor = 0;
  if (CUR.type == T_NAME && !CUR.escaped && CUR.kw == K_STATIC) {
    const cn_tok_t *n = cn_lex_peek(p);
    if (n->type == T_LBRACE) { /* static block */
      next(p);
      fnctx_t s = fn_enter(p, 0, 0);
      parse_function_body(p);
      fn_leave(p, s);
      return;
    }
    if (is_key_start(n)) next(p);
  }
  if (CUR.type == T_NAME && !CUR.escaped &&
      (CUR.kw == K_ASYNC || CUR.kw == K_GET || CUR.kw == K_SET)) {
    const cn_tok_t *n = cn_lex_peek(p);
    if (is_key_start(n) && (CUR.kw != K_ASYNC || !n->nl)) {
      if (CUR.kw == K_ASYNC) is_async = 1;
      else accessor = 1;
      next(p);
    }
  }
  if (CUR.type == T_STAR) {
    is_gen = 1;
    next(p);
  }
  if (CUR.type == T_PRIVATE) next(p);
  else parse_property_key(p);
  if (CUR.type == T_LPAREN) {
    parse_method(p, is_async, is_gen);
    return;
  }
  if (is_async || is_gen || accessor) unexpected(p);
  if (CUR.type == T_ASSIGN) { /* field initializer: its own function-like scope */
    next(p);
    fnctx_t s = fn_enter(p, 0, 0);
    push_scope(p, SC_FUNC);
    parse_assign_value(p, 0);
    pop_scope(p);
    fn_leave(p, s);
  }
  consume_semicolon(p);
}

/* cur is `class`. Sets p->class_end to the end of the closing brace. */
static void parse_class(cn_parser_t *p, int is_decl) {
  enter(p);
  next(p);
  cn_tok_t name = CUR;
  int has_name = 0;
  if (CUR.type == T_NAME && CUR.kw != K_EXTENDS) {
    if (!is_ident_tok(&CUR)) cn_esm_fail(p, CUR.start, "Unexpected keyword");
    has_name = 1;
    next(p);
  }
  if (has_name && is_decl) declare(p, &name, D_CLASS);
  push_scope(p, SC_CLASS);
  if (has_name) declare(p, &name, D_CLASS);
  if (is_kw(p, K_EXTENDS)) {
    next(p);
    uint32_t m = p->mt.n;
    parse_lhs(p);
    p->mt.n = m;
  }
  if (CUR.type != T_LBRACE) unexpected(p);
  next(p);
  while (CUR.type != T_RBRACE) {
    if (CUR.type == T_EOF) unexpected(p);
    parse_class_member(p);
  }
  p->class_end = CUR.end;
  next(p);
  pop_scope(p);
  leave(p);
}

/* ---- statements ---- */

static void parse_binding_target(cn_parser_t *p, int kind) {
  enter(p);
  switch (CUR.type) {
    case T_NAME:
      if (!is_ident_tok(&CUR)) cn_esm_fail(p, CUR.start, "Unexpected keyword");
      declare(p, &CUR, kind);
      next(p);
      break;
    case T_LBRACKET:
      next(p);
      while (CUR.type != T_RBRACKET) {
        if (CUR.type == T_COMMA) {
          next(p);
          continue;
        }
        if (CUR.type == T_ELLIPSIS) {
          next(p);
          parse_binding_target(p, kind);
        } else {
          parse_binding_element(p, kind);
        }
        if (CUR.type != T_RBRACKET) expect(p, T_COMMA);
      }
      next(p);
      break;
    case T_LBRACE:
      next(p);
      while (CUR.type != T_RBRACE) {
        if (CUR.type == T_ELLIPSIS) {
          next(p);
          if (!is_ident_tok(&CUR)) unexpected(p);
          declare(p, &CUR, kind);
          next(p);
        } else {
          cn_tok_t key = CUR;
          parse_property_key(p);
          if (CUR.type == T_COLON) {
            next(p);
            parse_binding_element(p, kind);
          } else {
            if (!is_ident_tok(&key)) cn_esm_fail(p, key.start, "Unexpected token");
            declare(p, &key, kind);
            if (CUR.type == T_ASSIGN) {
              next(p);
              parse_assign_value(p, 0);
            }
          }
        }
        if (CUR.type != T_RBRACE) expect(p, T_COMMA);
      }
      next(p);
      break;
    default:
      unexpected(p);
  }
  leave(p);
}

static void parse_decl_list(cn_parser_t *p, int kind) {
  for (;;) {
    parse_binding_element(p, kind);
    if (CUR.type != T_COMMA) break;
    next(p);
  }
}

static void parse_block(cn_parser_t *p) {
  if (CUR.type != T_LBRACE) unexpected(p);
  push_scope(p, SC_BLOCK);
  next(p);
  while (CUR.type != T_RBRACE) {
    if (CUR.type == T_EOF) unexpected(p);
    parse_statement(p, 1);
  }
  next(p);
  pop_scope(p);
}

static int is_of(cn_parser_t *p) { return CUR.type == T_NAME && CUR.kw == K_OF && !CUR.escaped; }

static void parse_for(cn_parser_t *p) {
  next(p);
  if (is_kw(p, K_AWAIT)) {
    if (p->fn_depth == 0) p->has_tla = 1;
    else if (!p->in_async) unexpected(p);
    next(p);
  }
  expect(p, T_LPAREN);
  push_scope(p, SC_BLOCK);
  if (CUR.type != T_SEMI) {
    if (is_kw(p, K_VAR) || is_kw(p, K_LET) || is_kw(p, K_CONST)) {
      int kind = CUR.kw == K_VAR ? D_VAR : CUR.kw == K_LET ? D_LET : D_CONST;
      next(p);
      parse_binding_target(p, kind);
      if (is_of(p) || is_kw(p, K_IN)) {
        int of = is_of(p);
        next(p);
        if (of) parse_assign_value(p, 0);
        else parse_expression_value(p, 0);
        goto body;
      }
      if (CUR.type == T_ASSIGN) {
        next(p);
        parse_assign_value(p, 1);
      }
      while (CUR.type == T_COMMA) {
        next(p);
        parse_binding_target(p, kind);
        if (CUR.type == T_ASSIGN) {
          next(p);
          parse_assign_value(p, 1);
        }
      }
    } else {
      uint32_t m = p->mt.n;
      int k = parse_expression(p, 1);
      if (is_of(p) || is_kw(p, K_IN)) {
        int of = is_of(p);
        if (k != EK_OTHER) mark_targets(p, m);
        p->mt.n = m;
        next(p);
        if (of) parse_assign_value(p, 0);
        else parse_expression_value(p, 0);
        goto body;
      }
      p->mt.n = m;
    }
  }
  expect(p, T_SEMI);
  if (CUR.type != T_SEMI) parse_expression_value(p, 0);
  expect(p, T_SEMI);
  if (CUR.type != T_RPAREN) parse_expression_value(p, 0);
body:
  expect(p, T_RPAREN);
  parse_statement(p, 0);
  pop_scope(p);
}

/* ---- module syntax ---- */

static cn_sv_t tok_string(cn_parser_t *p, const cn_tok_t *t, int need_well_formed) {
  cn_sv_t v;
  int rc = cn_lex_string_value(p, t->start, t->end, &v);
  if (rc == -2) cn_esm_fail(p, t->start, "Invalid escape in string literal");
  if (rc < 0 && need_well_formed) cn_esm_fail(p, t->start, "Invalid string: lone surrogate");
  return v;
}

/* An export/import name: IdentifierName or string literal. */
static cn_sv_t module_export_name(cn_parser_t *p) {
  cn_sv_t v;
  if (CUR.type == T_NAME) {
    v.s = CUR.name;
    v.len = CUR.name_len;
  } else if (CUR.type == T_STRING) {
    v = tok_string(p, &CUR, 1);
  } else {
    unexpected(p);
  }
  next(p);
  return v;
}

static int sv_eq(cn_sv_t a, cn_sv_t b) { return a.len == b.len && memcmp(a.s, b.s, a.len) == 0; }

/* Parses `'spec' [with { k: 'v', ... }]`; returns the (deduplicated) request index. */
static uint32_t parse_from_clause(cn_parser_t *p) {
  if (CUR.type != T_STRING) unexpected(p);
  cn_sv_t spec = tok_string(p, &CUR, 0);
  next(p);
  uint32_t a0 = p->attrs.n;
  if ((is_kw(p, K_WITH) || (CUR.type == T_NAME && CUR.kw == K_ASSERT && !CUR.nl)) &&
      !CUR.escaped) {
    next(p);
    expect(p, T_LBRACE);
    while (CUR.type != T_RBRACE) {
      cn_pattr_t a;
      if (CUR.type == T_NAME) {
        a.key.s = CUR.name;
        a.key.len = CUR.name_len;
        next(p);
      } else if (CUR.type == T_STRING) {
        a.key = tok_string(p, &CUR, 0);
        next(p);
      } else {
        unexpected(p);
      }
      expect(p, T_COLON);
      if (CUR.type != T_STRING) unexpected(p);
      a.value = tok_string(p, &CUR, 0);
      next(p);
      for (uint32_t i = a0; i < p->attrs.n; i++)
        if (sv_eq(p->attrs.v[i].key, a.key)) cn_esm_fail(p, CUR.start, "Duplicate import attribute");
      *VPUSH(p, p->attrs) = a;
      if (CUR.type != T_RBRACE) expect(p, T_COMMA);
    }
    next(p);
  }
  uint32_t na = p->attrs.n - a0;
  for (uint32_t r = 0; r < p->reqs.n; r++) {
    cn_preq_t *q = &p->reqs.v[r];
    if (!sv_eq(q->spec, spec) || q->nattrs != na) continue;
    uint32_t same = 0;
    for (uint32_t i = 0; i < na; i++)
      for (uint32_t j = 0; j < na; j++)
        if (sv_eq(p->attrs.v[a0 + i].key, p->attrs.v[q->attr_start + j].key) &&
            sv_eq(p->attrs.v[a0 + i].value, p->attrs.v[q->attr_start + j].value))
          same++;
    if (same == na) {
      p->attrs.n = a0;
      return r;
    }
  }
  cn_preq_t *q = VPUSH(p, p->reqs);
  q->spec = spec;
  q->attr_start = a0;
  q->nattrs = na;
  return p->reqs.n - 1;
}

/* Ends an import/export declaration and blanks it from st. */
static void end_module_decl(cn_parser_t *p, uint32_t st) {
  uint32_t end;
  if (CUR.type == T_SEMI) {
    end = CUR.end;
    next(p);
  } else {
    consume_semicolon(p);
    end = p->prev_end;
  }
  add_edit(p, E_BLANK, st, end, NULL);
}

static void add_import(cn_parser_t *p, const cn_tok_t *local, cn_sv_t imported, int ns) {
  if (!is_ident_tok(local)) cn_esm_fail(p, local->start, "Unexpected token");
  cn_pimport_t *im = VPUSH(p, p->imports);
  im->local.s = local->name;
  im->local.len = local->name_len;
  im->imported = ns ? (cn_sv_t){NULL, 0} : imported;
  im->request = UINT32_MAX;
  im->pos = local->start;
  declare(p, local, D_IMPORT);
  p->decls.v[p->decls.n - 1].import_index = (int32_t)(p->imports.n - 1);
}

static void parse_import_decl(cn_parser_t *p) {
  uint32_t st = CUR.start;
  uint32_t i0 = p->imports.n;
  next(p);
  if (CUR.type != T_STRING) {
    int need_from = 0;
    if (CUR.type == T_NAME) { /* default binding */
      cn_tok_t t = CUR;
      next(p);
      add_import(p, &t, (cn_sv_t){"default", 7}, 0);
      need_from = 1;
      if (CUR.type == T_COMMA) {
        next(p);
        need_from = 0;
        if (CUR.type != T_STAR && CUR.type != T_LBRACE) unexpected(p);
      }
    }
    if (CUR.type == T_STAR) {
      next(p);
      if (!(CUR.type == T_NAME && CUR.kw == K_AS && !CUR.escaped)) unexpected(p);
      next(p);
      cn_tok_t t = CUR;
      if (t.type != T_NAME) unexpected(p);
      next(p);
      add_import(p, &t, (cn_sv_t){NULL, 0}, 1);
    } else if (CUR.type == T_LBRACE) {
      next(p);
      while (CUR.type != T_RBRACE) {
        cn_tok_t first = CUR;
        cn_sv_t imported = module_export_name(p);
        if (CUR.type == T_NAME && CUR.kw == K_AS && !CUR.escaped) {
          next(p);
          cn_tok_t t = CUR;
          if (t.type != T_NAME) unexpected(p);
          next(p);
          add_import(p, &t, imported, 0);
        } else {
          if (first.type != T_NAME) cn_esm_fail(p, first.start, "Unexpected string");
          add_import(p, &first, imported, 0);
        }
        if (CUR.type != T_RBRACE) expect(p, T_COMMA);
      }
      next(p);
    } else if (!need_from) {
      unexpected(p);
    }
    if (!(CUR.type == T_NAME && CUR.kw == K_FROM && !CUR.escaped)) unexpected(p);
    next(p);
  }
  uint32_t req = parse_from_clause(p);
  for (uint32_t i = i0; i < p->imports.n; i++) p->imports.v[i].request = req;
  end_module_decl(p, st);
}

static void add_local_export(cn_parser_t *p, cn_sv_t name, cn_sv_t local, unsigned flags,
                             uint32_t pos) {
  cn_plexport_t *e = VPUSH(p, p->lexports);
  e->export_name = name;
  e->local = local;
  e->flags = flags;
  e->pos = pos;
}

static const cn_sv_t sv_default = {"default", 7};
static const cn_sv_t sv_cn_default = {"__cn_default", 12};

static void parse_export_decl(cn_parser_t *p) {
  uint32_t st = CUR.start;
  next(p);
  if (CUR.type == T_STAR) {
    next(p);
    cn_sv_t name = {NULL, 0};
    int has_name = 0;
    if (CUR.type == T_NAME && CUR.kw == K_AS && !CUR.escaped) {
      next(p);
      name = module_export_name(p);
      has_name = 1;
    }
    if (!(CUR.type == T_NAME && CUR.kw == K_FROM && !CUR.escaped)) unexpected(p);
    next(p);
    uint32_t req = parse_from_clause(p);
    if (has_name) {
      cn_pindirect_t *e = VPUSH(p, p->indirect);
      e->export_name = name;
      e->import_name = (cn_sv_t){NULL, 0};
      e->request = req;
    } else {
      *VPUSH(p, p->stars) = req;
    }
    end_module_decl(p, st);
    return;
  }
  if (CUR.type == T_LBRACE) {
    next(p);
    uint32_t first = p->lexports.n;
    while (CUR.type != T_RBRACE) {
      cn_tok_t lt = CUR;
      cn_sv_t local = module_export_name(p);
      cn_sv_t name = local;
      if (CUR.type == T_NAME && CUR.kw == K_AS && !CUR.escaped) {
        next(p);
        name = module_export_name(p);
      }
      /* kept as local exports until we know whether a from clause follows */
      add_local_export(p, name, local, lt.type == T_STRING || !is_ident_tok(&lt) ? 1u << 31 : 0,
                       lt.start);
      if (CUR.type != T_RBRACE) expect(p, T_COMMA);
    }
    next(p);
    if (CUR.type == T_NAME && CUR.kw == K_FROM && !CUR.escaped) {
      next(p);
      uint32_t req = parse_from_clause(p);
      for (uint32_t i = first; i < p->lexports.n; i++) {
        cn_pindirect_t *e = VPUSH(p, p->indirect);
        e->export_name = p->lexports.v[i].export_name;
        e->import_name = p->lexports.v[i].local;
        e->request = req;
      }
      p->lexports.n = first;
    } else {
      for (uint32_t i = first; i < p->lexports.n; i++)
        if (p->lexports.v[i].flags & (1u << 31))
          cn_esm_fail(p, p->lexports.v[i].pos, "Unexpected token");
    }
    end_module_decl(p, st);
    return;
  }
  if (is_kw(p, K_DEFAULT)) {
    next(p);
    int is_async = 0;
    if (CUR.type == T_NAME && CUR.kw == K_ASYNC && !CUR.escaped) {
      const cn_tok_t *n = cn_lex_peek(p);
      is_async = n->type == T_NAME && n->kw == K_FUNCTION && !n->nl;
    }
    if (is_kw(p, K_FUNCTION) || is_async) {
      add_edit(p, E_BLANK, st, CUR.start, NULL);
      if (is_async) next(p);
      cn_tok_t name;
      parse_function(p, FN_DEFAULT, is_async, &name);
      if (name.type == T_NAME)
        add_local_export(p, sv_default, (cn_sv_t){name.name, name.name_len}, 0, st);
      else
        add_local_export(p, sv_default, sv_cn_default,
                         CN_ESM_EXPORT_NAME_DEFAULT | CN_ESM_EXPORT_HOISTED, st);
      return;
    }
    if (is_kw(p, K_CLASS)) {
      const cn_tok_t *n = cn_lex_peek(p);
      if (n->type == T_NAME && n->kw != K_EXTENDS) {
        cn_tok_t name = *n;
        add_edit(p, E_BLANK, st, CUR.start, NULL);
        parse_class(p, 1);
        add_local_export(p, sv_default, (cn_sv_t){name.name, name.name_len}, 0, st);
      } else {
        add_edit(p, E_REPLACE, st, CUR.start, "const __cn_default={default:");
        parse_class(p, 0);
        add_edit(p, E_INSERT, p->class_end, p->class_end, "}.default;");
        add_local_export(p, sv_default, sv_cn_default, 0, st);
      }
      return;
    }
    add_edit(p, E_REPLACE, st, CUR.start, "const __cn_default={default:");
    parse_assign_value(p, 0);
    add_edit(p, E_INSERT, p->prev_end, p->prev_end, "}.default;");
    consume_semicolon(p);
    add_local_export(p, sv_default, sv_cn_default, 0, st);
    return;
  }
  /* export var/let/const/function/async function/class */
  int ok = is_kw(p, K_VAR) || is_kw(p, K_LET) || is_kw(p, K_CONST) || is_kw(p, K_FUNCTION) ||
           is_kw(p, K_CLASS);
  if (!ok && CUR.type == T_NAME && CUR.kw == K_ASYNC && !CUR.escaped) {
    const cn_tok_t *n = cn_lex_peek(p);
    ok = n->type == T_NAME && n->kw == K_FUNCTION && !n->nl;
  }
  if (!ok) unexpected(p);
  add_edit(p, E_BLANK, st, CUR.start, NULL);
  uint32_t d0 = p->decls.n;
  parse_statement(p, 1);
  for (uint32_t i = d0; i < p->decls.n; i++) {
    cn_decl_t *d = &p->decls.v[i];
    if (d->scope != 0) continue;
    cn_sv_t n = {d->name, d->name_len};
    add_local_export(p, n, n, 0, st);
  }
}

static void parse_statement(cn_parser_t *p, int in_list) {
  enter(p);
  switch (CUR.type) {
    case T_LBRACE:
      parse_block(p);
      goto out;
    case T_SEMI:
      next(p);
      goto out;
    case T_NAME:
      if (CUR.escaped) break;
      switch (CUR.kw) {
        case K_VAR: case K_LET: case K_CONST: {
          int kind = CUR.kw == K_VAR ? D_VAR : CUR.kw == K_LET ? D_LET : D_CONST;
          next(p);
          parse_decl_list(p, kind);
          consume_semicolon(p);
          goto out;
        }
        case K_FUNCTION:
          parse_function(p, FN_DECL, 0, NULL);
          goto out;
        case K_ASYNC: {
          const cn_tok_t *n = cn_lex_peek(p);
          if (n->type == T_NAME && n->kw == K_FUNCTION && !n->nl) {
            next(p);
            parse_function(p, FN_DECL, 1, NULL);
            goto out;
          }
          break;
        }
        case K_CLASS:
          parse_class(p, 1);
          goto out;
        case K_IF:
          next(p);
          parse_paren_expr(p);
          parse_statement(p, 0);
          if (is_kw(p, K_ELSE)) {
            next(p);
            parse_statement(p, 0);
          }
          goto out;
        case K_FOR:
          parse_for(p);
          goto out;
        case K_WHILE:
          next(p);
          parse_paren_expr(p);
          parse_statement(p, 0);
          goto out;
        case K_DO:
          next(p);
          parse_statement(p, 0);
          if (!is_kw(p, K_WHILE)) unexpected(p);
          next(p);
          parse_paren_expr(p);
          if (CUR.type == T_SEMI) next(p);
          goto out;
        case K_RETURN:
          if (p->fn_depth == 0) cn_esm_fail(p, CUR.start, "Return statements are only valid inside functions");
          next(p);
          if (!(CUR.type == T_SEMI || CUR.type == T_RBRACE || CUR.type == T_EOF || CUR.nl))
            parse_expression_value(p, 0);
          consume_semicolon(p);
          goto out;
        case K_BREAK: case K_CONTINUE:
          next(p);
          if (CUR.type == T_NAME && !CUR.nl && is_ident_tok(&CUR)) next(p);
          consume_semicolon(p);
          goto out;
        case K_THROW:
          next(p);
          if (CUR.nl) cn_esm_fail(p, CUR.start, "Illegal newline after throw");
          parse_expression_value(p, 0);
          consume_semicolon(p);
          goto out;
        case K_TRY:
          next(p);
          parse_block(p);
          if (is_kw(p, K_CATCH)) {
            next(p);
            if (CUR.type == T_LPAREN) {
              push_scope(p, SC_BLOCK);
              next(p);
              parse_binding_target(p, D_CATCH);
              expect(p, T_RPAREN);
              parse_block(p);
              pop_scope(p);
            } else {
              parse_block(p);
            }
          }
          if (is_kw(p, K_FINALLY)) {
            next(p);
            parse_block(p);
          }
          goto out;
        case K_SWITCH:
          next(p);
          parse_paren_expr(p);
          if (CUR.type != T_LBRACE) unexpected(p);
          push_scope(p, SC_BLOCK);
          next(p);
          while (CUR.type != T_RBRACE) {
            if (is_kw(p, K_CASE)) {
              next(p);
              parse_expression_value(p, 0);
              expect(p, T_COLON);
            } else if (is_kw(p, K_DEFAULT)) {
              next(p);
              expect(p, T_COLON);
            } else {
              if (CUR.type == T_EOF) unexpected(p);
              parse_statement(p, 1);
            }
          }
          next(p);
          pop_scope(p);
          goto out;
        case K_DEBUGGER:
          next(p);
          consume_semicolon(p);
          goto out;
        case K_WITH:
          cn_esm_fail(p, CUR.start, "'with' is not allowed in strict mode");
        case K_IMPORT: {
          const cn_tok_t *n = cn_lex_peek(p);
          if (n->type == T_LPAREN || n->type == T_DOT) break;
          if (p->scope != 0) cn_esm_fail(p, CUR.start, "Unexpected import");
          parse_import_decl(p);
          goto out;
        }
        case K_EXPORT:
          if (p->scope != 0) cn_esm_fail(p, CUR.start, "Unexpected export");
          parse_export_decl(p);
          goto out;
        default:
          if (is_ident_tok(&CUR) && cn_lex_peek(p)->type == T_COLON) { /* label */
            next(p);
            next(p);
            parse_statement(p, 0);
            goto out;
          }
          break;
      }
      break;
    default:
      break;
  }
  p->stmt_start = in_list ? CUR.start : UINT32_MAX;
  parse_expression_value(p, 0);
  p->stmt_start = UINT32_MAX;
  consume_semicolon(p);
out:
  leave(p);
}

void cn_parse_module(cn_parser_t *p) {
  p->scope = -1;
  push_scope(p, SC_MODULE);
  p->stmt_start = UINT32_MAX;
  p->last_ident_ref = -1;
  cn_lex_init(p);
  next(p);
  while (CUR.type != T_EOF) parse_statement(p, 1);
}
