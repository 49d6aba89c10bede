'use strict';
// http compat: server connect
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { res.end('plain'); });
s.on('connect', (req, socket, head) => {
  console.log('connect', req.method, req.url, JSON.stringify(head.toString()));
  socket.end('HTTP/1.1 200 Connection Established\r\n\r\ntunnel:' + head);
});
show(await raw(s.address().port, 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\nhi'));
s.close();
})();
