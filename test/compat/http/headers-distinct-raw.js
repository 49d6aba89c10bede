'use strict';
// http compat: headers distinct raw
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  console.log(JSON.stringify(req.rawHeaders));
  console.log(JSON.stringify(req.headersDistinct));
  console.log(req.httpVersion, req.httpVersionMajor, req.httpVersionMinor, req.method, req.url);
  console.log(req.complete, req.aborted, req.upgrade);
  res.end();
});
await raw(s.address().port, 'GET /p?q=1 HTTP/1.1\r\nHost: a\r\nX-A: 1\r\nx-a: 2\r\nMiXeD-CaSe:  spaced value  \r\n' + C + '\r\n');
s.close();
})();
