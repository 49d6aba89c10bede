'use strict';
// http compat: response from callback order
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const order = [];
const s = await serve((req, res) => { order.push('server request'); res.end('x'); });
s.on('connection', () => order.push('server connection'));
await new Promise((resolve) => {
  const req = http.get({ port: s.address().port, host: '127.0.0.1', agent: false }, (res) => {
    order.push('client response');
    res.on('data', () => order.push('client data'));
    res.on('end', () => order.push('client end'));
    res.on('close', () => { order.push('client res close'); resolve(); });
  });
  req.on('socket', () => order.push('client socket'));
  req.on('finish', () => order.push('client finish'));
});
console.log(order.join('\n'));
s.close();
})();
