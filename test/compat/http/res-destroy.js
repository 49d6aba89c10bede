'use strict';
// http compat: res destroy
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.write('partial'); setTimeout(() => res.destroy(), 10); res.on('close', () => console.log('res close', res.destroyed)); });
await new Promise((resolve) => http.get({ port: s.address().port, host: '127.0.0.1' }, (res) => {
  res.on('data', (d) => console.log('data', String(d)));
  res.on('aborted', () => console.log('aborted'));
  res.on('error', (e) => console.log('res error', e.code, e.message));
  res.on('close', () => { console.log('close', res.complete); resolve(); });
}));
s.close();
})();
