'use strict';
// Values both ends derive from the same session: exported keying material and the Finished
// messages, plus their argument validation.
const tls = require('tls');
const { fixture, listen } = require('./fixtures/common');

const server = tls.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem'), maxVersion: 'TLSv1.2' });
server.on('secureConnection', (s) => {
  s.on('data', () => {
    const ekm = s.exportKeyingMaterial(32, 'EXPERIMENTAL-test', Buffer.from('ctx'));
    s.end(JSON.stringify({
      ekm: ekm.toString('hex'),
      finished: s.getFinished().toString('hex'),
      peerFinished: s.getPeerFinished().toString('hex'),
    }));
  });
});
listen(server).then((port) => {
  const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem'), maxVersion: 'TLSv1.2' }, () => {
    c.write('go');
  });
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    const other = JSON.parse(got);
    const ekm = c.exportKeyingMaterial(32, 'EXPERIMENTAL-test', Buffer.from('ctx'));
    console.log('ekm equal', ekm.length, ekm.toString('hex') === other.ekm);
    const ekm2 = c.exportKeyingMaterial(16, 'other-label');
    console.log('different label differs', ekm2.toString('hex') !== other.ekm.slice(0, 32));
    console.log('finished cross', c.getFinished().toString('hex') === other.peerFinished,
                c.getPeerFinished().toString('hex') === other.finished, c.getFinished().length);
    for (const args of [[0, 'x'], ['1', 'x'], [8, 5], [8, 'x', 'str']]) {
      try {
        c.exportKeyingMaterial(...args);
      } catch (err) {
        console.log(err.code, err.message);
      }
    }
    server.close();
  });
});
