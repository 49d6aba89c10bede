'use strict';
// http compat: incoming readable
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve(async (req, res) => {
  console.log(req instanceof http.IncomingMessage, typeof req.read, req.readable);
  let body = '';
  for await (const c of req) body += c;
  console.log('body', body, req.complete, req.readableEnded);
  res.end(String(body.length));
});
show(await raw(s.address().port, 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n' + C + '\r\nhello world'));
s.close();
})();
