/* Private types shared by the ES module tokenizer (lexer.c), parser (parser.c) and emitter (esm.c). */
#ifndef CN_ESM_INTERNAL_H
#define CN_ESM_INTERNAL_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

#include "esm/esm.h"

enum {
  T_EOF, T_NAME, T_PRIVATE, T_NUM, T_STRING, T_TEMPLATE_FULL, T_TEMPLATE_HEAD, T_TEMPLATE_MIDDLE,
  T_TEMPLATE_TAIL, T_REGEX,
  T_LBRACE, T_RBRACE, T_LPAREN, T_RPAREN, T_LBRACKET, T_RBRACKET, T_DOT, T_ELLIPSIS, T_SEMI,
  T_COMMA, T_QUESTION, T_QDOT, T_COLON, T_ARROW, T_TILDE, T_BANG, T_INC, T_DEC,
  T_ASSIGN, T_ASSIGN_OP, /* = and every compound assignment (+= ... ??=) */
  /* binary operators, in this order (see binary precedence table in parser.c) */
  T_NULLISH, T_OR, T_AND, T_PIPE, T_CARET, T_AMP, T_EQ, T_NE, T_SEQ, T_SNE, T_LT, T_GT, T_LE,
  T_GE, T_SHL, T_SAR, T_SHR, T_PLUS, T_MINUS, T_STAR, T_SLASH, T_PERCENT, T_STARSTAR,
  T__COUNT
};

/* Keywords: reserved words first (up to K__RESERVED), then contextual ones. */
enum {
  K_NONE, K_AWAIT, K_BREAK, K_CASE, K_CATCH, K_CLASS, K_CONST, K_CONTINUE, K_DEBUGGER,
  K_DEFAULT, K_DELETE, K_DO, K_ELSE, K_ENUM, K_EXPORT, K_EXTENDS, K_FALSE, K_FINALLY, K_FOR,
  K_FUNCTION, K_IF, K_IMPORT, K_IN, K_INSTANCEOF, K_NEW, K_NULL, K_RETURN, K_SUPER, K_SWITCH,
  K_THIS, K_THROW, K_TRUE, K_TRY, K_TYPEOF, K_VAR, K_VOID, K_WHILE, K_WITH, K_YIELD, K_LET,
  K_STATIC, K_IMPLEMENTS, K_INTERFACE, K_PACKAGE, K_PRIVATE, K_PROTECTED, K_PUBLIC,
  K__RESERVED,
  K_ASYNC, K_GET, K_SET, K_OF, K_AS, K_FROM, K_TARGET, K_META, K_ASSERT,
};

typedef struct {
  uint8_t type;
  uint8_t nl;      /* a line terminator precedes this token */
  uint8_t kw;      /* K_* for T_NAME without escapes */
  uint8_t escaped; /* T_NAME/T_PRIVATE spelled with \u escapes */
  uint32_t start, end;
  const char *name; /* T_NAME / T_PRIVATE: decoded identifier (into src when not escaped) */
  uint32_t name_len;
} cn_tok_t;

#define VEC(T)  \
  struct {      \
    T *v;       \
    uint32_t n; \
    uint32_t cap; \
  }

enum { SC_MODULE, SC_FUNC, SC_BODY, SC_BLOCK, SC_CLASS };

typedef struct {
  int32_t parent;
  uint8_t kind;
  uint8_t has_shadow;
} cn_scope_t;

enum { D_VAR, D_LET, D_CONST, D_FUNC, D_CLASS, D_PARAM, D_IMPORT, D_CATCH };

typedef struct {
  const char *name;
  uint32_t name_len;
  int32_t scope;
  uint8_t kind;
  int32_t import_index; /* D_IMPORT */
} cn_decl_t;

enum {
  R_TARGET = 1,     /* assigned / updated / destructured into */
  R_CALLEE = 2,     /* x(...), x`...`, x?.(...) */
  R_SHORTHAND = 4,  /* { x } in an object literal or pattern */
  R_STMT_START = 8, /* first token of an expression statement in a statement list */
};

typedef struct {
  const char *name;
  uint32_t name_len;
  int32_t scope;
  uint32_t start, end;
  uint32_t flags;
} cn_ref_t;

enum { E_BLANK, E_REPLACE, E_INSERT };

/* A source edit: [start, end) is blanked or replaced by text (E_INSERT: start == end). */
typedef struct {
  uint32_t start, end;
  uint8_t kind;
  const char *text;
  uint32_t text_len;
} cn_edit_t;

typedef struct {
  const char *s;
  uint32_t len;
} cn_sv_t;

typedef struct {
  cn_sv_t key, value;
} cn_pattr_t;

typedef struct {
  cn_sv_t spec;
  uint32_t attr_start, nattrs; /* into parser.attrs */
} cn_preq_t;

typedef struct {
  cn_sv_t local, imported; /* imported.s == NULL: namespace */
  uint32_t request;
  uint32_t pos; /* of the local name, for errors */
} cn_pimport_t;

typedef struct {
  cn_sv_t export_name, local;
  unsigned flags;
  uint32_t pos; /* for errors */
} cn_plexport_t;

typedef struct {
  cn_sv_t export_name, import_name;
  uint32_t request;
} cn_pindirect_t;

typedef struct cn_arena_blk cn_arena_blk_t;

typedef struct {
  const char *src;
  uint32_t len;
  /* lexer */
  uint32_t pos;
  uint32_t prev_end; /* end of the token before cur */
  cn_tok_t cur, nxt;
  int has_nxt;
  /* scopes and function context */
  int32_t scope;
  int fn_depth, in_async, in_generator;
  int depth;
  uint32_t stmt_start; /* start of the current list-level expression statement, or ~0 */
  int32_t last_ident_ref;
  int has_tla;
  uint32_t class_end; /* end of the last class body parsed */
  VEC(cn_scope_t) scopes;
  VEC(cn_decl_t) decls;
  VEC(cn_ref_t) refs;
  VEC(uint32_t) mt; /* refs that become assignment targets if the literal turns into a pattern */
  VEC(cn_edit_t) edits;
  VEC(cn_pattr_t) attrs;
  VEC(cn_preq_t) reqs;
  VEC(cn_pimport_t) imports;
  VEC(cn_plexport_t) lexports;
  VEC(cn_pindirect_t) indirect;
  VEC(uint32_t) stars;
  uint8_t *arrow_fail; /* bit per source offset: `(` that is known not to start arrow params */
  cn_arena_blk_t *arena;
  cn_arena_blk_t *res_arena; /* strings of the result (moved to cn_esm_result_t) */
  /* errors */
  jmp_buf *jb;
  int err_code;
  uint32_t err_pos;
  char err_msg[120];
} cn_parser_t;

/* lexer.c */
void cn_lex_init(cn_parser_t *p);
void cn_lex_next(cn_parser_t *p);       /* cur = next token (from nxt if peeked) */
const cn_tok_t *cn_lex_peek(cn_parser_t *p);
void cn_lex_rescan_regex(cn_parser_t *p);    /* cur is / or /=: rescan as a regex literal */
void cn_lex_rescan_template(cn_parser_t *p); /* cur is }: rescan as template middle/tail */
int cn_lex_string_value(cn_parser_t *p, uint32_t start, uint32_t end, cn_sv_t *out); /* 0, -1 lone surrogate, -2 bad escape */

/* parser.c */
void cn_parse_module(cn_parser_t *p);

/* shared helpers (esm.c) */
_Noreturn void cn_esm_fail(cn_parser_t *p, uint32_t pos, const char *msg);
void *cn_esm_alloc(cn_parser_t *p, size_t n);
void cn_esm_vec_grow(cn_parser_t *p, void **v, uint32_t *cap, uint32_t need, size_t elem);

#define VPUSH(p, vec)                                                                         \
  ((vec).n >= (vec).cap ? cn_esm_vec_grow((p), (void **)&(vec).v, &(vec).cap, (vec).n + 1,      \
                                          sizeof(*(vec).v))                                     \
                        : (void)0,                                                              \
   &(vec).v[(vec).n++])

#endif
