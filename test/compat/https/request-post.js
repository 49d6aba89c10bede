'use strict';
// https.request with an options object: POST with a body, response headers, chunked echo.
const https = require('https');
const { fixture } = require('../tls/fixtures/common');

const server = https.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem') }, (req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.writeHead(201, { 'x-len': String(body.length) });
    res.write('got:');
    res.end(body.toUpperCase());
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = https.request({
    hostname: '127.0.0.1',
    port: server.address().port,
    method: 'POST',
    path: '/submit',
    servername: 'localhost',
    ca: fixture('ca.pem'),
    headers: { 'content-type': 'text/plain' },
  }, (res) => {
    console.log(res.statusCode, res.headers['x-len'], res.headers['transfer-encoding']);
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log(body);
      server.close();
    });
  });
  req.write('some ');
  req.end('data');
});
