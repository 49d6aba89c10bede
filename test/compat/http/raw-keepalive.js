'use strict';
// http compat: raw keepalive
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve({ keepAliveTimeout: 2000 }, (req, res) => { res.end(req.headers.connection || 'none'); });
const p = s.address().port;
show(await raw(p, 'GET / HTTP/1.1\r\nHost: x\r\n' + C + '\r\n'));
show(await raw(p, 'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET / HTTP/1.1\r\nHost: y\r\n' + C + '\r\n'));
const s2 = await serve({ keepAliveTimeout: 0 }, (req, res) => { res.end('k'); });
show(await raw(s2.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n' + C + '\r\n'));
s.close(); s2.close();
})();
