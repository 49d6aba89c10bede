'use strict';
// http compat: client errors
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => res.end());
const p = s.address().port;
s.close();
await new Promise((r) => s.on('close', r));
await new Promise((resolve) => {
  const req = http.get({ port: p, host: '127.0.0.1' });
  req.on('error', (e) => { console.log(e.name, e.code, e.syscall, e.address); resolve(); });
});
const bad = [{ method: 'BAD METHOD' }, { method: 5 }, { protocol: 'https:' }, { path: '/a b' }, { host: 5 }, { agent: 'x' }, { timeout: 'x' }];
for (const o of bad) {
  try { http.request({ port: p, ...o }); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { http.request('not a url'); } catch (e) { console.log(e.name, e.code); }
})();
