// URL search and hash setters: leading ?/#, empty values, encoding, opaque path spaces.
const { URL, URLSearchParams } = require('url');

const cases = [['http://a/', 'q=1'], ['http://a/', '?q=1'], ['http://a/?x', ''], ['http://a/', '?'], ['http://a/', '??'], ['http://a/', 'a b#c'],
  ['sc://a/', "'"], ['http://a/', "'"], ['sc:x  ?q', ''], ['sc:x  #f', ''], ['http://a/#f', 'é'], ['http://a/', '#'], ['http://a/', '##x'],
  ['http://a/', '`{}"<>']];
for (const [href, v] of cases) {
  const u = new URL(href); u.search = v; const s = u.href;
  const h = new URL(href); h.hash = v;
  console.log(href, JSON.stringify(v), s, JSON.stringify(u.search), h.href, JSON.stringify(h.hash));
}
