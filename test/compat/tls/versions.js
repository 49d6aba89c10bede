'use strict';
// Protocol versions and ciphers: min/max versions on each side, cipher selection, getCipher()
// shapes and the failures when the two sides cannot agree.
const tls = require('tls');
const { fixture, listen, close } = require('./fixtures/common');

async function run(label, serverOpts, clientOpts, hideClientError) {
  const server = tls.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem'), ...serverOpts },
                                  (s) => s.end());
  const serverErr = new Promise((resolve) => {
    server.on('tlsClientError', (err) => resolve(`server ${err.code}`));
    server.on('secureConnection', () => resolve('server ok'));
  });
  const port = await listen(server);
  const r = await new Promise((resolve) => {
    const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem'), ...clientOpts }, () => {
      resolve(`${c.getProtocol()} ${JSON.stringify(c.getCipher())}`);
      c.end();
    });
    // Alert texts differ between OpenSSL builds; some cases only show that it failed.
    c.on('error', (err) => resolve(hideClientError ? `error ${err.library}` :
      `error ${err.code} ${err.library} ${err.reason}`));
    c.resume();
  });
  console.log(label, r, await serverErr);
  await close(server);
}

(async () => {
  await run('default', {}, {});
  await run('client max 1.2', {}, { maxVersion: 'TLSv1.2' });
  await run('server max 1.2', { maxVersion: 'TLSv1.2' }, {});
  await run('1.2 cipher', { maxVersion: 'TLSv1.2' }, { ciphers: 'ECDHE-RSA-AES256-GCM-SHA384' });
  await run('1.2 chacha', {}, { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-RSA-CHACHA20-POLY1305' });
  await run('1.3 suite', {}, { ciphers: 'TLS_CHACHA20_POLY1305_SHA256' });
  await run('1.3 suite server', { ciphers: 'TLS_AES_128_GCM_SHA256' }, {});
  await run('secureProtocol', {}, { secureProtocol: 'TLSv1_2_method' });
  await run('server 1.3 only, client 1.2 max', { minVersion: 'TLSv1.3' }, { maxVersion: 'TLSv1.2' });
  await run('client 1.3 only, server 1.2 max', { maxVersion: 'TLSv1.2' }, { minVersion: 'TLSv1.3' });
  await run('no shared cipher', { maxVersion: 'TLSv1.2', ciphers: 'ECDHE-RSA-AES128-GCM-SHA256' },
            { ciphers: 'ECDHE-RSA-AES256-GCM-SHA384', maxVersion: 'TLSv1.2' }, true);
  for (const opts of [{ minVersion: 'TLSv1.3', secureProtocol: 'TLSv1_2_method' },
                      { maxVersion: 'TLSv1.3', secureProtocol: 'TLS_method' },
                      { minVersion: 'SSLv3' }, { maxVersion: 'TLSv1.4' }]) {
    try {
      tls.createSecureContext(opts);
      console.log('ok');
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
})();
