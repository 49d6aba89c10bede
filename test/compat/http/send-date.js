'use strict';
// http compat: send date
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { console.log('sendDate', res.sendDate); res.sendDate = req.url === '/d'; res.end('x'); });
const p = s.address().port;
show(await raw(p, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n'));
const r = await raw(p, 'GET /d HTTP/1.1\r\nHost: a\r\n' + C + '\r\n');
console.log(r.includes('Date: <date>'));
const s2 = await serve((req, res) => { res.setHeader('Date', 'fixed'); res.end('y'); });
show(await raw(s2.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n'));
s.close(); s2.close();
})();
