'use strict';
// http compat: empty and zero bodies
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  if (req.url === '/empty') res.end('');
  else if (req.url === '/nothing') res.end();
  else if (req.url === '/zero-buf') res.end(Buffer.alloc(0));
  else { res.write(''); res.end(); }
});
for (const u of ['/empty', '/nothing', '/zero-buf', '/write-empty']) show(await raw(s.address().port, `GET ${u} HTTP/1.1\r\nHost: a\r\n` + C + '\r\n'));
s.close();
})();
