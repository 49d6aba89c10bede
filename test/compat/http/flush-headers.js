'use strict';
// http compat: flush headers
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  console.log('before', res.headersSent);
  res.setHeader('X-Early', 'yes');
  res.flushHeaders();
  console.log('after', res.headersSent);
  setTimeout(() => res.end('later'), 10);
});
show(await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n'));
s.close();
})();
