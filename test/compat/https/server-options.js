'use strict';
// https.Server shape: inheritance, http.Server options and methods, default ALPN.
const https = require('https');
const tls = require('tls');
const net = require('net');
const { fixture } = require('../tls/fixtures/common');

const server = https.createServer({
  key: fixture('agent1.key'), cert: fixture('agent1.pem'), keepAliveTimeout: 1234, requestTimeout: 5000,
});
console.log(server instanceof https.Server, server instanceof tls.Server, server instanceof net.Server);
console.log(server.keepAliveTimeout, server.requestTimeout, server.headersTimeout, server.timeout);
console.log(typeof server.setTimeout, typeof server.closeAllConnections, typeof server.closeIdleConnections,
            typeof server.addContext, typeof server.setSecureContext);
server.on('request', (req, res) => res.end(`${req.httpVersion}`));
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: fixture('ca.pem'),
                          ALPNProtocols: ['h2', 'http/1.1'] }, () => {
    console.log('alpn', c.alpnProtocol);
    c.end('GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
  });
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    console.log(got.split('\r\n')[0], got.endsWith('1.1'));
    server.close();
  });
});
console.log(typeof https.Server, https.Server.length >= 0, new https.Server() instanceof https.Server);
