'use strict';
// http compat: client abort signal
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { setTimeout(() => res.end('late'), 200); });
const p = s.address().port;
await new Promise((resolve) => {
  const ac = new AbortController();
  const req = http.get({ port: p, host: '127.0.0.1', signal: ac.signal });
  req.on('error', (e) => console.log('error', e.name, e.code, e.message));
  req.on('close', () => { console.log('close', req.destroyed); resolve(); });
  setTimeout(() => ac.abort(), 20);
});
await new Promise((resolve) => {
  const req = http.get({ port: p, host: '127.0.0.1', signal: AbortSignal.abort() });
  req.on('error', (e) => console.log('pre-aborted', e.name, e.code));
  req.on('close', resolve);
});
s.closeAllConnections(); s.close();
})();
