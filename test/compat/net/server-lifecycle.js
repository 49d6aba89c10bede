// Server events and state: listening, connection counts, close waits for connections.
const net = require('net');
const server = net.createServer();
console.log('listening before', server.listening, server.address());
server.on('listening', () => console.log('event listening', server.listening));
server.on('close', () => console.log('event close'));
server.on('connection', (sock) => {
  server.getConnections((err, n) => {
    console.log('connections', err, n);
    server.close(() => console.log('close callback'));
    console.log('listening after close()', server.listening);
    setTimeout(() => sock.end(), 10);
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('connect', () => console.log('client connect, readyState', c.readyState, c.pending, c.connecting));
  c.resume();
  c.on('end', () => console.log('client end'));
  c.on('close', () => console.log('client close', c.readyState, c.destroyed));
});
