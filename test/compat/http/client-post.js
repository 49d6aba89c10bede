'use strict';
// http compat: client post
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  let b = ''; req.on('data', (d) => b += d);
  req.on('end', () => res.end(JSON.stringify({ m: req.method, te: req.headers['transfer-encoding'] || null, cl: req.headers['content-length'] || null, b })));
});
const p = s.address().port;
show(await fetchIt(p, { method: 'POST' }, 'payload'));
show(await fetchIt(p, { method: 'put', headers: { 'Content-Length': 3 } }, 'abc'));
await new Promise((resolve) => {
  const req = http.request({ port: p, host: '127.0.0.1', method: 'POST' }, (res) => { let d = ''; res.on('data', (x) => d += x); res.on('end', () => { console.log(d); resolve(); }); });
  req.write('a'); req.write(Buffer.from('b')); setTimeout(() => req.end('c'), 10);
});
s.close();
})();
