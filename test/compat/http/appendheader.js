'use strict';
// http compat: appendheader
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  res.appendHeader('X-List', 'a');
  res.appendHeader('x-list', 'b');
  res.appendHeader('X-List', ['c', 'd']);
  res.setHeader('X-One', '1');
  res.appendHeader('X-One', '2');
  console.log(JSON.stringify(res.getHeaders()));
  res.end();
});
show(await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n' + C + '\r\n'));
s.close();
})();
