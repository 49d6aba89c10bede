'use strict';
// http compat: binary body
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { const c = []; req.on('data', (d) => c.push(d)); req.on('end', () => { const b = Buffer.concat(c); res.end(Buffer.from(b.reverse())); }); });
await new Promise((resolve) => {
  const req = http.request({ port: s.address().port, host: '127.0.0.1', method: 'POST' }, (res) => {
    const c = []; res.on('data', (d) => c.push(d)); res.on('end', () => { console.log(Buffer.concat(c).toString('hex')); resolve(); });
  });
  req.end(Buffer.from([0, 1, 2, 255, 254, 128, 13, 10]));
});
s.close();
})();
