'use strict';
// https client certificate checks: untrusted CA, rejectUnauthorized: false, wrong host name.
const https = require('https');
const { fixture } = require('../tls/fixtures/common');

const server = https.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem') },
                                  (req, res) => res.end('ok'));

function get(opts) {
  return new Promise((resolve) => {
    const req = https.get({ port: server.address().port, agent: false, ...opts }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${res.statusCode} ${body} authorized=${res.socket.authorized}`));
    });
    req.on('error', (err) => resolve(`error ${err.code} ${JSON.stringify(err.message)}`));
  });
}

server.listen(0, '127.0.0.1', async () => {
  console.log('untrusted', await get({ host: 'localhost' }));
  console.log('accept', await get({ host: 'localhost', rejectUnauthorized: false }));
  console.log('trusted', await get({ host: 'localhost', ca: fixture('ca.pem') }));
  console.log('ip', await get({ host: '127.0.0.1', ca: fixture('ca.pem') }));
  console.log('wrong name', await get({ host: '127.0.0.1', servername: 'example.com', ca: fixture('ca.pem') }));
  server.close();
});
