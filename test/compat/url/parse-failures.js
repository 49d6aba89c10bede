// Inputs the URL parser rejects: ERR_INVALID_URL with input and base.
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
  ['', undefined], ['x', undefined], ['http://', undefined], ['http://a b', undefined], ['http://[::1', undefined],
  ['http://a:99999', undefined], ['http://a:port', undefined], ['http://%', undefined], ['http://a%00b', undefined], ['https://xn--a.com', undefined],
  ['http://1.2.3.256', undefined], ['http://0x100000000', undefined], ['http://[1::2::3]', undefined], ['http://user@', undefined], ['x', 'y'],
  ['x', 'sc:opaque'], ['http://a<b', undefined], ['sc://a b/', undefined], ['http://a^b', undefined], ['//x', undefined]];
for (const [i, b] of inputs) { console.log(JSON.stringify(i), JSON.stringify(b)); tryURL(i, b); }
