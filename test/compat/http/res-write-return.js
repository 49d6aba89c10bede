'use strict';
// http compat: res write return
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  console.log(res.write('small'), res.writableLength >= 0, res.writableEnded, res.writableFinished);
  res.end(() => console.log('finished', res.writableFinished, res.writableEnded));
});
await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n');
await new Promise((r) => setTimeout(r, 10));
s.close();
})();
