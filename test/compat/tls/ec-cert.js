'use strict';
// An ECDSA (P-256) server certificate: the EC-specific certificate fields and cipher choice.
const tls = require('tls');
const { fixture, listen } = require('./fixtures/common');

const server = tls.createServer({ key: fixture('ec.key'), cert: fixture('ec.pem') }, (s) => s.end());
listen(server).then((port) => {
  const opts = { port, host: 'localhost', ca: fixture('ca.pem'), maxVersion: 'TLSv1.2' };
  const c = tls.connect(opts, () => {
    const cert = c.getPeerCertificate();
    console.log(Object.keys(cert).join(','));
    console.log(cert.bits, cert.asn1Curve, cert.nistCurve, cert.pubkey.length, cert.pubkey[0]);
    console.log('modulus' in cert, 'exponent' in cert, cert.subject.OU, cert.serialNumber);
    console.log(c.getProtocol(), c.getCipher());
    c.end();
  });
  c.resume();
  c.on('close', () => server.close());
});
