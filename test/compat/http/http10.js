'use strict';
// http compat: http10
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { console.log(req.httpVersion, req.headers.connection); res.write('a'); res.end('b'); });
const p = s.address().port;
show(await raw(p, 'GET / HTTP/1.0\r\n\r\n'));
show(await raw(p, 'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', true));
show(await raw(p, 'GET / HTTP/1.0\r\nTE: chunked\r\n\r\n'));
s.close();
})();
