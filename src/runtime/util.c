/* Value and string helpers over the JavaScriptCore C API. */
#include "runtime/util.h"

#include <stdio.h>
#include <stdlib.h>

_Noreturn void cn_check_failed(const char *expr, const char *file, int line) {
  fprintf(stderr, "cnode: internal check failed: %s (%s:%d)\n", expr, file, line);
  fflush(stderr);
  abort();
}

JSValueRef cn_str_value(JSContextRef ctx, const char *s) {
  JSStringRef js = JSStringCreateWithUTF8CString(s);
  JSValueRef v = JSValueMakeString(ctx, js);
  JSStringRelease(js);
  return v;
}

/* Decodes UTF-8 to UTF-16, replacing malformed sequences with U+FFFD like Node's decoder. */
JSValueRef cn_strn_value(JSContextRef ctx, const char *s, size_t len) {
  if (len == 0) return cn_str_value(ctx, "");
  JSChar stackbuf[512];
  JSChar *buf = len <= CN_ARRAY_SIZE(stackbuf) ? stackbuf : malloc(len * sizeof(JSChar));
  CN_CHECK(buf != NULL);
  const unsigned char *p = (const unsigned char *)s, *end = p + len;
  size_t n = 0;
  while (p < end) {
    unsigned c = *p;
    if (c < 0x80) {
      buf[n++] = (JSChar)c;
      p++;
      continue;
    }
    unsigned need, cp;
    if (c >= 0xC2 && c <= 0xDF) need = 1, cp = c & 0x1F;
    else if (c >= 0xE0 && c <= 0xEF) need = 2, cp = c & 0x0F;
    else if (c >= 0xF0 && c <= 0xF4) need = 3, cp = c & 0x07;
    else {
      buf[n++] = 0xFFFD;
      p++;
      continue;
    }
    size_t i = 1;
    for (; i <= need; i++) {
      if (p + i >= end || (p[i] & 0xC0) != 0x80) break;
      unsigned next = (cp << 6) | (p[i] & 0x3F);
      /* Reject overlongs, surrogates and > U+10FFFF as early as the second byte. */
      if (i == 1) {
        if ((c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] > 0x9F) ||
            (c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] > 0x8F))
          break;
      }
      cp = next;
    }
    if (i <= need) {
      buf[n++] = 0xFFFD;
      p += i;
      continue;
    }
    p += need + 1;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      buf[n++] = (JSChar)(0xD800 + (cp >> 10));
      buf[n++] = (JSChar)(0xDC00 + (cp & 0x3FF));
    } else {
      buf[n++] = (JSChar)cp;
    }
  }
/* GCC 12 cannot see that the loop above filled buf[0..n). */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
  JSStringRef js = JSStringCreateWithCharacters(buf, n);
#pragma GCC diagnostic pop
  if (buf != stackbuf) free(buf);
  JSValueRef v = JSValueMakeString(ctx, js);
  JSStringRelease(js);
  return v;
}

char *cn_jsstr_to_utf8(JSStringRef s, size_t *out_len) {
  const JSChar *u = JSStringGetCharactersPtr(s);
  size_t n = JSStringGetLength(s);
  char *buf = malloc(n * 3 + 1);
  CN_CHECK(buf != NULL);
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t c = u[i];
    if (c < 0x80) {
      buf[o++] = (char)c;
      continue;
    }
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
      i++;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD; /* lone surrogate, as Node encodes it */
    }
    if (c < 0x800) {
      buf[o++] = (char)(0xC0 | (c >> 6));
    } else if (c < 0x10000) {
      buf[o++] = (char)(0xE0 | (c >> 12));
      buf[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
    } else {
      buf[o++] = (char)(0xF0 | (c >> 18));
      buf[o++] = (char)(0x80 | ((c >> 12) & 0x3F));
      buf[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
    }
    buf[o++] = (char)(0x80 | (c & 0x3F));
  }
  buf[o] = 0;
  if (out_len) *out_len = o;
  return buf;
}

char *cn_jsstr_to_cstr(JSStringRef s) { return cn_jsstr_to_utf8(s, NULL); }

char *cn_to_cstr(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  JSStringRef s = JSValueToStringCopy(ctx, v, exc);
  if (!s) return NULL;
  char *out = cn_jsstr_to_cstr(s);
  JSStringRelease(s);
  return out;
}

void cn_set(JSContextRef ctx, JSObjectRef obj, const char *name, JSValueRef value) {
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSObjectSetProperty(ctx, obj, key, value, kJSPropertyAttributeNone, NULL);
  JSStringRelease(key);
}

JSValueRef cn_get(JSContextRef ctx, JSObjectRef obj, const char *name) {
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSValueRef v = JSObjectGetProperty(ctx, obj, key, NULL);
  JSStringRelease(key);
  return v;
}

void cn_set_fn(JSContextRef ctx, JSObjectRef obj, const char *name,
               JSObjectCallAsFunctionCallback cb) {
  JSStringRef key = JSStringCreateWithUTF8CString(name);
  JSObjectRef fn = JSObjectMakeFunctionWithCallback(ctx, key, cb);
  JSObjectSetProperty(ctx, obj, key, fn, kJSPropertyAttributeNone, NULL);
  JSStringRelease(key);
}

void cn_set_num(JSContextRef ctx, JSObjectRef obj, const char *name, double n) {
  cn_set(ctx, obj, name, JSValueMakeNumber(ctx, n));
}

void cn_set_str(JSContextRef ctx, JSObjectRef obj, const char *name, const char *s) {
  cn_set(ctx, obj, name, cn_str_value(ctx, s));
}

double cn_num(JSContextRef ctx, JSValueRef v) { return JSValueToNumber(ctx, v, NULL); }

JSObjectRef cn_obj(JSContextRef ctx, JSValueRef v) {
  return JSValueIsObject(ctx, v) ? (JSObjectRef)v : NULL;
}
