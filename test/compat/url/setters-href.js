// URL href setter: replaces everything; invalid values throw ERR_INVALID_URL and keep the URL.
const { URL, URLSearchParams } = require('url');

const u = new URL('http://a/b?c=d#e');
const sp = u.searchParams;
u.href = 'https://x.org/p?y=2';
console.log(u.href, u.host, sp.get('y'), sp.get('c'), sp.toString());
for (const bad of ['not a url', '', 'http://[', 'relative/path']) {
  try { u.href = bad; } catch (e) { console.log(JSON.stringify(bad), e.name, e.code, e.message, JSON.stringify(e.input), 'base' in e); }
}
console.log(u.href);
u.href = { toString() { return 'sc:z'; } };
console.log(u.href, u.origin);
