'use strict';
// http compat: incoming duplicates
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  const h = req.headers;
  for (const k of Object.keys(h).sort()) console.log(k, JSON.stringify(h[k]));
  res.end();
});
await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nSet-Cookie: c=1\r\nset-cookie: d=2\r\nCookie: x=1\r\nCookie: y=2\r\nContent-Type: text/a\r\nContent-Type: text/b\r\nX-Custom: 1\r\nx-custom: 2\r\nAccept: a\r\nAccept: b\r\nUser-Agent: u1\r\nUser-Agent: u2\r\nAuthorization: a1\r\nAuthorization: a2\r\nEtag: e1\r\nETag: e2\r\nX-Empty:\r\n' + C + '\r\n');
s.close();
})();
