'use strict';
// http compat: response events
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const events = [];
const s = await serve((req, res) => {
  for (const e of ['finish', 'close', 'prefinish']) res.on(e, () => events.push('res ' + e));
  res.on('socket', () => events.push('res socket'));
  res.end('x', () => events.push('end cb'));
  events.push('after end finished=' + res.finished + ' writableEnded=' + res.writableEnded);
});
await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n');
await new Promise((r) => setTimeout(r, 20));
console.log(events.join('\n'));
s.close();
})();
