'use strict';
// http compat: require host
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.end('host=' + req.headers.host); });
show(await raw(s.address().port, 'GET / HTTP/1.1\r\n' + C + '\r\n'));
show(await raw(s.address().port, 'GET / HTTP/1.0\r\n\r\n'));
const s2 = await serve({ requireHostHeader: false }, (req, res) => { res.end('host=' + req.headers.host); });
show(await raw(s2.address().port, 'GET / HTTP/1.1\r\n' + C + '\r\n'));
s.close(); s2.close();
})();
