'use strict';
// Writes queued before the handshake, corked writev, string encodings and setEncoding over TLS.
const tls = require('tls');
const { fixture, listen } = require('./fixtures/common');

const server = tls.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem') }, (s) => {
  const chunks = [];
  s.on('data', (d) => chunks.push(d));
  s.on('end', () => {
    const all = Buffer.concat(chunks);
    console.log('server got', all.length, JSON.stringify(all.toString('latin1')));
    s.end('héllo wörld €');
  });
});
listen(server).then((port) => {
  const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem') });
  const done = [];
  c.write('early1 ', () => done.push('early1'));
  c.write(Buffer.from('early2 '), () => done.push('early2'));
  c.on('secureConnect', () => {
    c.cork();
    c.write('a');
    c.write('b');
    c.write(Buffer.from([0x63]));
    c.uncork();
    c.write('ff00', 'hex');
    c.write('é', 'latin1');
    c.write('ü', 'utf8', () => done.push('utf8'));
    c.end(' end');
  });
  c.setEncoding('utf8');
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    console.log('client got', got, 'callbacks', done.join(','));
    server.close();
  });
});
