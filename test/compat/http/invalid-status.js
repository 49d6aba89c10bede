'use strict';
// http compat: invalid status
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  for (const c of [99, 1000, 0, -1, '200x', NaN, 200.5, '404']) {
    try { res.writeHead(c); console.log('ok', c, res.statusCode); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  try { res.writeHead(200, 'bad\nmsg'); } catch (e) { console.log(e.name, e.code, e.message); }
  res.end();
});
show(await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n' + C + '\r\n'));
s.close();
})();
