'use strict';
// Client certificates: requestCert with and without rejectUnauthorized, with a trusted
// certificate, an untrusted one and none at all.
const tls = require('tls');
const { fixture, listen, close } = require('./fixtures/common');

async function run(label, serverOpts, clientOpts) {
  const server = tls.createServer({
    key: fixture('agent1.key'), cert: fixture('agent1.pem'), ca: fixture('ca.pem'),
    requestCert: true, ...serverOpts,
  });
  const serverSide = new Promise((resolve) => {
    server.on('secureConnection', (s) => {
      const peer = s.getPeerCertificate();
      resolve(`secure authorized=${s.authorized} error=${s.authorizationError} ` +
              `peerCN=${peer.subject ? peer.subject.CN : JSON.stringify(peer)}`);
      s.end('x');
    });
    server.on('tlsClientError', (err) => resolve(`tlsClientError ${err.code}`));
  });
  const port = await listen(server);
  const clientSide = await new Promise((resolve) => {
    const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem'), ...clientOpts });
    let data = '';
    c.on('data', (d) => { data += d; });
    c.on('error', (err) => resolve(`client error ${err.code}`));
    c.on('close', () => resolve(`client closed data=${data}`));
  });
  const s = await serverSide;
  console.log(label);
  console.log('  server:', s);
  console.log('  client:', clientSide);
  await close(server);
}

(async () => {
  const withCert = { key: fixture('client.key'), cert: fixture('client.pem') };
  const selfCert = { key: fixture('agent2.key'), cert: fixture('agent2.pem') };
  await run('trusted cert, reject', {}, withCert);
  await run('trusted cert, accept', { rejectUnauthorized: false }, withCert);
  await run('no cert, accept', { rejectUnauthorized: false }, {});
  await run('untrusted cert, accept', { rejectUnauthorized: false }, selfCert);
  await run('no cert, reject', {}, {});
})();
