'use strict';
// http compat: server close
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => res.end('x'));
const p = s.address().port;
const c = net.connect(p, '127.0.0.1');
c.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
c.on('data', () => {
  console.log('got response, closing server');
  s.close(() => console.log('server closed'));
});
c.on('close', () => console.log('client socket closed'));
s.on('close', () => console.log('close event'));
})();
