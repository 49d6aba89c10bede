// Legacy url.parse with parseQueryString and slashesDenoteHost.

const url = require('url');
for (const s of ['/p?a=1&b=2&a=3', '/p', '//host/p?x=y', 'http://h/?', 'http://h/?a[]=1&a[]=2', '?x=%20+y', '//h', 'h/p']) {
  const a = url.parse(s, true); const b = url.parse(s, false, true); const c = url.parse(s, true, true);
  console.log(JSON.stringify(s), JSON.stringify(a), JSON.stringify(b), JSON.stringify(c), Object.getPrototypeOf(a.query));
}
try { url.parse(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { url.parse({}); } catch (e) { console.log(e.name, e.code, e.message); }
const u = url.parse('http://a/b'); console.log(url.parse(u) === u, u instanceof url.Url, Object.keys(u));
