// URL pathname setter: normalization, encoding, opaque paths, non-special rules.
const { URL, URLSearchParams } = require('url');

const cases = [['http://a/x', 'b/c'], ['http://a/x', '/../b'], ['http://a/x', ''], ['http://a/x', '?#'], ['http://a/x', 'a b%'],
  ['http://a/x', '\\a\\b'], ['sc://h/x', '\\a'], ['sc://h/x', ''], ['sc:opaque', '/x'], ['file:///x', 'C|/y'], ['file:///C:/x', '..'],
  ['sc:/x', '//y'], ['sc://h/x', '//y'], ['http://a/x', 'é/%2e/..'], ['http://a/x', '/./.././x/.']];
for (const [href, v] of cases) { const u = new URL(href); u.pathname = v; console.log(href, JSON.stringify(v), u.href, u.pathname); }
