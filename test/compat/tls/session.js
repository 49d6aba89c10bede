'use strict';
// Session resumption: getSession()/session option and isSessionReused() for TLS 1.2, and the
// 'session' event with TLS 1.3 tickets.
const tls = require('tls');
const { fixture, listen, close } = require('./fixtures/common');

function connect(port, extra) {
  return new Promise((resolve) => {
    const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem'), ...extra });
    const sessions = [];
    c.on('session', (s) => sessions.push(s));
    c.on('secureConnect', () => {
      c.write('x');
    });
    c.on('data', () => {
      const s = c.getSession();
      resolve({
        reused: c.isSessionReused(), authorized: c.authorized, protocol: c.getProtocol(),
        session: sessions.length ? sessions[sessions.length - 1] : s,
        sessionIsBuffer: Buffer.isBuffer(s), sessionEvents: sessions.length > 0,
      });
      c.end();
    });
    c.on('error', (err) => resolve({ error: err.code }));
  });
}

(async () => {
  for (const version of ['TLSv1.2', 'TLSv1.3']) {
    const server = tls.createServer({
      key: fixture('agent1.key'), cert: fixture('agent1.pem'), maxVersion: version,
    }, (s) => s.on('data', () => s.write('y')));
    const port = await listen(server);
    const first = await connect(port, {});
    console.log(version, 'first', first.protocol, first.reused, first.authorized, first.sessionIsBuffer,
                first.sessionEvents);
    const second = await connect(port, { session: first.session });
    console.log(version, 'second', second.protocol, second.reused, second.authorized);
    const third = await connect(port, {});
    console.log(version, 'third', third.reused);
    await close(server);
  }
})();
