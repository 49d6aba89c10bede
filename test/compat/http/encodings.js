'use strict';
// http compat: encodings
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  if (req.url === '/hex') res.end('68656c6c6f', 'hex');
  else if (req.url === '/b64') { res.write('aGk=', 'base64'); res.end(); }
  else res.end('caf\u00e9', 'latin1');
});
for (const u of ['/hex', '/b64', '/latin1']) show(await raw(s.address().port, `GET ${u} HTTP/1.1\r\nHost: a\r\n` + C + '\r\n'));
s.close();
})();
