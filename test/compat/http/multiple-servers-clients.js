'use strict';
// http compat: multiple servers clients
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { setTimeout(() => res.end('r' + req.url), Math.random() * 5); });
const p = s.address().port;
const results = await Promise.all(Array.from({ length: 20 }, (_, i) => fetchIt(p, { path: '/' + i })));
console.log(results.map((r) => r.body).join(','));
s.close();
})();
