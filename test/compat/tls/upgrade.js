'use strict';
// STARTTLS-style upgrade: plain text over net first, then TLS over the same connection with
// tls.connect({ socket }) and new tls.TLSSocket(socket, { isServer: true }).
const net = require('net');
const tls = require('tls');
const { fixture, listen } = require('./fixtures/common');

const secureContext = tls.createSecureContext({ key: fixture('agent1.key'), cert: fixture('agent1.pem') });
const server = net.createServer((raw) => {
  raw.once('data', (d) => {
    console.log('server plain:', String(d));
    raw.write('GO AHEAD\n', () => {
      const secure = new tls.TLSSocket(raw, { isServer: true, secureContext, server: undefined });
      secure.on('secure', () => console.log('server secure', secure.encrypted, secure.getProtocol()));
      secure.on('data', (x) => {
        console.log('server secure data:', String(x));
        secure.end('secret reply');
      });
    });
  });
});
listen(server).then((port) => {
  const raw = net.connect(port, '127.0.0.1', () => raw.write('STARTTLS'));
  raw.once('data', (d) => {
    console.log('client plain:', String(d).trim());
    const c = tls.connect({ socket: raw, servername: 'localhost', ca: fixture('ca.pem') }, () => {
      console.log('client secure', c.authorized, c.encrypted);
      c.write('secret request');
    });
    let got = '';
    c.on('data', (x) => { got += x; });
    c.on('end', () => console.log('client got:', got));
    c.on('close', () => server.close(() => console.log('closed')));
  });
});
