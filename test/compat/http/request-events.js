'use strict';
// http compat: request events
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const events = [];
const s = await serve((req, res) => {
  for (const e of ['end', 'close', 'aborted']) req.on(e, () => events.push('req ' + e));
  req.on('data', (d) => events.push('req data ' + d));
  req.on('end', () => res.end('ok'));
  res.on('close', () => events.push('res close'));
});
await raw(s.address().port, 'POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n' + C + '\r\nhi');
await new Promise((r) => setTimeout(r, 20));
console.log(events.join('\n'));
s.close();
})();
