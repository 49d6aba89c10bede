'use strict';
// http compat: raw chunked
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.write('ab'); res.write(Buffer.from('cde')); res.write(''); res.end('f'); });
const p = s.address().port;
show(await raw(p, 'GET / HTTP/1.1\r\nHost: x\r\n' + C + '\r\n'));
show(await raw(p, 'GET / HTTP/1.0\r\n\r\n'));
s.close();
})();
