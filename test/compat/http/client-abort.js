'use strict';
// http compat: client abort
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { setTimeout(() => res.end('late'), 200); });
const p = s.address().port;
await new Promise((resolve) => {
  const req = http.get({ port: p, host: '127.0.0.1' }, () => console.log('response?!'));
  const ev = [];
  req.on('abort', () => ev.push('abort'));
  req.on('error', (e) => ev.push('error ' + e.code + ' ' + e.message));
  req.on('close', () => { ev.push('close'); setTimeout(() => { console.log(ev.join(', '), req.aborted, req.destroyed); resolve(); }, 10); });
  setTimeout(() => req.abort(), 20);
});
await new Promise((resolve) => {
  const req = http.get({ port: p, host: '127.0.0.1' });
  const ev = [];
  req.on('error', (e) => ev.push('error ' + e.code + ' ' + e.message));
  req.on('close', () => { ev.push('close'); console.log(ev.join(', ')); resolve(); });
  setTimeout(() => req.destroy(), 20);
});
await new Promise((resolve) => {
  const req = http.get({ port: p, host: '127.0.0.1' });
  const ev = [];
  req.on('error', (e) => ev.push('error ' + e.message));
  req.on('close', () => { ev.push('close'); console.log(ev.join(', ')); resolve(); });
  req.destroy(new Error('mine'));
});
s.closeAllConnections(); s.close();
})();
