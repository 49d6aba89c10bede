'use strict';
// http compat: status message
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  if (req.url === '/a') { res.statusCode = 418; }
  if (req.url === '/b') { res.statusCode = 201; res.statusMessage = 'Made It'; }
  if (req.url === '/c') { res.statusCode = 999; }
  console.log(res.statusCode, res.statusMessage);
  res.end();
});
for (const u of ['/a', '/b', '/c']) show(await raw(s.address().port, `GET ${u} HTTP/1.1\r\nHost: a\r\n` + C + '\r\n'));
s.close();
})();
