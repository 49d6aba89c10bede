'use strict';
// ALPN negotiation: server preference, client-only lists, Buffer lists and no overlap.
const tls = require('tls');
const { fixture, listen, close } = require('./fixtures/common');

async function run(serverALPN, clientALPN) {
  const server = tls.createServer({
    key: fixture('agent1.key'), cert: fixture('agent1.pem'), ALPNProtocols: serverALPN,
  });
  const serverSeen = new Promise((resolve) => {
    server.on('secureConnection', (s) => {
      resolve(`server=${s.alpnProtocol}`);
      s.end();
    });
    server.on('tlsClientError', (err) => resolve(`tlsClientError ${err.code}`));
  });
  const port = await listen(server);
  const client = await new Promise((resolve) => {
    const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem'), ALPNProtocols: clientALPN },
                          () => {
                            resolve(`client=${c.alpnProtocol}`);
                            c.end();
                          });
    c.on('error', (err) => resolve(`client error ${err.code}`));
    c.resume();
  });
  console.log(JSON.stringify(serverALPN), JSON.stringify(clientALPN), client, await serverSeen);
  await close(server);
}

(async () => {
  await run(['h2', 'http/1.1'], ['http/1.1', 'h2']);
  await run(['http/1.1', 'h2'], ['h2', 'http/1.1']);
  await run(['a', 'b'], ['b']);
  await run(undefined, ['h2']);
  await run(['h2'], undefined);
  await run(['x'], ['y']);
  await run(['h2'], Buffer.from([2, 0x68, 0x32]));
  const out = {};
  tls.convertALPNProtocols(['h2', 'http/1.1'], out);
  console.log(out.ALPNProtocols);
  const out2 = {};
  tls.convertALPNProtocols(Buffer.from('abc'), out2);
  console.log(out2.ALPNProtocols);
})();
