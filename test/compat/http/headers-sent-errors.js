'use strict';
// http compat: headers sent errors
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  res.end('done');
  for (const f of [() => res.setHeader('a', 'b'), () => res.removeHeader('a'), () => res.writeHead(200), () => res.appendHeader('a', 'b')]) {
    try { f(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
  }
});
await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n' + C + '\r\n');
s.close();
})();
