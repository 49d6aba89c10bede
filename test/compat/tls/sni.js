'use strict';
// SNI: the client's servername, server.addContext() with wildcards, an asynchronous
// SNICallback and what each side then sees.
const tls = require('tls');
const { fixture, listen, close } = require('./fixtures/common');

function connect(port, servername) {
  return new Promise((resolve) => {
    const opts = { port, host: '127.0.0.1', ca: fixture('ca.pem'), rejectUnauthorized: false };
    if (servername !== undefined) opts.servername = servername;
    const c = tls.connect(opts, () => {
      resolve(`cert CN=${c.getPeerCertificate().subject.CN} authorized=${c.authorized}`);
      c.end();
    });
    c.on('error', (err) => resolve(`error ${err.code}`));
    c.resume();
  });
}

(async () => {
  const server = tls.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem') });
  server.addContext('other.example.com', { key: fixture('agent3.key'), cert: fixture('agent3.pem') });
  server.addContext('*.wild.example.com', tls.createSecureContext({
    key: fixture('ec.key'), cert: fixture('ec.pem'),
  }));
  const seen = [];
  server.on('secureConnection', (s) => {
    seen.push(s.servername);
    s.end();
  });
  const port = await listen(server);
  for (const name of ['localhost', 'other.example.com', 'x.wild.example.com', 'nomatch.test', undefined]) {
    console.log(name, await connect(port, name));
  }
  console.log('server saw', seen);
  await close(server);

  const calls = [];
  const server2 = tls.createServer({
    key: fixture('agent1.key'),
    cert: fixture('agent1.pem'),
    SNICallback(name, cb) {
      calls.push(name);
      if (name === 'fail.test') return cb(new Error('no context for you'));
      setTimeout(() => cb(null, name === 'other.example.com' ?
        tls.createSecureContext({ key: fixture('agent3.key'), cert: fixture('agent3.pem') }) :
        undefined), 5);
    },
  });
  server2.on('secureConnection', (s) => s.end());
  server2.on('tlsClientError', (err) => console.log('tlsClientError', err.message));
  const port2 = await listen(server2);
  console.log('cb other', await connect(port2, 'other.example.com'));
  console.log('cb default', await connect(port2, 'localhost'));
  console.log('cb error', await connect(port2, 'fail.test'));
  console.log('calls', calls);
  await close(server2);
  try {
    server2.addContext('', {});
  } catch (err) {
    console.log(err.code, err.message);
  }
})();
