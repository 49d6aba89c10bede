// new URL over absolute URLs of every special scheme: all components.
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
  'http://example.com', 'https://user:pass@example.com:8443/a/b?c=d#e', 'ws://x/y', 'wss://x:443/', 'ftp://ftp.x.org:21/f',
  'HTTP://EXAMPLE.COM/A', 'http://example.com:80/', 'https://example.com:443', 'http://example.com:8080', 'http://a.b.c.d/e/f/g',
  'http://example.com/a/./b/../c', 'http://example.com/%2e/%2E%2e/x', 'http://example.com?', 'http://example.com#', 'http://example.com/?#',
  'http://@example.com', 'http://:@example.com', 'http://user@example.com', 'http://:pw@example.com', 'http://a:b:c@example.com',
  'http://example.com:0', 'http://example.com:65535', 'http://example.com:00080', '  http://trim.me/  ', 'http://ex\tam\nple.com/'];
for (const i of inputs) { console.log(JSON.stringify(i)); tryURL(i); }
