'use strict';
// Servers configured from a PKCS#12 bundle and from an encrypted PEM key.
const tls = require('tls');
const { fixture, listen, close } = require('./fixtures/common');

async function run(label, serverOpts) {
  const server = tls.createServer(serverOpts, (s) => s.end('ok'));
  const port = await listen(server);
  const r = await new Promise((resolve) => {
    const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem') }, () => {
      resolve(`authorized=${c.authorized} CN=${c.getPeerCertificate().subject.CN} ` +
              `serial=${c.getPeerCertificate().serialNumber}`);
    });
    c.on('error', (err) => resolve(`error ${err.code}`));
    c.resume();
  });
  console.log(label, r);
  await close(server);
}

(async () => {
  await run('pfx', { pfx: fixture('agent1.pfx'), passphrase: 'pfxpass' });
  await run('pfx object', { pfx: [{ buf: fixture('agent1.pfx'), passphrase: 'pfxpass' }] });
  await run('encrypted key', { key: fixture('agent1-enc.key'), passphrase: 'secret', cert: fixture('agent1.pem') });
  await run('key object', { key: [{ pem: fixture('agent1-enc.key'), passphrase: 'secret' }],
                            cert: fixture('agent1.pem') });
  try {
    tls.createServer({ pfx: fixture('agent1.pfx'), passphrase: 'wrong' });
  } catch (err) {
    console.log('wrong pfx passphrase:', err.message);
  }
})();
