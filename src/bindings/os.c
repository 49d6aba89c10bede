/* internalBinding('os'): host facts from libuv (uname, CPUs, memory, interfaces, users,
 * priorities). Flat and positional; lib/os.js validates and shapes. Functions that can fail take
 * a context object last and, on failure, fill it with errno, code, message and syscall and
 * return undefined (lib/ throws ERR_SYSTEM_ERROR from it). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bindings.h"

/* Fills ctx with the description of libuv error err and returns undefined. */
static JSValueRef fail(JSContextRef ctx, JSValueRef ctxv, int err, const char *syscall) {
  JSObjectRef o = cn_obj(ctx, ctxv);
  CN_CHECK(o != NULL);
  cn_set_num(ctx, o, "errno", err);
  cn_set_str(ctx, o, "code", uv_err_name(err));
  cn_set_str(ctx, o, "message", uv_strerror(err));
  cn_set_str(ctx, o, "syscall", syscall);
  return JSValueMakeUndefined(ctx);
}

/* getHostname(ctx): string. */
CN_FN(js_get_hostname) {
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof buf;
  int err = uv_os_gethostname(buf, &size);
  if (err) return fail(ctx, CN_ARG(0), err, "uv_os_gethostname");
  return cn_str_value(ctx, buf);
}

/* getOSInformation(ctx): [sysname, version, release, machine]. */
CN_FN(js_get_os_information) {
  uv_utsname_t u;
  int err = uv_os_uname(&u);
  if (err) return fail(ctx, CN_ARG(0), err, "uv_os_uname");
  JSValueRef v[4] = {cn_str_value(ctx, u.sysname), cn_str_value(ctx, u.version),
                     cn_str_value(ctx, u.release), cn_str_value(ctx, u.machine)};
  return JSObjectMakeArray(ctx, 4, v, exc);
}

/* getCPUs(): flat [model, speed, user, nice, sys, idle, irq, model, ...] (times in ms). */
CN_FN(js_get_cpus) {
  uv_cpu_info_t *cpus;
  int count;
  if (uv_cpu_info(&cpus, &count) != 0) return JSObjectMakeArray(ctx, 0, NULL, exc);
  JSValueRef *v = malloc(sizeof(JSValueRef) * (size_t)(count * 7 + 1));
  CN_CHECK(v != NULL);
  for (int i = 0; i < count; i++) {
    JSValueRef *p = v + i * 7;
    p[0] = cn_str_value(ctx, cpus[i].model);
    p[1] = JSValueMakeNumber(ctx, cpus[i].speed);
    p[2] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.user);
    p[3] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.nice);
    p[4] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.sys);
    p[5] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.idle);
    p[6] = JSValueMakeNumber(ctx, (double)cpus[i].cpu_times.irq);
  }
  JSObjectRef arr = JSObjectMakeArray(ctx, (size_t)count * 7, v, exc);
  free(v);
  uv_free_cpu_info(cpus, count);
  return arr;
}

CN_FN(js_get_free_mem) { return JSValueMakeNumber(ctx, (double)uv_get_free_memory()); }

CN_FN(js_get_total_mem) { return JSValueMakeNumber(ctx, (double)uv_get_total_memory()); }

/* getUptime(ctx): seconds. */
CN_FN(js_get_uptime) {
  double up;
  int err = uv_uptime(&up);
  if (err) return fail(ctx, CN_ARG(0), err, "uv_uptime");
  return JSValueMakeNumber(ctx, up);
}

/* getLoadAvg(): [1, 5, 15 minute averages]. */
CN_FN(js_get_load_avg) {
  double avg[3];
  uv_loadavg(avg);
  JSValueRef v[3];
  for (int i = 0; i < 3; i++) v[i] = JSValueMakeNumber(ctx, avg[i]);
  return JSObjectMakeArray(ctx, 3, v, exc);
}

/* getInterfaceAddresses(ctx): flat [name, address, netmask, family, mac, internal, scopeid, ...];
 * scopeid is -1 for IPv4. */
CN_FN(js_get_interface_addresses) {
  uv_interface_address_t *ifs;
  int count;
  int err = uv_interface_addresses(&ifs, &count);
  if (err) return fail(ctx, CN_ARG(0), err, "uv_interface_addresses");
  JSValueRef *v = malloc(sizeof(JSValueRef) * (size_t)(count * 7 + 1));
  CN_CHECK(v != NULL);
  for (int i = 0; i < count; i++) {
    JSValueRef *p = v + i * 7;
    char addr[INET6_ADDRSTRLEN] = "";
    char mask[INET6_ADDRSTRLEN] = "";
    bool v6 = ifs[i].address.address4.sin_family == AF_INET6;
    if (v6) {
      uv_ip6_name(&ifs[i].address.address6, addr, sizeof addr);
      uv_ip6_name(&ifs[i].netmask.netmask6, mask, sizeof mask);
    } else {
      uv_ip4_name(&ifs[i].address.address4, addr, sizeof addr);
      uv_ip4_name(&ifs[i].netmask.netmask4, mask, sizeof mask);
    }
    char mac[18];
    const unsigned char *m = (const unsigned char *)ifs[i].phys_addr;
    snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x", m[0], m[1], m[2], m[3], m[4],
             m[5]);
    p[0] = cn_str_value(ctx, ifs[i].name);
    p[1] = cn_str_value(ctx, addr);
    p[2] = cn_str_value(ctx, mask);
    p[3] = cn_str_value(ctx, v6 ? "IPv6" : "IPv4");
    p[4] = cn_str_value(ctx, mac);
    p[5] = JSValueMakeBoolean(ctx, ifs[i].is_internal);
    p[6] = JSValueMakeNumber(ctx, v6 ? (double)ifs[i].address.address6.sin6_scope_id : -1);
  }
  JSObjectRef arr = JSObjectMakeArray(ctx, (size_t)count * 7, v, exc);
  free(v);
  uv_free_interface_addresses(ifs, count);
  return arr;
}

/* getHomeDirectory(ctx): string. */
CN_FN(js_get_home_directory) {
  char buf[4096];
  size_t size = sizeof buf;
  int err = uv_os_homedir(buf, &size);
  if (err) return fail(ctx, CN_ARG(0), err, "uv_os_homedir");
  return cn_strn_value(ctx, buf, size);
}

/* getUserInfo(ctx): [uid, gid, username, homedir, shell]; shell is null when the entry has none. */
CN_FN(js_get_user_info) {
  uv_passwd_t pw;
  int err = uv_os_get_passwd(&pw);
  if (err) return fail(ctx, CN_ARG(0), err, "uv_os_get_passwd");
  JSValueRef v[5] = {JSValueMakeNumber(ctx, (double)pw.uid), JSValueMakeNumber(ctx, (double)pw.gid),
                     cn_str_value(ctx, pw.username), cn_str_value(ctx, pw.homedir),
                     pw.shell ? cn_str_value(ctx, pw.shell) : JSValueMakeNull(ctx)};
  uv_os_free_passwd(&pw);
  return JSObjectMakeArray(ctx, 5, v, exc);
}

/* setPriority(pid, priority, ctx): 0, or undefined with ctx filled. */
CN_FN(js_set_priority) {
  int err = uv_os_setpriority((uv_pid_t)cn_num(ctx, CN_ARG(0)), (int)cn_num(ctx, CN_ARG(1)));
  if (err) return fail(ctx, CN_ARG(2), err, "uv_os_setpriority");
  return JSValueMakeNumber(ctx, 0);
}

/* getPriority(pid, ctx): the priority, or undefined with ctx filled. */
CN_FN(js_get_priority) {
  int prio;
  int err = uv_os_getpriority((uv_pid_t)cn_num(ctx, CN_ARG(0)), &prio);
  if (err) return fail(ctx, CN_ARG(1), err, "uv_os_getpriority");
  return JSValueMakeNumber(ctx, prio);
}

CN_FN(js_get_available_parallelism) {
  return JSValueMakeNumber(ctx, uv_available_parallelism());
}

void cn_os_init(cn_env_t *env, JSObjectRef exports) {
  JSContextRef ctx = env->ctx;
  static const struct {
    const char *name;
    JSObjectCallAsFunctionCallback fn;
  } fns[] = {
      {"getHostname", js_get_hostname},
      {"getOSInformation", js_get_os_information},
      {"getCPUs", js_get_cpus},
      {"getFreeMem", js_get_free_mem},
      {"getTotalMem", js_get_total_mem},
      {"getUptime", js_get_uptime},
      {"getLoadAvg", js_get_load_avg},
      {"getInterfaceAddresses", js_get_interface_addresses},
      {"getHomeDirectory", js_get_home_directory},
      {"getUserInfo", js_get_user_info},
      {"setPriority", js_set_priority},
      {"getPriority", js_get_priority},
      {"getAvailableParallelism", js_get_available_parallelism},
  };
  for (size_t i = 0; i < CN_ARRAY_SIZE(fns); i++) cn_set_fn(ctx, exports, fns[i].name, fns[i].fn);
}
