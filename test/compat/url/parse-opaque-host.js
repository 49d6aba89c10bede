// Non-special URLs: opaque hosts, empty hosts, opaque paths.
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
  'sc://host/path', 'sc://HoSt/', 'sc://ü/x', 'sc://%41/', 'sc://a!b$c/', 'sc://[::1]/', 'sc://', 'sc:///x', 'sc:/x',
  'sc:x y z', 'sc:x?q#f', 'sc://user:pw@h:99/p', 'sc://h:0', 'sc://h:', 'git+ssh://git@github.com/a/b.git', 'urn:isbn:123',
  'data:text/plain;base64,SGk=', 'javascript:alert(1)', 'blob:https://a.com/uuid', 'about:blank', 'sc:/.//x', 'sc:/..//x'];
for (const i of inputs) { console.log(JSON.stringify(i)); tryURL(i); }
