'use strict';
// http compat: setheader api
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  res.setHeader('X-Foo', 'bar');
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.setHeader('X-Num', 42);
  console.log(res.getHeader('x-foo'), res.getHeader('X-NUM'), res.getHeader('nope'));
  console.log(res.getHeaderNames(), res.hasHeader('X-FOO'), res.hasHeader('zz'));
  const h = res.getHeaders();
  console.log(Object.getPrototypeOf(h), JSON.stringify(h));
  res.removeHeader('x-num');
  console.log(res.getHeaderNames(), res.headersSent);
  console.log(typeof res.getRawHeaderNames === 'function' ? res.getRawHeaderNames() : 'n/a');
  res.end('x');
  console.log(res.headersSent);
});
show(await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: x\r\n' + C + '\r\n'));
s.close();
})();
