'use strict';
// http compat: write callbacks
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const order = [];
const s = await serve((req, res) => {
  res.write('a', () => order.push('write a cb'));
  res.write('b', 'utf8', () => order.push('write b cb'));
  res.end('c', () => order.push('end cb'));
  res.on('finish', () => order.push('finish'));
});
await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n');
await new Promise((r) => setTimeout(r, 20));
console.log(order.join(', '));
s.close();
})();
