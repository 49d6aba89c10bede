// Legacy url.format over url objects and strings.

const url = require('url');
const objs = [{ protocol: 'http', host: 'a.com', pathname: '/x' }, { protocol: 'https:', hostname: 'b.com', port: 8080, pathname: 'y' },
  { protocol: 'mailto', auth: 'u', hostname: 'h' }, { host: 'h', search: 'q=1', hash: 'f' }, { query: { a: 1, b: [2, 3] }, pathname: '/p' },
  { protocol: 'file', pathname: '/etc' }, { protocol: 'file:', slashes: true, pathname: 'x' }, { hostname: '::1', port: 8 }, { pathname: '/a#b?c' },
  { search: '?x#y' }, { protocol: 'foo', slashes: true, host: 'h' }, { auth: 'a b:c@d', host: 'h' }, {}, { href: 'ignored' },
  { protocol: 'http:', host: 'h', query: 'string-query' }, { protocol: 'javascript:', pathname: 'alert(1)' }];
for (const o of objs) console.log(JSON.stringify(o), url.format(o));
for (const s of ['http://a.com/x?y#z', 'HTTP://A.com', '/rel']) console.log(url.format(s));
for (const bad of [1, null, undefined, true]) { try { url.format(bad); } catch (e) { console.log(e.name, e.code, e.message); } }
const p = url.parse('http://u:p@h:1/a?b#c'); console.log(p.format(), url.format(p));
