'use strict';
// Certificate verification failures as the client sees them, with and without
// rejectUnauthorized: error codes/messages and authorized/authorizationError.
const tls = require('tls');
const { fixture, listen, close } = require('./fixtures/common');

const cases = [
  ['self-signed', { key: 'agent2.key', cert: 'agent2.pem' }, {}],
  ['self-signed trusted', { key: 'agent2.key', cert: 'agent2.pem' }, { ca: 'agent2.pem' }],
  ['unknown CA', { key: 'agent1.key', cert: 'agent1.pem' }, {}],
  ['known CA', { key: 'agent1.key', cert: 'agent1.pem' }, { ca: 'ca.pem' }],
  ['expired', { key: 'expired.key', cert: 'expired.pem' }, { ca: 'ca.pem' }],
  ['chain, root untrusted', { key: 'agent4.key', cert: 'agent4-chain.pem' }, {}],
  ['chain, root trusted', { key: 'agent4.key', cert: 'agent4-chain.pem' }, { ca: 'ca.pem' }],
  ['leaf only, root trusted', { key: 'agent4.key', cert: 'agent4.pem' }, { ca: 'ca.pem' }],
  ['leaf only, ca + inter', { key: 'agent4.key', cert: 'agent4.pem' }, { ca: ['ca.pem', 'inter.pem'] }],
  ['wrong CA', { key: 'agent1.key', cert: 'agent1.pem' }, { ca: 'agent2.pem' }],
];

function attempt(port, clientOpts, reject) {
  return new Promise((resolve) => {
    const opts = { port, host: 'localhost', rejectUnauthorized: reject };
    if (clientOpts.ca) {
      opts.ca = [].concat(clientOpts.ca).map(fixture);
    }
    const c = tls.connect(opts);
    c.on('secureConnect', () => {
      const r = `secure authorized=${c.authorized} authorizationError=${c.authorizationError}`;
      c.destroy();
      resolve(r);
    });
    c.on('error', (err) => resolve(`error ${err.code} ${JSON.stringify(err.message)} ` +
                                   `${err instanceof Error}`));
  });
}

(async () => {
  for (const [name, serverOpts, clientOpts] of cases) {
    const server = tls.createServer({
      key: fixture(serverOpts.key),
      cert: fixture(serverOpts.cert),
    }, (s) => s.on('error', () => {}).end());
    server.on('tlsClientError', () => {});
    const port = await listen(server);
    console.log(name);
    console.log('  reject:', await attempt(port, clientOpts, true));
    console.log('  accept:', await attempt(port, clientOpts, false));
    await close(server);
  }
})();
