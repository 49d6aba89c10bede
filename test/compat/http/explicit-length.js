'use strict';
// http compat: explicit length
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  if (req.url === '/cl') { res.setHeader('Content-Length', 6); res.write('abc'); res.end('def'); }
  else if (req.url === '/te') { res.setHeader('Transfer-Encoding', 'chunked'); res.end('xyz'); }
  else if (req.url === '/nocl') { res.removeHeader('Content-Length'); res.write('a'); res.end(); }
  else { res.end(Buffer.from('buffer-body')); }
});
for (const u of ['/cl', '/te', '/nocl', '/buf']) show(await raw(s.address().port, `GET ${u} HTTP/1.1\r\nHost: a\r\n` + C + '\r\n'));
s.close();
})();
