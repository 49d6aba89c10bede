'use strict';
// http compat: header overflow
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve({ maxHeaderSize: 100 }, (req, res) => { res.end('ok'); });
const p = s.address().port;
show(await raw(p, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n'));
show(await raw(p, 'GET / HTTP/1.1\r\nHost: a\r\nX-Big: ' + 'x'.repeat(200) + '\r\n\r\n'));
s.on('clientError', (e, sock) => { console.log(e.code, e.message); sock.destroy(); });
show(await raw(p, 'GET / HTTP/1.1\r\nHost: a\r\nX-Big: ' + 'x'.repeat(200) + '\r\n\r\n'));
s.close();
try { http.createServer({ maxHeaderSize: -1 }); } catch (e) { console.log(e.code, e.message); }
})();
