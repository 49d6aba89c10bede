'use strict';
// http compat: client timeout
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { setTimeout(() => res.end('late'), 300); });
const p = s.address().port;
await new Promise((resolve) => {
  const req = http.get({ port: p, host: '127.0.0.1', timeout: 50 });
  req.on('timeout', () => { console.log('timeout event'); req.destroy(); });
  req.on('error', (e) => console.log('error', e.code));
  req.on('close', resolve);
});
await new Promise((resolve) => {
  const req = http.get({ port: p, host: '127.0.0.1' });
  req.setTimeout(50, () => { console.log('setTimeout cb'); req.destroy(); });
  req.on('error', (e) => console.log('error', e.code));
  req.on('close', resolve);
});
s.closeAllConnections(); s.close();
})();
