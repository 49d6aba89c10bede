'use strict';
// http compat: header values
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  res.setHeader('X-Num', 1.5);
  res.setHeader('X-Arr', ['a', 'b']);
  res.setHeader('X-Bool', true);
  res.setHeader('X-Latin', 'caf\u00e9');
  res.setHeader('Cookie', ['c1', 'c2']);
  res.end();
});
show(await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n'));
s.close();
})();
