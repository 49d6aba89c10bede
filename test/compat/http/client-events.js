'use strict';
// http compat: client events
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const events = [];
const s = await serve((req, res) => { req.resume(); req.on('end', () => res.end('ok')); });
await new Promise((resolve) => {
  const req = http.request({ port: s.address().port, host: '127.0.0.1', method: 'POST' });
  for (const e of ['socket', 'finish', 'close', 'prefinish']) req.on(e, () => events.push('req ' + e));
  req.on('response', (res) => {
    events.push('req response ' + res.statusCode);
    res.on('data', (d) => events.push('res data ' + d));
    res.on('end', () => events.push('res end'));
    res.on('close', () => { events.push('res close'); setTimeout(resolve, 20); });
  });
  req.end('x');
});
console.log(events.join('\n'));
s.close();
})();
