'use strict';
// http compat: response timeout event
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => {
  res.setTimeout(50, () => { console.log('res timeout'); res.end('timed'); });
});
show(await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n'));
s.close();
})();
