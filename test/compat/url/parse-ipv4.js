// IPv4 host parsing: decimal, octal, hex, short forms, overflow.
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
  'http://127.0.0.1', 'http://127.1', 'http://2130706433', 'http://0x7f.0.0.1', 'http://0177.0.0.1', 'http://0x7F000001',
  'http://1.2.3.4.', 'http://1.2.3.4..', 'http://0', 'http://0x', 'http://00', 'http://4294967295', 'http://4294967296',
  'http://1.2.3.09', 'http://1.2.3.08x', 'http://09.foo', 'http://1.256', 'http://1.65536', 'http://1.2.65536', 'http://%30%78%37%66.1',
  'http://１２７.０.０.１', 'sc://127.1', 'http://0x.0x.0', 'http://999999999999999999', 'http://a.1'];
for (const i of inputs) { console.log(JSON.stringify(i)); tryURL(i); }
