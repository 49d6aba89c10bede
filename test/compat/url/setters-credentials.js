// URL username/password setters: encoding and URLs that cannot have credentials.
const { URL, URLSearchParams } = require('url');

const cases = [['http://a/', 'user', 'pw'], ['http://a/', 'u s:@', 'p:@/'], ['http://u:p@a/', '', ''], ['http://u:p@a/', '', 'p2'],
  ['file:///x', 'u', 'p'], ['sc:opaque', 'u', 'p'], ['sc://h/', 'ü', 'ß'], ['sc:///x', 'u', 'p'], ['http://a/', '%41', '%zz']];
for (const [href, user, pw] of cases) {
  const u = new URL(href); u.username = user; const after = u.href; u.password = pw;
  console.log(href, JSON.stringify(user), JSON.stringify(pw), after, u.href, u.username, u.password);
}
