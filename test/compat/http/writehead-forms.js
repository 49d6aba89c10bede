'use strict';
// http compat: writehead forms
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  switch (req.url) {
    case '/obj': res.writeHead(201, { 'X-A': 'a', 'Content-Type': 'text/plain' }); break;
    case '/arr': res.writeHead(202, ['X-B', 'b', 'X-B', 'c']); break;
    case '/pairs': res.writeHead(200, [['X-P', '1'], ['X-Q', '2']]); break;
    case '/msg': res.writeHead(203, 'Custom Msg', { 'X-C': 'c' }); break;
    case '/merge': res.setHeader('X-Set', 's'); res.writeHead(200, { 'X-Head': 'h' }); break;
    case '/unknown': res.writeHead(599); break;
  }
  res.end('ok');
});
const p = s.address().port;
for (const u of ['/obj', '/arr', '/pairs', '/msg', '/merge', '/unknown']) show(await raw(p, `GET ${u} HTTP/1.1\r\nHost: x\r\n` + C + '\r\n'));
s.close();
})();
