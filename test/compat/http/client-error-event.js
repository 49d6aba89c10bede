'use strict';
// http compat: client error event
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.end('no'); });
s.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err.message, typeof err.bytesParsed, err.reason);
  socket.end('HTTP/1.1 499 Custom\r\n\r\n');
});
const p = s.address().port;
show(await raw(p, 'BAD\r\n\r\n'));
show(await raw(p, 'GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'));
s.close();
})();
