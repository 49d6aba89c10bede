// Legacy url.parse / resolve / format over pseudo-random inputs built from URL-ish pieces
// (deterministic seed): every field of each result is printed.
const url = require('url');

let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const pieces = ['http:', 'HTTPS:', 'file:', 'mailto:', 'javascript:', 'foo:', '//', '/', '\\', '?', '#',
  '@', ':', '.', '..', 'a', 'B', 'user', 'pw', 'host.com', '8080', '[::1]', ' ', '%41', '%zz',
  'é', 'ñ.com', '<', '^', '|', '{', "'", '"', '`', '\t', 'x=1&y=2', 'xn--zca', '-', '_', '~', '+'];
function make() {
  let s = '';
  const n = 1 + rand(8);
  for (let i = 0; i < n; i++) s += pieces[rand(pieces.length)];
  return s;
}
const bases = ['http://a/b/c/d;p?q', 'mailto:a@b.com', 'file:///x/y', 'foo:bar/baz', '//h/p', 'p/q/r'];
function show(v) {
  try {
    return JSON.stringify(v());
  } catch (err) {
    return `throws ${err.code}`;
  }
}
for (let i = 0; i < 500; i++) {
  const s = make();
  console.log(JSON.stringify(s));
  console.log(' parse', show(() => url.parse(s)));
  console.log(' parse-qs-slashes', show(() => url.parse(s, true, true)));
  console.log(' resolve', show(() => url.resolve(bases[i % bases.length], s)));
  console.log(' format', show(() => url.format(url.parse(s))));
}
