// URL host and hostname setters: ports inside host, invalid hosts, opaque paths, file.
const { URL, URLSearchParams } = require('url');

const cases = [['http://a/', 'b'], ['http://a/', 'b:81'], ['http://a:80/', 'b:'], ['http://a/', 'b:99999'], ['http://a/', ''],
  ['http://a/', 'b/c'], ['http://a/', 'b?c'], ['http://a/', '[::1]:8'], ['http://a/', 'x y'], ['sc://a/', ''], ['sc://a/', 'ü'],
  ['file://a/x', 'b'], ['file://a/x', 'localhost'], ['file://a/x', ''], ['sc:opaque', 'h'], ['http://a/', 'ÉX.com'], ['http://a/', '0x7f.1'],
  ['http://u@a/', ''], ['sc://u@a/', ''], ['http://a/', 'b\\c']];
for (const prop of ['host', 'hostname']) {
  for (const [href, v] of cases) { const u = new URL(href); u[prop] = v; console.log(prop, href, JSON.stringify(v), u.href, u.host, u.hostname, u.port); }
}
