'use strict';
// http compat: raw head
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.setHeader('X-Method', req.method); res.end('body-here'); });
const p = s.address().port;
show(await raw(p, 'HEAD / HTTP/1.1\r\nHost: x\r\n' + C + '\r\n'));
show(await raw(p, 'GET / HTTP/1.1\r\nHost: x\r\n' + C + '\r\n'));
s.close();
})();
