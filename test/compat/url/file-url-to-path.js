// fileURLToPath on POSIX: strings, URL objects, encoded characters, hosts.
const { URL, URLSearchParams } = require('url');

const { fileURLToPath } = require('url');
for (const s of ['file:///a/b', 'file:///a%20b/%C3%A9', 'file://localhost/x', 'file:///', 'file:///a/b/', 'file:///a%25b', 'file:///C:/x', 'file:///a%5Cb',
  new URL('file:///obj'), 'file:///a?q#h']) { console.log(String(s), fileURLToPath(s)); }
for (const bad of ['http://a/', 'file://host/x', 'file:///a%2Fb', 'file:///a%2fb', 1, {}, null, 'not a url', { href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '' }]) {
  try { console.log(fileURLToPath(bad)); } catch (e) { console.log(e.name, e.code, e.message); }
}
