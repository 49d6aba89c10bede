'use strict';
// Failures before a secure connection: TLS to a plain-text server, plain text to a TLS server,
// a peer that hangs up early, connection refused and a handshake timeout.
const net = require('net');
const tls = require('tls');
const { fixture, listen, close } = require('./fixtures/common');

(async () => {
  // TLS client against a server that answers in plain text.
  const plain = net.createServer((s) => s.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
  let port = await listen(plain);
  await new Promise((resolve) => {
    const c = tls.connect({ port, host: 'localhost' });
    c.on('error', (err) => {
      console.log('plain server:', err.code, err.library, err.reason);
      resolve();
    });
  });
  await close(plain);

  // Server that closes the connection without a word.
  const mute = net.createServer((s) => s.destroy());
  port = await listen(mute);
  await new Promise((resolve) => {
    const c = tls.connect({ port, host: 'localhost' });
    c.on('error', (err) => {
      console.log('hang up:', err.name, err.code, JSON.stringify(err.message), err.host, err.port === port);
      resolve();
    });
  });
  await close(mute);

  // Plain-text client against a TLS server: the server reports tlsClientError.
  const server = tls.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem'),
                                    handshakeTimeout: 200 });
  const tlsErrors = [];
  server.on('tlsClientError', (err, socket) => {
    tlsErrors.push(`${err.code} ${socket instanceof tls.TLSSocket}`);
  });
  port = await listen(server);
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\n\r\n'));
    c.on('data', (d) => console.log('plain client got alert bytes', d[0] === 0x15));
    c.on('close', resolve);
    c.on('error', () => {});
  });
  // A client that sends nothing hits the handshake timeout.
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.on('close', resolve);
    c.on('error', () => {});
  });
  console.log('tlsClientError', tlsErrors);
  await close(server);

  // Nobody listening.
  await new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1' });
    c.on('error', (err) => {
      console.log('refused:', err.code, err.syscall);
      resolve();
    });
  });
})();
