'use strict';
// http compat: expect other
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.end('request'); });
show(await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\nExpect: something\r\n' + C + '\r\n'));
s.on('checkExpectation', (req, res) => { console.log('checkExpectation', req.headers.expect); res.end('handled'); });
show(await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\nExpect: something\r\n' + C + '\r\n'));
s.close();
})();
