'use strict';
// http compat: invalid headers
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  const cases = [['', 'v'], ['bad name', 'v'], ['x', undefined], ['x', 'a\nb'], ['x', 'ok\u0100'], [42, 'v'], ['ok-name', ['a', 'b\r']], ['Über', 'v'], ['x', 'tab\tok']];
  for (const [n, v] of cases) {
    try { res.setHeader(n, v); console.log('ok', n); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  res.end();
});
await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n' + C + '\r\n');
s.close();
})();
