'use strict';
// http compat: request urls
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { console.log(req.method, JSON.stringify(req.url)); res.end(); });
const p = s.address().port;
for (const line of ['OPTIONS * HTTP/1.1', 'GET http://example.com/abs?x HTTP/1.1', 'GET /%20enc%C3%A9?q=%2F HTTP/1.1', 'GET /a/../b//c HTTP/1.1', 'DELETE /item/1 HTTP/1.1', 'PATCH /p HTTP/1.1', 'M-SEARCH * HTTP/1.1', 'PURGE /cache HTTP/1.1']) {
  await raw(p, line + '\r\nHost: a\r\n' + C + '\r\n');
}
s.close();
})();
