// new URL(input, base): relative resolution against special and non-special bases.
const { URL, URLSearchParams } = require('url');
function dump(u) {
  console.log(JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]));
}
function tryURL(input, base) {
  try {
    dump(base === undefined ? new URL(input) : new URL(input, base));
  } catch (e) {
    console.log('error', e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base));
  }
}

const inputs = [
  ['b', 'http://a/c/d'], ['../b', 'http://a/c/d/e'], ['/b', 'http://a/c/d'], ['//x/y', 'http://a/c'], ['?q', 'http://a/b?old#h'],
  ['#f', 'http://a/b?q'], ['', 'http://a/b?q#f'], ['.', 'http://a/b/c'], ['..', 'http://a/b/c'], ['../../../../x', 'http://a/b'],
  ['\\x', 'http://a/b/c'], ['x', 'sc://h/a/b'], ['../x', 'sc://h/a/b'], ['#f', 'sc:opaque'], ['x', 'sc:opaque'],
  ['http:x', 'http://a/b/c'], ['https:x', 'http://a/b'], ['file.txt', 'file:///dir/sub/'], ['C:/x', 'file:///D:/y'], ['/x', 'file:///C:/y/z'],
  ['//host/share', 'file:///C:/'], ['mailto:x', 'http://a'], ['x', 'data:text/plain,hi'], [' x ', 'http://a/b/'], ['?', 'http://a/b?c']];
for (const [i, b] of inputs) { console.log(JSON.stringify(i), JSON.stringify(b)); tryURL(i, b); }
