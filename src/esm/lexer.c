/* ES2025 tokenizer for the module transformer: the parser drives it (regex and template rescans). */
#include <string.h>

#include "esm/esm_internal.h"

/* Decodes one UTF-8 sequence at s (avail > 0 bytes). Returns its length, 0 if invalid. */
static int utf8_decode(const uint8_t *s, uint32_t avail, uint32_t *cp) {
  uint8_t c = s[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  int n;
  uint32_t v, min;
  if (c >= 0xC2 && c <= 0xDF) n = 2, v = c & 0x1F, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF) n = 3, v = c & 0x0F, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4) n = 4, v = c & 0x07, min = 0x10000;
  else return 0;
  if ((uint32_t)n > avail) return 0;
  for (int i = 1; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (s[i] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return n;
}

static int is_ws_cp(uint32_t c) {
  return c == 0xA0 || c == 0xFEFF || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

/* 1: identifier start, 2: identifier part only (digit), 0: neither; for ASCII bytes. */
static const uint8_t id_ascii[128] = {
    ['$'] = 1, ['_'] = 1,
    ['0'] = 2, ['1'] = 2, ['2'] = 2, ['3'] = 2, ['4'] = 2,
    ['5'] = 2, ['6'] = 2, ['7'] = 2, ['8'] = 2, ['9'] = 2,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
    ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
    ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
    ['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1,
};

/* Non-ASCII identifier characters: every code point that is not whitespace or a line
 * terminator. JSC has already validated the source, so the exact Unicode ID_Start /
 * ID_Continue sets are not needed to find token boundaries. */
static int is_id_cp(uint32_t c) {
  if (c < 0x80) return c < 128 && id_ascii[c] != 0;
  return !is_ws_cp(c) && c != 0x2028 && c != 0x2029;
}

static int hexval(uint8_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static uint32_t put_utf8(char *o, uint32_t cp) {
  if (cp < 0x80) {
    o[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    o[0] = (char)(0xC0 | (cp >> 6));
    o[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    o[0] = (char)(0xE0 | (cp >> 12));
    o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (char)(0xF0 | (cp >> 18));
  o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Parses \uXXXX or \u{X...} at s[i] == '\\'. Returns the code point, -1 if malformed.
 * *next receives the index after the escape. */
static int32_t read_unicode_escape(const uint8_t *s, uint32_t len, uint32_t i, uint32_t *next) {
  if (i + 1 >= len || s[i + 1] != 'u') return -1;
  i += 2;
  uint32_t v = 0;
  if (i < len && s[i] == '{') {
    i++;
    int digits = 0;
    while (i < len && s[i] != '}') {
      int h = hexval(s[i]);
      if (h < 0) return -1;
      v = v * 16 + (uint32_t)h;
      if (v > 0x10FFFF) return -1;
      i++, digits++;
    }
    if (i >= len || digits == 0) return -1;
    *next = i + 1;
    return (int32_t)v;
  }
  if (i + 4 > len) return -1;
  for (int k = 0; k < 4; k++) {
    int h = hexval(s[i + k]);
    if (h < 0) return -1;
    v = v * 16 + (uint32_t)h;
  }
  *next = i + 4;
  return (int32_t)v;
}

static uint8_t keyword(const char *s, uint32_t n) {
#define KW(str, k) \
  if (n == sizeof(str) - 1 && memcmp(s, str, n) == 0) return k
  if (n < 2 || n > 10) return K_NONE;
  switch (s[0]) {
    case 'a': KW("await", K_AWAIT); KW("async", K_ASYNC); KW("as", K_AS); KW("assert", K_ASSERT);
      break;
    case 'b': KW("break", K_BREAK); break;
    case 'c':
      KW("case", K_CASE); KW("catch", K_CATCH); KW("class", K_CLASS); KW("const", K_CONST);
      KW("continue", K_CONTINUE);
      break;
    case 'd':
      KW("debugger", K_DEBUGGER); KW("default", K_DEFAULT); KW("delete", K_DELETE);
      KW("do", K_DO);
      break;
    case 'e':
      KW("else", K_ELSE); KW("enum", K_ENUM); KW("export", K_EXPORT); KW("extends", K_EXTENDS);
      break;
    case 'f':
      KW("false", K_FALSE); KW("finally", K_FINALLY); KW("for", K_FOR);
      KW("function", K_FUNCTION); KW("from", K_FROM);
      break;
    case 'g': KW("get", K_GET); break;
    case 'i':
      KW("if", K_IF); KW("import", K_IMPORT); KW("in", K_IN); KW("instanceof", K_INSTANCEOF);
      KW("implements", K_IMPLEMENTS); KW("interface", K_INTERFACE);
      break;
    case 'l': KW("let", K_LET); break;
    case 'm': KW("meta", K_META); break;
    case 'n': KW("new", K_NEW); KW("null", K_NULL); break;
    case 'o': KW("of", K_OF); break;
    case 'p':
      KW("package", K_PACKAGE); KW("private", K_PRIVATE); KW("protected", K_PROTECTED);
      KW("public", K_PUBLIC);
      break;
    case 'r': KW("return", K_RETURN); break;
    case 's':
      KW("super", K_SUPER); KW("switch", K_SWITCH); KW("static", K_STATIC); KW("set", K_SET);
      break;
    case 't':
      KW("this", K_THIS); KW("throw", K_THROW); KW("true", K_TRUE); KW("try", K_TRY);
      KW("typeof", K_TYPEOF); KW("target", K_TARGET);
      break;
    case 'v': KW("var", K_VAR); KW("void", K_VOID); break;
    case 'w': KW("while", K_WHILE); KW("with", K_WITH); break;
    case 'y': KW("yield", K_YIELD); break;
  }
  return K_NONE;
#undef KW
}

void cn_lex_init(cn_parser_t *p) {
  p->pos = 0;
  p->has_nxt = 0;
  /* a hashbang is a comment; the emitter turns "#!" into "//" */
  if (p->len >= 2 && p->src[0] == '#' && p->src[1] == '!') {
    const uint8_t *s = (const uint8_t *)p->src;
    uint32_t i = 2;
    while (i < p->len && s[i] != '\n' && s[i] != '\r' &&
           !(s[i] == 0xE2 && i + 2 < p->len && s[i + 1] == 0x80 && (s[i + 2] & 0xFE) == 0xA8))
      i++;
    p->pos = i;
  }
}

/* Scans an identifier starting at i (first char already known to start one, possibly a
 * \u escape). Fills t->name/name_len/escaped; returns the end offset. */
static uint32_t scan_ident(cn_parser_t *p, uint32_t i, cn_tok_t *t) {
  const uint8_t *s = (const uint8_t *)p->src;
  uint32_t len = p->len, start = i;
  int escaped = 0;
  for (;;) {
    if (i >= len) break;
    uint8_t c = s[i];
    if (c < 0x80) {
      if (id_ascii[c]) {
        i++;
        continue;
      }
      if (c == '\\') {
        uint32_t nx;
        int32_t cp = read_unicode_escape(s, len, i, &nx);
        if (cp < 0 || !is_id_cp((uint32_t)cp) || (cp >= '0' && cp <= '9' && i == start))
          cn_esm_fail(p, i, "Invalid Unicode escape in identifier");
        escaped = 1;
        i = nx;
        continue;
      }
      break;
    }
    uint32_t cp;
    int n = utf8_decode(s + i, len - i, &cp);
    if (!n) cn_esm_fail(p, i, "Invalid UTF-8");
    if (!is_id_cp(cp)) break;
    i += (uint32_t)n;
  }
  t->escaped = (uint8_t)escaped;
  if (!escaped) {
    t->name = p->src + start;
    t->name_len = i - start;
    return i;
  }
  char *o = cn_esm_alloc(p, i - start + 1);
  uint32_t k = start, olen = 0;
  while (k < i) {
    if (s[k] == '\\') {
      uint32_t nx;
      int32_t cp = read_unicode_escape(s, len, k, &nx);
      olen += put_utf8(o + olen, (uint32_t)cp);
      k = nx;
    } else {
      o[olen++] = (char)s[k++];
    }
  }
  o[olen] = 0;
  t->name = o;
  t->name_len = olen;
  return i;
}

static uint32_t scan_digits(const uint8_t *s, uint32_t len, uint32_t i, int base) {
  while (i < len) {
    uint8_t c = s[i];
    int v = c == '_' ? 0 : hexval(c);
    if (c == '_' || (v >= 0 && v < base)) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

static uint32_t scan_number(cn_parser_t *p, uint32_t i) {
  const uint8_t *s = (const uint8_t *)p->src;
  uint32_t len = p->len;
  if (s[i] == '0' && i + 1 < len &&
      (s[i + 1] == 'x' || s[i + 1] == 'X' || s[i + 1] == 'o' || s[i + 1] == 'O' ||
       s[i + 1] == 'b' || s[i + 1] == 'B')) {
    int base = (s[i + 1] | 0x20) == 'x' ? 16 : (s[i + 1] | 0x20) == 'o' ? 8 : 2;
    uint32_t j = scan_digits(s, len, i + 2, base);
    if (j == i + 2) cn_esm_fail(p, i, "Invalid number");
    i = j;
    if (i < len && s[i] == 'n') i++;
  } else {
    i = scan_digits(s, len, i, 10);
    int bigint_ok = 1;
    if (i < len && s[i] == '.') {
      i = scan_digits(s, len, i + 1, 10);
      bigint_ok = 0;
    }
    if (i < len && (s[i] | 0x20) == 'e') {
      uint32_t j = i + 1;
      if (j < len && (s[j] == '+' || s[j] == '-')) j++;
      uint32_t k = scan_digits(s, len, j, 10);
      if (k == j) cn_esm_fail(p, i, "Invalid number");
      i = k;
      bigint_ok = 0;
    }
    if (bigint_ok && i < len && s[i] == 'n') i++;
  }
  if (i < len && (s[i] >= 0x80 || (s[i] < 0x80 && id_ascii[s[i]]) || s[i] == '\\')) {
    uint32_t cp = 0;
    if (s[i] >= 0x80 && (!utf8_decode(s + i, len - i, &cp) || !is_id_cp(cp))) return i;
    cn_esm_fail(p, i, "No identifiers allowed directly after numeric literal");
  }
  return i;
}

/* Skips a string literal body; i is just after the quote. Returns the offset after the
 * closing quote. */
static uint32_t scan_string(cn_parser_t *p, uint32_t i, uint8_t q) {
  const uint8_t *s = (const uint8_t *)p->src;
  uint32_t len = p->len;
  for (;;) {
    if (i >= len) cn_esm_fail(p, len, "Unterminated string literal");
    uint8_t c = s[i];
    if (c == q) return i + 1;
    if (c == '\\') {
      i++;
      if (i >= len) continue;
      if (s[i] == '\r' && i + 1 < len && s[i + 1] == '\n') i += 2;
      else if (s[i] >= 0x80) {
        uint32_t cp;
        int n = utf8_decode(s + i, len - i, &cp);
        if (!n) cn_esm_fail(p, i, "Invalid UTF-8");
        i += (uint32_t)n;
      } else i++;
      continue;
    }
    if (c == '\n' || c == '\r') cn_esm_fail(p, i, "Unterminated string literal");
    if (c >= 0x80) {
      uint32_t cp;
      int n = utf8_decode(s + i, len - i, &cp);
      if (!n) cn_esm_fail(p, i, "Invalid UTF-8");
      i += (uint32_t)n;
      continue;
    }
    i++;
  }
}

/* Scans template characters from i (after ` or }). Sets t->type to the closing kind. */
static uint32_t scan_template(cn_parser_t *p, uint32_t i, cn_tok_t *t, int first) {
  const uint8_t *s = (const uint8_t *)p->src;
  uint32_t len = p->len;
  for (;;) {
    if (i >= len) cn_esm_fail(p, len, "Unterminated template literal");
    uint8_t c = s[i];
    if (c == '`') {
      t->type = first ? T_TEMPLATE_FULL : T_TEMPLATE_TAIL;
      return i + 1;
    }
    if (c == '$' && i + 1 < len && s[i + 1] == '{') {
      t->type = first ? T_TEMPLATE_HEAD : T_TEMPLATE_MIDDLE;
      return i + 2;
    }
    if (c == '\\') {
      i += 2;
      if (i > len) i = len;
      /* an escaped multi-byte char is checked below like any other */
      continue;
    }
    if (c >= 0x80) {
      uint32_t cp;
      int n = utf8_decode(s + i, len - i, &cp);
      if (!n) cn_esm_fail(p, i, "Invalid UTF-8");
      i += (uint32_t)n;
      continue;
    }
    i++;
  }
}

/* Skips whitespace and comments from p->pos; returns 1 if a line terminator was seen. */
static int skip_trivia(cn_parser_t *p) {
  const uint8_t *s = (const uint8_t *)p->src;
  uint32_t len = p->len, i = p->pos;
  int nl = 0;
  while (i < len) {
    uint8_t c = s[i];
    if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
      i++;
    } else if (c == '\n' || c == '\r') {
      nl = 1;
      i++;
    } else if (c == '/' && i + 1 < len && s[i + 1] == '/') {
      i += 2;
      while (i < len && s[i] != '\n' && s[i] != '\r') {
        if (s[i] == 0xE2 && i + 2 < len && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9))
          break;
        if (s[i] >= 0x80) {
          uint32_t cp;
          int n = utf8_decode(s + i, len - i, &cp);
          if (!n) cn_esm_fail(p, i, "Invalid UTF-8");
          i += (uint32_t)n;
        } else i++;
      }
    } else if (c == '/' && i + 1 < len && s[i + 1] == '*') {
      uint32_t start = i;
      i += 2;
      for (;;) {
        if (i + 1 >= len) cn_esm_fail(p, start, "Unterminated comment");
        if (s[i] == '*' && s[i + 1] == '/') {
          i += 2;
          break;
        }
        if (s[i] == '\n' || s[i] == '\r') nl = 1;
        if (s[i] >= 0x80) {
          uint32_t cp;
          int n = utf8_decode(s + i, len - i, &cp);
          if (!n) cn_esm_fail(p, i, "Invalid UTF-8");
          if (cp == 0x2028 || cp == 0x2029) nl = 1;
          i += (uint32_t)n;
        } else i++;
      }
    } else if (c >= 0x80) {
      uint32_t cp;
      int n = utf8_decode(s + i, len - i, &cp);
      if (!n) cn_esm_fail(p, i, "Invalid UTF-8");
      if (cp == 0x2028 || cp == 0x2029) nl = 1;
      else if (!is_ws_cp(cp)) break;
      i += (uint32_t)n;
    } else {
      break;
    }
  }
  p->pos = i;
  return nl;
}

static void scan(cn_parser_t *p, cn_tok_t *t) {
  t->nl = (uint8_t)skip_trivia(p);
  const uint8_t *s = (const uint8_t *)p->src;
  uint32_t len = p->len, i = p->pos;
  t->start = i;
  t->kw = K_NONE;
  t->escaped = 0;
  t->name = NULL;
  t->name_len = 0;
  if (i >= len) {
    t->type = T_EOF;
    t->end = i;
    return;
  }
  uint8_t c = s[i];
  uint8_t c1 = i + 1 < len ? s[i + 1] : 0;
  uint8_t c2 = i + 2 < len ? s[i + 2] : 0;
  uint8_t c3 = i + 3 < len ? s[i + 3] : 0;
  int type, n = 1;
  if (c >= 0x80 || (c < 0x80 && id_ascii[c] == 1) || c == '\\') {
    if (c == '\\' || c >= 0x80) {
      uint32_t cp, nx;
      if (c == '\\') {
        int32_t e = read_unicode_escape(s, len, i, &nx);
        if (e < 0 || !is_id_cp((uint32_t)e) || (e >= '0' && e <= '9'))
          cn_esm_fail(p, i, "Invalid or unexpected token");
      } else if (!utf8_decode(s + i, len - i, &cp) || !is_id_cp(cp)) {
        cn_esm_fail(p, i, "Invalid or unexpected token");
      }
    }
    t->type = T_NAME;
    t->end = scan_ident(p, i, t);
    if (!t->escaped) t->kw = keyword(t->name, t->name_len);
    else if (keyword(t->name, t->name_len) != K_NONE &&
             keyword(t->name, t->name_len) < K__RESERVED)
      cn_esm_fail(p, i, "Keyword must not contain escaped characters");
    p->pos = t->end;
    return;
  }
  switch (c) {
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      t->type = T_NUM;
      t->end = p->pos = scan_number(p, i);
      return;
    case '"': case '\'':
      t->type = T_STRING;
      t->end = p->pos = scan_string(p, i + 1, c);
      return;
    case '`':
      t->end = p->pos = scan_template(p, i + 1, t, 1);
      return;
    case '#': {
      if (i + 1 >= len) cn_esm_fail(p, i, "Invalid or unexpected token");
      uint32_t cp;
      if (!(c1 == '\\' || (c1 < 0x80 && id_ascii[c1] == 1) ||
            (c1 >= 0x80 && utf8_decode(s + i + 1, len - i - 1, &cp) && is_id_cp(cp))))
        cn_esm_fail(p, i, "Invalid or unexpected token");
      t->type = T_PRIVATE;
      t->end = p->pos = scan_ident(p, i + 1, t);
      return;
    }
    case '.':
      if (c1 >= '0' && c1 <= '9') {
        t->type = T_NUM;
        t->end = p->pos = scan_number(p, i);
        return;
      }
      if (c1 == '.' && c2 == '.') type = T_ELLIPSIS, n = 3;
      else type = T_DOT;
      break;
    case '{': type = T_LBRACE; break;
    case '}': type = T_RBRACE; break;
    case '(': type = T_LPAREN; break;
    case ')': type = T_RPAREN; break;
    case '[': type = T_LBRACKET; break;
    case ']': type = T_RBRACKET; break;
    case ';': type = T_SEMI; break;
    case ',': type = T_COMMA; break;
    case ':': type = T_COLON; break;
    case '~': type = T_TILDE; break;
    case '?':
      if (c1 == '.' && !(c2 >= '0' && c2 <= '9')) type = T_QDOT, n = 2;
      else if (c1 == '?') {
        if (c2 == '=') type = T_ASSIGN_OP, n = 3;
        else type = T_NULLISH, n = 2;
      } else type = T_QUESTION;
      break;
    case '=':
      if (c1 == '>') type = T_ARROW, n = 2;
      else if (c1 == '=') {
        if (c2 == '=') type = T_SEQ, n = 3;
        else type = T_EQ, n = 2;
      } else type = T_ASSIGN;
      break;
    case '!':
      if (c1 == '=') {
        if (c2 == '=') type = T_SNE, n = 3;
        else type = T_NE, n = 2;
      } else type = T_BANG;
      break;
    case '+':
      if (c1 == '+') type = T_INC, n = 2;
      else if (c1 == '=') type = T_ASSIGN_OP, n = 2;
      else type = T_PLUS;
      break;
    case '-':
      if (c1 == '-') type = T_DEC, n = 2;
      else if (c1 == '=') type = T_ASSIGN_OP, n = 2;
      else type = T_MINUS;
      break;
    case '*':
      if (c1 == '*') {
        if (c2 == '=') type = T_ASSIGN_OP, n = 3;
        else type = T_STARSTAR, n = 2;
      } else if (c1 == '=') type = T_ASSIGN_OP, n = 2;
      else type = T_STAR;
      break;
    case '/':
      if (c1 == '=') type = T_ASSIGN_OP, n = 2;
      else type = T_SLASH;
      break;
    case '%':
      if (c1 == '=') type = T_ASSIGN_OP, n = 2;
      else type = T_PERCENT;
      break;
    case '<':
      if (c1 == '<') {
        if (c2 == '=') type = T_ASSIGN_OP, n = 3;
        else type = T_SHL, n = 2;
      } else if (c1 == '=') type = T_LE, n = 2;
      else type = T_LT;
      break;
    case '>':
      if (c1 == '>') {
        if (c2 == '>') {
          if (c3 == '=') type = T_ASSIGN_OP, n = 4;
          else type = T_SHR, n = 3;
        } else if (c2 == '=') type = T_ASSIGN_OP, n = 3;
        else type = T_SAR, n = 2;
      } else if (c1 == '=') type = T_GE, n = 2;
      else type = T_GT;
      break;
    case '&':
      if (c1 == '&') {
        if (c2 == '=') type = T_ASSIGN_OP, n = 3;
        else type = T_AND, n = 2;
      } else if (c1 == '=') type = T_ASSIGN_OP, n = 2;
      else type = T_AMP;
      break;
    case '|':
      if (c1 == '|') {
        if (c2 == '=') type = T_ASSIGN_OP, n = 3;
        else type = T_OR, n = 2;
      } else if (c1 == '=') type = T_ASSIGN_OP, n = 2;
      else type = T_PIPE;
      break;
    case '^':
      if (c1 == '=') type = T_ASSIGN_OP, n = 2;
      else type = T_CARET;
      break;
    default:
      cn_esm_fail(p, i, "Invalid or unexpected token");
  }
  t->type = (uint8_t)type;
  t->end = p->pos = i + (uint32_t)n;
}

void cn_lex_next(cn_parser_t *p) {
  p->prev_end = p->cur.end;
  if (p->has_nxt) {
    p->cur = p->nxt;
    p->has_nxt = 0;
    return;
  }
  scan(p, &p->cur);
}

const cn_tok_t *cn_lex_peek(cn_parser_t *p) {
  if (!p->has_nxt) {
    scan(p, &p->nxt);
    p->has_nxt = 1;
  }
  return &p->nxt;
}

void cn_lex_rescan_regex(cn_parser_t *p) {
  const uint8_t *s = (const uint8_t *)p->src;
  uint32_t len = p->len, i = p->cur.start + 1;
  int in_class = 0;
  p->has_nxt = 0;
  for (;;) {
    if (i >= len) cn_esm_fail(p, p->cur.start, "Unterminated regular expression");
    uint8_t c = s[i];
    if (c == '\n' || c == '\r') cn_esm_fail(p, p->cur.start, "Unterminated regular expression");
    if (c == '\\') {
      i++;
      if (i >= len || s[i] == '\n' || s[i] == '\r')
        cn_esm_fail(p, p->cur.start, "Unterminated regular expression");
      if (s[i] < 0x80) {
        i++;
        continue;
      }
      c = s[i];
    }
    if (c >= 0x80) {
      uint32_t cp;
      int n = utf8_decode(s + i, len - i, &cp);
      if (!n) cn_esm_fail(p, i, "Invalid UTF-8");
      if (cp == 0x2028 || cp == 0x2029)
        cn_esm_fail(p, p->cur.start, "Unterminated regular expression");
      i += (uint32_t)n;
      continue;
    }
    i++;
    if (c == '[') in_class = 1;
    else if (c == ']') in_class = 0;
    else if (c == '/' && !in_class) break;
  }
  while (i < len && s[i] < 0x80 && id_ascii[s[i]]) i++;
  p->cur.type = T_REGEX;
  p->cur.end = p->pos = i;
}

void cn_lex_rescan_template(cn_parser_t *p) {
  p->has_nxt = 0;
  p->cur.end = p->pos = scan_template(p, p->cur.start + 1, &p->cur, 0);
}

/* Decodes the string literal token [start, end) into out (arena memory, NUL-terminated).
 * Returns 0, -1 when the value is not well-formed Unicode (lone surrogate; out is still set),
 * -2 for a malformed escape (out is not set). */
int cn_lex_string_value(cn_parser_t *p, uint32_t start, uint32_t end, cn_sv_t *out) {
  const uint8_t *s = (const uint8_t *)p->src;
  char *o = cn_esm_alloc(p, end - start + 1);
  uint32_t i = start + 1, e = end - 1, n = 0;
  int32_t pending_hi = -1;
  int bad = 0;
  while (i < e) {
    uint32_t cp;
    if (s[i] != '\\') {
      if (pending_hi >= 0) bad = 1, pending_hi = -1;
      o[n++] = (char)s[i++];
      continue;
    }
    i++;
    uint8_t c = s[i];
    int is_unit = 0;
    switch (c) {
      case 'n': cp = '\n', i++; break;
      case 't': cp = '\t', i++; break;
      case 'r': cp = '\r', i++; break;
      case 'b': cp = '\b', i++; break;
      case 'f': cp = '\f', i++; break;
      case 'v': cp = '\v', i++; break;
      case '0':
        if (i + 1 < e && s[i + 1] >= '0' && s[i + 1] <= '9') return -2;
        cp = 0, i++;
        break;
      case 'x': {
        int h1 = i + 1 < e ? hexval(s[i + 1]) : -1;
        int h2 = i + 2 < e ? hexval(s[i + 2]) : -1;
        if (h1 < 0 || h2 < 0) return -2;
        cp = (uint32_t)(h1 * 16 + h2);
        i += 3;
        break;
      }
      case 'u': {
        uint32_t nx;
        int32_t v = read_unicode_escape(s, e, i - 1, &nx);
        if (v < 0) return -2;
        cp = (uint32_t)v;
        i = nx;
        is_unit = 1;
        break;
      }
      case '\r':
        i++;
        if (i < e && s[i] == '\n') i++;
        continue;
      case '\n':
        i++;
        continue;
      default:
        if (c >= '1' && c <= '9') return -2; /* legacy octal: not in modules */
        if (c == 0xE2 && i + 2 < e && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9)) {
          i += 3;
          continue;
        }
        /* identity escape: copy the (possibly multi-byte) character */
        o[n++] = (char)s[i++];
        while (i < e && (s[i] & 0xC0) == 0x80) o[n++] = (char)s[i++];
        continue;
    }
    if (is_unit && cp >= 0xD800 && cp <= 0xDBFF) {
      if (pending_hi >= 0) bad = 1;
      pending_hi = (int32_t)cp;
      continue;
    }
    if (is_unit && cp >= 0xDC00 && cp <= 0xDFFF) {
      if (pending_hi < 0) {
        bad = 1;
        continue;
      }
      cp = 0x10000 + (((uint32_t)pending_hi - 0xD800) << 10) + (cp - 0xDC00);
      pending_hi = -1;
    } else if (pending_hi >= 0) {
      bad = 1;
      pending_hi = -1;
    }
    n += put_utf8(o + n, cp);
  }
  if (pending_hi >= 0) bad = 1;
  o[n] = 0;
  out->s = o;
  out->len = n;
  return bad ? -1 : 0;
}
