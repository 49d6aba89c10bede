'use strict';
// Host name checks during tls.connect: servername vs. certificate names, IP hosts, and a
// custom checkServerIdentity.
const tls = require('tls');
const { fixture, listen } = require('./fixtures/common');

const server = tls.createServer({ key: fixture('agent3.key'), cert: fixture('agent3.pem') },
                                (s) => s.end());

function attempt(port, extra) {
  return new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1', ca: fixture('ca.pem'), ...extra });
    c.on('secureConnect', () => {
      resolve(`ok authorized=${c.authorized} ${c.authorizationError}`);
      c.destroy();
    });
    c.on('error', (err) => {
      resolve(`error ${err.name} ${err.code} ${JSON.stringify(err.message)} reason=` +
              `${JSON.stringify(err.reason)} host=${err.host} cert=${err.cert && err.cert.subject.CN}`);
    });
  });
}

listen(server).then(async (port) => {
  const names = ['other.example.com', 'OTHER.example.com', 'other.example.com.', 'a.wild.example.com',
                 'b.a.wild.example.com', 'wild.example.com', 'localhost', 'example.com'];
  for (const servername of names) {
    console.log(servername, await attempt(port, { servername }));
  }
  console.log('IP host', await attempt(port, {}));
  console.log('mismatch, accepted', await attempt(port, { servername: 'nope.test',
                                                          rejectUnauthorized: false }));
  const seen = [];
  console.log('custom ok', await attempt(port, {
    servername: 'nope.test',
    checkServerIdentity(host, cert) {
      seen.push(`${host} ${cert.subject.CN} ${typeof cert.issuerCertificate}`);
      return undefined;
    },
  }));
  console.log('custom error', await attempt(port, {
    servername: 'other.example.com',
    checkServerIdentity() {
      const e = new Error('custom says no');
      e.code = 'CUSTOM';
      return e;
    },
  }));
  console.log(seen);
  server.close();
});
