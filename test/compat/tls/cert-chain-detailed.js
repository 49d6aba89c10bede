'use strict';
// getPeerCertificate(true): the issuer chain (leaf -> intermediate -> self-signed root).
const tls = require('tls');
const { fixture, listen } = require('./fixtures/common');

const server = tls.createServer({
  key: fixture('agent4.key'),
  cert: fixture('agent4-chain.pem'),
}, (s) => s.end());

function walk(cert) {
  const seen = new Set();
  let c = cert;
  while (c && !seen.has(c)) {
    seen.add(c);
    console.log(' ', c.subject.CN, '<-', c.issuer.CN, 'ca', c.ca, 'serial', c.serialNumber,
                'self-issuer', c.issuerCertificate === c);
    c = c.issuerCertificate;
  }
  console.log('  chain length', seen.size);
}

listen(server).then((port) => {
  const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem') }, () => {
    console.log('authorized', c.authorized);
    const detailed = c.getPeerCertificate(true);
    walk(detailed);
    const plain = c.getPeerCertificate();
    console.log('plain has issuerCertificate', 'issuerCertificate' in plain);
    console.log('same raw', plain.raw.equals(detailed.raw));
    c.end();
  });
  c.resume();
  c.on('close', () => server.close());
});
