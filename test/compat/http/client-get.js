'use strict';
// http compat: client get
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.setHeader('X-Url', req.url); res.end('body:' + req.method); });
const p = s.address().port;
show(await fetchIt(p, { path: '/x?y=1' }));
await new Promise((resolve) => http.get(`http://127.0.0.1:${p}/str`, (res) => {
  console.log(res.statusCode, res.headers['x-url']); res.resume(); res.on('end', resolve);
}));
await new Promise((resolve) => http.get(new URL(`http://127.0.0.1:${p}/url?a=b`), (res) => {
  console.log(res.statusCode, res.headers['x-url']); res.resume(); res.on('end', resolve);
}));
await new Promise((resolve) => http.get({ port: p, host: '127.0.0.1', path: '/opts' }, (res) => {
  console.log(res.statusCode, res.headers['x-url']); res.resume(); res.on('end', resolve);
}));
s.close();
})();
