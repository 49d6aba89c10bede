'use strict';
// http compat: req pause resume
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  const got = [];
  req.pause();
  setTimeout(() => { req.on('data', (d) => got.push(d.length)); req.resume(); }, 20);
  req.on('end', () => { res.end('total ' + got.reduce((a, b) => a + b, 0)); });
});
show(await raw(s.address().port, 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n' + C + '\r\n' + 'z'.repeat(100000)));
s.close();
})();
