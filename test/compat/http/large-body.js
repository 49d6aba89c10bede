'use strict';
// http compat: large body
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  let n = 0; let sum = 0;
  req.on('data', (d) => { n += d.length; sum += d.filter((x) => x === 120).length; });
  req.on('end', () => { res.end(Buffer.alloc(1 << 20, 'y')); console.log('server got', n, sum); });
});
await new Promise((resolve) => {
  const req = http.request({ port: s.address().port, host: '127.0.0.1', method: 'POST' }, (res) => {
    let n = 0; res.on('data', (d) => n += d.length); res.on('end', () => { console.log('client got', n, res.headers['content-length']); resolve(); });
  });
  req.end(Buffer.alloc(3 << 20, 'x'));
});
s.close();
})();
