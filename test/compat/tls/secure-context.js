'use strict';
// tls.createSecureContext(): option validation and OpenSSL errors for bad keys and
// certificates, encrypted keys, PFX, ciphers and curves.
const tls = require('tls');
const { fixture } = require('./fixtures/common');

function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r && r.constructor.name, r && r.context && r.context.constructor.name);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e.library, e.reason);
  }
}

t('empty', () => tls.createSecureContext());
t('undefined', () => tls.createSecureContext(undefined));
t('string options', () => tls.createSecureContext('x'));
t('null options', () => tls.createSecureContext(null));
t('key+cert', () => tls.createSecureContext({ key: fixture('agent1.key'), cert: fixture('agent1.pem') }));
t('key+cert strings', () => tls.createSecureContext({
  key: fixture('agent1.key').toString(), cert: fixture('agent1.pem').toString(),
}));
t('mismatch', () => tls.createSecureContext({ key: fixture('agent2.key'), cert: fixture('agent1.pem') }));
t('bad key', () => tls.createSecureContext({ key: 'garbage' }));
t('bad cert', () => tls.createSecureContext({ cert: 'garbage' }));
t('bad ca ignored', () => tls.createSecureContext({ ca: 'garbage' }));
t('key number', () => tls.createSecureContext({ key: 42 }));
t('cert array bad', () => tls.createSecureContext({ cert: [fixture('agent1.pem'), 5] }));
t('ca object', () => tls.createSecureContext({ ca: {} }));
t('enc key ok', () => tls.createSecureContext({ key: fixture('agent1-enc.key'), passphrase: 'secret' }));
t('enc key object', () => tls.createSecureContext({
  key: [{ pem: fixture('agent1-enc.key'), passphrase: 'secret' }], cert: fixture('agent1.pem'),
}));
t('enc key wrong', () => tls.createSecureContext({ key: fixture('agent1-enc.key'), passphrase: 'nope' }));
t('enc key none', () => tls.createSecureContext({ key: fixture('agent1-enc.key') }));
t('passphrase number', () => tls.createSecureContext({ key: fixture('agent1-enc.key'), passphrase: 5 }));
t('pfx ok', () => tls.createSecureContext({ pfx: fixture('agent1.pfx'), passphrase: 'pfxpass' }));
t('pfx wrong', () => tls.createSecureContext({ pfx: fixture('agent1.pfx'), passphrase: 'bad' }));
t('ciphers bad', () => tls.createSecureContext({ ciphers: 'NOPE' }));
t('ciphers number', () => tls.createSecureContext({ ciphers: 42 }));
t('ciphers ok', () => tls.createSecureContext({ ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' }));
t('curve bad', () => tls.createSecureContext({ ecdhCurve: 'nope' }));
t('curve ok', () => tls.createSecureContext({ ecdhCurve: 'P-256:X25519' }));
t('curve number', () => tls.createSecureContext({ ecdhCurve: 1 }));
t('sessionIdContext', () => tls.createSecureContext({ sessionIdContext: 'abc' }));
t('min version bad', () => tls.createSecureContext({ minVersion: 'TLSv9' }));
t('max version bad', () => tls.createSecureContext({ maxVersion: 'x' }));
t('secureProtocol unknown', () => tls.createSecureContext({ secureProtocol: 'NOPE_method' }));
const sc = tls.createSecureContext();
console.log(Object.keys(sc), sc instanceof tls.SecureContext, typeof sc.context);
