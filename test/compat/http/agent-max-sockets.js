'use strict';
// http compat: agent max sockets
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const order = [];
const s = await serve((req, res) => { order.push('srv ' + req.url); setTimeout(() => res.end(req.url), 5); });
const p = s.address().port;
await Promise.all([1, 2, 3].map((i) => new Promise((resolve) => {
  http.get({ port: p, host: '127.0.0.1', path: '/' + i, agent }, (res) => {
    let b = ''; res.on('data', (d) => b += d); res.on('end', () => { order.push('cli ' + b); resolve(); });
  });
  if (i === 3) console.log('queued', Object.values(agent.requests).flat().length);
})));
console.log(order.join(', '));
agent.destroy();
s.close();
})();
