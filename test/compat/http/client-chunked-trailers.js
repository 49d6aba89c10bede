'use strict';
// http compat: client chunked trailers
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.writeHead(200, { Trailer: 'X-T' }); res.write('a'); res.write('bc'); res.addTrailers({ 'X-T': 'done' }); res.end(); });
await new Promise((resolve) => http.get({ port: s.address().port, host: '127.0.0.1' }, (res) => {
  console.log(res.headers['transfer-encoding'], JSON.stringify(res.trailers));
  let b = ''; res.on('data', (d) => b += d);
  res.on('end', () => { console.log(b, JSON.stringify(res.trailers), JSON.stringify(res.rawTrailers), res.complete); resolve(); });
}));
s.close();
})();
