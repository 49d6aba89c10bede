// file: URLs: hosts, localhost, Windows drive letters, normalization.
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
  'file:///C:/a/b', 'file:///C|/a', 'file:///c:/../..', 'file://localhost/x', 'file://LOCALHOST/x', 'file://host/share/f',
  'file:/x', 'file:x', 'file:C:/x', 'file:\\\\server\\share', 'file:///a/../../b', 'file://C:/x', 'file:///C:', 'file:///C:/',
  'file:', 'file:?q', 'file:#f', 'file://1.2.3.4/x', 'file://[::1]/x', 'FILE:///x', 'file:///a%20b', 'file://h:80/'];
for (const i of inputs) { console.log(JSON.stringify(i)); tryURL(i); }
