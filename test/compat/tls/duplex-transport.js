'use strict';
// TLS over a generic Duplex (no file descriptor): both ends of an in-memory pipe.
const tls = require('tls');
const { Duplex } = require('stream');
const { fixture } = require('./fixtures/common');

function pipePair() {
  const a = new Duplex({
    read() {},
    write(chunk, enc, cb) { b.push(chunk); cb(); },
    final(cb) { b.push(null); cb(); },
  });
  const b = new Duplex({
    read() {},
    write(chunk, enc, cb) { a.push(chunk); cb(); },
    final(cb) { a.push(null); cb(); },
  });
  return [a, b];
}

const [left, right] = pipePair();
const server = new tls.TLSSocket(right, {
  isServer: true,
  secureContext: tls.createSecureContext({ key: fixture('agent1.key'), cert: fixture('agent1.pem') }),
});
server.on('secure', () => console.log('server secure', server.getProtocol()));
server.setEncoding('utf8');
server.on('data', (d) => {
  console.log('server got', d);
  server.end(`echo:${d}`);
});
const client = tls.connect({ socket: left, servername: 'localhost', ca: fixture('ca.pem') }, () => {
  console.log('client secure', client.authorized, client.getPeerCertificate().subject.CN);
  client.write('over a duplex');
});
let got = '';
client.setEncoding('utf8');
client.on('data', (d) => { got += d; });
client.on('end', () => console.log('client got', got));
