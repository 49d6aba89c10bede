'use strict';
// http compat: strict content length
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  res.strictContentLength = true;
  res.setHeader('Content-Length', 5);
  try { res.write('toolong!'); } catch (e) { console.log(e.name, e.code, e.message); }
  res.write('abc');
  try { res.end(); } catch (e) { console.log(e.name, e.code, e.message); }
  res.destroy();
});
await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n');
s.close();
})();
