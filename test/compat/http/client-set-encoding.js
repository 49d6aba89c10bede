'use strict';
// http compat: client set encoding
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => res.end('h\u00e9llo \u4e16\u754c'));
await new Promise((resolve) => http.get({ port: s.address().port, host: '127.0.0.1' }, (res) => {
  res.setEncoding('hex'); let d = ''; res.on('data', (x) => d += x); res.on('end', () => { console.log(d); resolve(); });
}));
await new Promise((resolve) => http.get({ port: s.address().port, host: '127.0.0.1' }, async (res) => {
  let d = ''; for await (const c of res) d += c; console.log(d, d.length); resolve();
}));
s.close();
})();
