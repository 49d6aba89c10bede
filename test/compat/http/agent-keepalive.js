'use strict';
// http compat: agent keepalive
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const agent = new http.Agent({ keepAlive: true });
const s = await serve((req, res) => res.end('n'));
const p = s.address().port;
let first;
for (let i = 0; i < 3; i++) {
  await new Promise((resolve) => {
    const req = http.get({ port: p, host: '127.0.0.1', agent }, (res) => {
      console.log(i, 'reused', req.reusedSocket, 'same', first === undefined ? 'n/a' : first === req.socket, res.headers.connection);
      first ??= req.socket;
      res.resume(); res.on('end', () => setTimeout(resolve, 10));
    });
  });
  console.log('free', Object.values(agent.freeSockets).flat().length, 'busy', Object.values(agent.sockets).flat().length);
}
agent.destroy();
s.close();
})();
