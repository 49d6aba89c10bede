'use strict';
// http compat: raw pipelining
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  const d = { '/1': 30, '/2': 10, '/3': 0 }[req.url];
  setTimeout(() => res.end('r' + req.url), d);
});
const p = s.address().port;
show(await raw(p, 'GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n' + C + '\r\n'));
s.close();
})();
