'use strict';
// http compat: request body
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => { const b = Buffer.concat(chunks); res.end(`${req.method} ${b.length} ${b.toString()}`); });
});
const p = s.address().port;
show(await raw(p, 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n' + C + '\r\nhello'));
show(await raw(p, 'PUT / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n' + C + '\r\n1\r\nx\r\na\r\n0123456789\r\n0\r\n\r\n'));
show(await raw(p, 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n' + C + '\r\n'));
s.close();
})();
