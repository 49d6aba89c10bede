/* internalBinding('cares_wrap'): name resolution for dns.lookup/lookupService over
 * uv_getaddrinfo / uv_getnameinfo on the thread pool (the resolve* family over c-ares comes
 * with the dns issue). */
#include <stdlib.h>
#include <string.h>

#include "bindings/stream_wrap.h"

typedef struct {
  uv_getaddrinfo_t req;
  cn_env_t *env;
  JSObjectRef req_obj;
  int order; /* 0 verbatim, 4 ipv4 first, 6 ipv6 first */
} addrinfo_req_t;

static void on_addrinfo(uv_getaddrinfo_t *req, int status, struct addrinfo *res) {
  addrinfo_req_t *r = req->data;
  JSContextRef ctx = r->env->ctx;
  JSObjectRef list = JSObjectMakeArray(ctx, 0, NULL, NULL);
  unsigned n = 0;
  if (status == 0) {
    /* Two passes when an order is asked for: first the preferred family, then the other. */
    for (int pass = 0; pass < (r->order ? 2 : 1); pass++) {
      for (struct addrinfo *ai = res; ai; ai = ai->ai_next) {
        if (ai->ai_socktype != SOCK_STREAM && ai->ai_socktype != 0) continue;
        int fam = ai->ai_family == AF_INET ? 4 : ai->ai_family == AF_INET6 ? 6 : 0;
        if (fam == 0) continue;
        if (r->order && ((pass == 0) != (fam == r->order))) continue;
        char ip[INET6_ADDRSTRLEN];
        if (fam == 4)
          uv_ip4_name((struct sockaddr_in *)ai->ai_addr, ip, sizeof ip);
        else
          uv_ip6_name((struct sockaddr_in6 *)ai->ai_addr, ip, sizeof ip);
        JSObjectRef entry = JSObjectMake(ctx, NULL, NULL);
        cn_set_str(ctx, entry, "address", ip);
        cn_set_num(ctx, entry, "family", fam);
        JSObjectSetPropertyAtIndex(ctx, list, n++, entry, NULL);
      }
    }
    if (n == 0) status = UV_EAI_NODATA;
  }
  uv_freeaddrinfo(res);
  JSValueRef args[2] = {JSValueMakeNumber(ctx, status), list};
  cn_call_method(r->env, r->req_obj, "oncomplete", 2, args);
  cn_req_done(ctx, r->req_obj);
  free(r);
}

/* getaddrinfo(req, hostname, family (0|4|6), hints, order (0|4|6)): 0 or an error; the
 * result arrives as req.oncomplete(status, [{ address, family }, ...]). */
CN_FN(js_getaddrinfo) {
  JSObjectRef req = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(req != NULL);
  char *host = cn_to_cstr(ctx, CN_ARG(1), exc);
  if (!host) return NULL;
  int family = (int)cn_num(ctx, CN_ARG(2));
  struct addrinfo hints;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = JSValueIsNumber(ctx, CN_ARG(3)) ? (int)cn_num(ctx, argv[3]) : 0;
  addrinfo_req_t *r = malloc(sizeof *r);
  CN_CHECK(r != NULL);
  r->req.data = r;
  r->env = cn_env_from_ctx(ctx);
  r->req_obj = req;
  r->order = (int)cn_num(ctx, CN_ARG(4));
  if (r->order != 4 && r->order != 6) r->order = 0;
  int err = uv_getaddrinfo(&r->env->loop, &r->req, on_addrinfo, host, NULL, &hints);
  free(host);
  if (err)
    free(r);
  else
    cn_req_pin(ctx, req);
  return JSValueMakeNumber(ctx, err);
}

typedef struct {
  uv_getnameinfo_t req;
  cn_env_t *env;
  JSObjectRef req_obj;
} nameinfo_req_t;

static void on_nameinfo(uv_getnameinfo_t *req, int status, const char *host, const char *service) {
  nameinfo_req_t *r = req->data;
  JSContextRef ctx = r->env->ctx;
  JSValueRef args[3] = {JSValueMakeNumber(ctx, status),
                        status == 0 ? cn_str_value(ctx, host) : JSValueMakeUndefined(ctx),
                        status == 0 ? cn_str_value(ctx, service) : JSValueMakeUndefined(ctx)};
  cn_call_method(r->env, r->req_obj, "oncomplete", 3, args);
  cn_req_done(ctx, r->req_obj);
  free(r);
}

/* getnameinfo(req, address, port): req.oncomplete(status, hostname, service). */
CN_FN(js_getnameinfo) {
  JSObjectRef req = cn_obj(ctx, CN_ARG(0));
  CN_CHECK(req != NULL);
  char *ip = cn_to_cstr(ctx, CN_ARG(1), exc);
  if (!ip) return NULL;
  int port = (int)cn_num(ctx, CN_ARG(2));
  struct sockaddr_storage addr;
  int err = uv_ip4_addr(ip, port, (struct sockaddr_in *)&addr);
  if (err) err = uv_ip6_addr(ip, port, (struct sockaddr_in6 *)&addr);
  free(ip);
  if (err) return JSValueMakeNumber(ctx, err);
  nameinfo_req_t *r = malloc(sizeof *r);
  CN_CHECK(r != NULL);
  r->req.data = r;
  r->env = cn_env_from_ctx(ctx);
  r->req_obj = req;
  err = uv_getnameinfo(&r->env->loop, &r->req, on_nameinfo, (struct sockaddr *)&addr, 0);
  if (err)
    free(r);
  else
    cn_req_pin(ctx, req);
  return JSValueMakeNumber(ctx, err);
}

/* isIP(string): 4, 6 or 0, by the platform's parser (inet_pton rules, like Node's). */
CN_FN(js_is_ip) {
  char *s = cn_to_cstr(ctx, CN_ARG(0), exc);
  if (!s) return NULL;
  unsigned char buf[sizeof(struct in6_addr)];
  int r = uv_inet_pton(AF_INET, s, buf) == 0 ? 4 : uv_inet_pton(AF_INET6, s, buf) == 0 ? 6 : 0;
  free(s);
  return JSValueMakeNumber(ctx, r);
}

void cn_cares_wrap_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  cn_set_fn(ctx, exports, "getaddrinfo", js_getaddrinfo);
  cn_set_fn(ctx, exports, "getnameinfo", js_getnameinfo);
  cn_set_fn(ctx, exports, "isIP", js_is_ip);
  cn_set_num(ctx, exports, "AI_ADDRCONFIG", AI_ADDRCONFIG);
  cn_set_num(ctx, exports, "AI_ALL", AI_ALL);
  cn_set_num(ctx, exports, "AI_V4MAPPED", AI_V4MAPPED);
}
