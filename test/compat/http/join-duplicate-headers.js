'use strict';
// http compat: join duplicate headers
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve({ joinDuplicateHeaders: true }, (req, res) => {
  const h = req.headers;
  for (const k of Object.keys(h).sort()) console.log(k, JSON.stringify(h[k]));
  res.end();
});
await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\nContent-Type: text/a\r\nContent-Type: text/b\r\nSet-Cookie: c=1\r\nset-cookie: d=2\r\nX-Y: 1\r\nX-Y: 2\r\n' + C + '\r\n');
s.close();
try { http.createServer({ joinDuplicateHeaders: 1 }); } catch (e) { console.log(e.code, e.message); }
})();
