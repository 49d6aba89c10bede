'use strict';
// The tls module's surface: exports, defaults, cipher list and root certificates.
const tls = require('tls');
const net = require('net');

console.log(Object.keys(tls).sort().join(' '));
for (const k of ['DEFAULT_CIPHERS', 'DEFAULT_ECDH_CURVE', 'DEFAULT_MIN_VERSION', 'DEFAULT_MAX_VERSION',
                 'CLIENT_RENEG_LIMIT', 'CLIENT_RENEG_WINDOW']) {
  console.log(k, JSON.stringify(tls[k]));
}
for (const k of ['connect', 'createServer', 'createSecureContext', 'checkServerIdentity', 'getCiphers',
                 'convertALPNProtocols', 'TLSSocket', 'Server', 'SecureContext']) {
  console.log(k, typeof tls[k]);
}
const ciphers = tls.getCiphers();
console.log('ciphers', Array.isArray(ciphers), ciphers.length > 20,
            ciphers.every((c) => c === c.toLowerCase()));
for (const c of ['tls_aes_256_gcm_sha384', 'tls_chacha20_poly1305_sha256', 'ecdhe-rsa-aes128-gcm-sha256',
                 'aes128-sha']) {
  console.log(c, ciphers.includes(c));
}
console.log('fresh copy', tls.getCiphers() !== tls.getCiphers());
const roots = tls.rootCertificates;
console.log('roots', Array.isArray(roots), Object.isFrozen(roots), roots === tls.rootCertificates,
            roots.length > 10,
            roots.every((r) => r.startsWith('-----BEGIN CERTIFICATE-----\n') &&
                               r.endsWith('-----END CERTIFICATE-----\n')));
console.log(Object.getPrototypeOf(tls.TLSSocket.prototype) === net.Socket.prototype,
            Object.getPrototypeOf(tls.Server.prototype) === net.Server.prototype);
const server = tls.createServer();
console.log(server instanceof tls.Server, server instanceof net.Server, server.listening);
const server2 = new tls.Server(() => {});
console.log(server2.listenerCount('secureConnection'));
try {
  tls.createServer(5);
} catch (err) {
  console.log(err.code, err.message);
}
