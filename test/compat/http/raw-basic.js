'use strict';
// http compat: raw basic
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.end('hello'); });
const p = s.address().port;
show(await raw(p, 'GET / HTTP/1.1\r\nHost: x\r\n' + C + '\r\n'));
show(await raw(p, 'GET /a HTTP/1.0\r\n\r\n'));
show(await raw(p, 'GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', true));
s.close();
})();
