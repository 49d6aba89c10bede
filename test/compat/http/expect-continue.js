'use strict';
// http compat: expect continue
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { let b = ''; req.on('data', (d) => b += d); req.on('end', () => res.end('got ' + b)); });
show(await raw(s.address().port, 'POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 3\r\n' + C + '\r\nabc'));
const s2 = await serve(() => {});
s2.on('checkContinue', (req, res) => { console.log('checkContinue', req.headers.expect); res.writeHead(403); res.end('nope'); });
show(await raw(s2.address().port, 'POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 3\r\n' + C + '\r\n'));
s.close(); s2.close();
})();
