'use strict';
// getPeerCertificate(): the fields of an RSA leaf certificate, and getCertificate() of our own.
const tls = require('tls');
const { fixture, listen } = require('./fixtures/common');

function show(label, cert) {
  console.log(label, Object.keys(cert).join(','));
  console.log(' subject', JSON.stringify(cert.subject), Object.getPrototypeOf(cert.subject));
  console.log(' issuer', JSON.stringify(cert.issuer));
  console.log(' subjectaltname', cert.subjectaltname);
  console.log(' ca', cert.ca, 'bits', cert.bits, 'exponent', cert.exponent);
  console.log(' modulus', typeof cert.modulus, cert.modulus && cert.modulus.length,
              cert.modulus && /^[0-9A-F]+$/.test(cert.modulus));
  console.log(' pubkey', Buffer.isBuffer(cert.pubkey), cert.pubkey && cert.pubkey.length);
  console.log(' raw', Buffer.isBuffer(cert.raw), cert.raw && cert.raw.length);
  console.log(' serialNumber', cert.serialNumber);
  console.log(' ext_key_usage', cert.ext_key_usage);
  console.log(' fingerprint', /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/.test(cert.fingerprint));
  console.log(' fingerprint256', /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(cert.fingerprint256));
  console.log(' fingerprint512', /^([0-9A-F]{2}:){63}[0-9A-F]{2}$/.test(cert.fingerprint512));
  console.log(' dates', /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/.test(cert.valid_from),
              /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/.test(cert.valid_to),
              new Date(cert.valid_to) - new Date(cert.valid_from) > 99 * 365 * 86400e3);
  const crypto = require('crypto');
  const fp = crypto.createHash('sha256').update(cert.raw).digest('hex').toUpperCase()
    .match(/../g).join(':');
  console.log(' fingerprint256 is sha256(raw)', fp === cert.fingerprint256);
  console.log(' issuerCertificate', cert.issuerCertificate);
}

const server = tls.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem') }, (s) => {
  show('server own', s.getCertificate());
  console.log('server peer', s.getPeerCertificate());
  s.end();
});
listen(server).then((port) => {
  const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem') }, () => {
    show('client peer', c.getPeerCertificate());
    console.log('client own', c.getCertificate());
  });
  c.resume();
  c.on('close', () => server.close());
});
