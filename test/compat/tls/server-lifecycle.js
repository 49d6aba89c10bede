'use strict';
// tls.Server bookkeeping: raw 'connection' before 'secureConnection', connection counts,
// close() waiting for open TLS sockets, and the close callback.
const tls = require('tls');
const { fixture, listen } = require('./fixtures/common');

const server = tls.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem') });
const log = [];
server.on('connection', () => log.push('connection'));
server.on('secureConnection', (s) => {
  log.push('secureConnection');
  server.getConnections((err, n) => {
    log.push(`connections ${n}`);
    server.close(() => {
      log.push('server closed');
      console.log(log.join('\n'));
    });
    log.push(`listening after close ${server.listening}`);
    setTimeout(() => s.end('bye'), 30);
  });
});
server.on('listening', () => log.push('listening'));
listen(server).then((port) => {
  log.push(`address ${JSON.stringify(Object.keys(server.address()))}`);
  const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem') });
  c.on('data', (d) => log.push(`client data ${d}`));
  c.on('close', () => log.push('client close'));
});
