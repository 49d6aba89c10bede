'use strict';
// http compat: request trailers
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('body', body, 'complete', req.complete);
    console.log(JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers));
    res.end('ok');
  });
});
show(await raw(s.address().port, 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTrailer: X-T\r\n' + C + '\r\n3\r\nabc\r\n2\r\nde\r\n0\r\nX-T: tv\r\nX-U: uv\r\n\r\n'));
s.close();
})();
