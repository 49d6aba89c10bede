'use strict';
// http compat: client upgrade
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => res.end('plain'));
s.on('upgrade', (req, socket, head) => {
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: test\r\nConnection: Upgrade\r\n\r\nserver-hello');
  socket.on('data', (d) => { socket.end('echo:' + d); });
});
await new Promise((resolve) => {
  const req = http.request({ port: s.address().port, host: '127.0.0.1', headers: { Connection: 'Upgrade', Upgrade: 'test' } });
  req.on('upgrade', (res, socket, head) => {
    console.log('upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(head.toString()));
    let d = ''; socket.on('data', (x) => d += x); socket.on('end', () => { console.log(JSON.stringify(d)); socket.destroy(); resolve(); });
    socket.write('client-data');
  });
  req.end();
});
s.close();
})();
