// IPv6 host parsing and serialization: compression, IPv4-in-IPv6, errors.
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
  'http://[::]', 'http://[::1]', 'http://[1:0:0:0:0:0:0:1]', 'http://[1:0:0:2:0:0:0:1]', 'http://[0:0:1:0:0:1:0:0]',
  'http://[::ffff:1.2.3.4]', 'http://[::1.2.3.4]', 'http://[1:2:3:4:5:6:1.2.3.4]', 'http://[ABCD::EF]', 'http://[0001:0002::]',
  'http://[1:2:3:4:5:6:7:8]', 'http://[1:2:3:4:5:6:7:8:9]', 'http://[::1.2.3]', 'http://[::1.2.3.4.5]', 'http://[::01.2.3.4]',
  'http://[1::2:3::4]', 'http://[:1]', 'http://[1:]', 'http://[::1]:80', 'sc://[::1]/x', 'http://[::127.0.0.256]', 'http://[fe80::1%25eth0]'];
for (const i of inputs) { console.log(JSON.stringify(i)); tryURL(i); }
