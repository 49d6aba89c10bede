'use strict';
// http compat: close all connections
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.write('partial'); });
const p = s.address().port;
let closed = 0;
for (let i = 0; i < 3; i++) {
  const c = net.connect(p, '127.0.0.1');
  c.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
  c.on('close', () => { if (++closed === 3) console.log('all client sockets closed'); });
}
s.on('request', () => {});
let n = 0;
s.on('request', () => { if (++n === 3) setTimeout(() => { s.closeAllConnections(); s.close(() => console.log('closed')); }, 20); });
})();
