'use strict';
// A full TLS exchange: handshake, data both ways, event order and the socket's TLS state.
const tls = require('tls');
const net = require('net');
const { fixture, listen } = require('./fixtures/common');

const events = [];
const server = tls.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem') });
server.on('connection', (raw) => events.push(`server connection ${raw instanceof net.Socket}`));
server.on('secureConnection', (s) => {
  events.push('server secureConnection');
  console.log('server encrypted', s.encrypted, 'authorized', s.authorized,
              'authorizationError', s.authorizationError);
  console.log('server protocol', s.getProtocol(), 'alpn', s.alpnProtocol, 'servername', s.servername);
  console.log('server remote is local', s.remoteAddress === '127.0.0.1', typeof s.remotePort);
  s.setEncoding('utf8');
  s.on('data', (d) => {
    events.push(`server data ${d}`);
    s.write(d.toUpperCase());
  });
  s.on('end', () => {
    events.push('server end');
    s.end('bye');
  });
});

listen(server).then((port) => {
  const c = tls.connect({ port, host: '127.0.0.1', ca: fixture('ca.pem') });
  c.on('connect', () => events.push('client connect'));
  c.on('secureConnect', () => {
    events.push('client secureConnect');
    console.log('client instanceof', c instanceof tls.TLSSocket, c instanceof net.Socket);
    console.log('client authorized', c.authorized, c.authorizationError, 'encrypted', c.encrypted);
    console.log('client protocol', c.getProtocol(), 'alpn', c.alpnProtocol);
    console.log('client cipher', c.getCipher());
    console.log('client sessionReused', c.isSessionReused());
    console.log('client remote', c.remoteAddress, c.remotePort === port, c.remoteFamily);
    c.write('hello');
  });
  let got = '';
  c.setEncoding('utf8');
  c.on('data', (d) => {
    got += d;
    if (got === 'HELLO') c.end();
  });
  c.on('end', () => events.push(`client end ${got}`));
  c.on('close', (hadError) => {
    events.push(`client close ${hadError}`);
    server.close(() => {
      events.push('server close');
      console.log(events.join('\n'));
    });
  });
});
