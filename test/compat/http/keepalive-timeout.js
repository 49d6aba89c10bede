'use strict';
// http compat: keepalive timeout
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve({ keepAliveTimeout: 100 }, (req, res) => res.end('k'));
const c = net.connect(s.address().port, '127.0.0.1');
const start = Date.now();
let d = '';
c.setEncoding('latin1');
c.on('data', (x) => d += x);
c.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
c.on('close', () => { const t = Date.now() - start; console.log(JSON.stringify(clean(d)), t >= 80 && t < 2000); s.close(); });
})();
