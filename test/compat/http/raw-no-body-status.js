'use strict';
// http compat: raw no body status
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.statusCode = +req.url.slice(1); res.end('ignored?'); });
const p = s.address().port;
for (const code of [204, 304, 200, 404, 500]) show(await raw(p, `GET /${code} HTTP/1.1\r\nHost: x\r\n` + C + '\r\n'));
s.close();
})();
