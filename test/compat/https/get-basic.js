'use strict';
// https.createServer + https.get: status, headers, body, the TLS socket under the request.
const https = require('https');
const tls = require('tls');
const { fixture } = require('../tls/fixtures/common');

const server = https.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem') }, (req, res) => {
  console.log('server', req.method, req.url, req.headers.host === `localhost:${server.address().port}`,
              req.socket.encrypted, req.socket instanceof tls.TLSSocket, req.socket.alpnProtocol);
  res.setHeader('content-type', 'text/plain');
  res.end(`hello ${req.url}`);
});
console.log(server instanceof tls.Server, server instanceof https.Server);
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  https.get(`https://localhost:${port}/path?q=1`, { ca: fixture('ca.pem'), agent: false }, (res) => {
    console.log('status', res.statusCode, res.statusMessage, res.headers['content-type']);
    console.log('socket', res.socket.encrypted, res.socket.authorized, res.socket.getProtocol());
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('body', body);
      server.close(() => console.log('closed'));
    });
  });
});
