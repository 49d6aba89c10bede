// Legacy url.resolveObject and Url.prototype.resolve/resolveObject.

const url = require('url');
for (const [b, r] of [['http://a/b/c', '../d'], ['mailto:a@b.com', 'mailto:c'], ['http://a/b', 'https:x/y'], ['http://a/b', 'foo:x'], ['', 'x'],
  ['http://a/b?q', '?r'], ['http://a/b', '#h'], ['file:///x', 'file:y'], ['http://h/p', { protocol: 'https:', host: 'x', pathname: '/y' }]]) {
  const o = url.resolveObject(b, r);
  console.log(JSON.stringify(b), JSON.stringify(r), typeof o === 'string' ? o : JSON.stringify(o));
}
const p = url.parse('http://a/b/c');
console.log(p.resolve('d'), JSON.stringify(p.resolveObject('/e')), p.href);
