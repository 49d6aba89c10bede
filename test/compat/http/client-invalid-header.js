'use strict';
// http compat: client invalid header
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => res.end());
const p = s.address().port;
for (const h of [{ 'bad name': 'x' }, { 'x': 'a\r\nb' }, { 'x': undefined }]) {
  try { http.request({ port: p, headers: h }); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const req = http.request({ port: p, host: '127.0.0.1' });
req.setHeader('X-Late', '1');
console.log(req.getHeader('x-late'), req.getHeader('host') === '127.0.0.1:' + p, req.getHeaderNames(), req.method, req.path, req.host, req.protocol);
req.on('response', (res) => { res.resume(); res.on('end', () => s.close()); });
req.end();
try { req.setHeader('a', 'b'); } catch (e) { console.log(e.code, e.message); }
})();
