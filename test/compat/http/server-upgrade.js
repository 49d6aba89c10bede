'use strict';
// http compat: server upgrade
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.end('plain'); });
s.on('upgrade', (req, socket, head) => {
  console.log('upgrade', req.method, req.url, req.headers.upgrade, JSON.stringify(head.toString()));
  socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n' + head.toString().toUpperCase());
});
show(await raw(s.address().port, 'GET /ws HTTP/1.1\r\nHost: a\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nextra-bytes'));
const s2 = await serve((req, res) => { res.end('no upgrade listener: ' + req.headers.upgrade); });
show(await raw(s2.address().port, 'GET / HTTP/1.1\r\nHost: a\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n'));
s.close(); s2.close();
})();
