'use strict';
// http compat: server timeout
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { /* never answers */ });
s.setTimeout(50, (sock) => { console.log('server timeout event'); sock.destroy(); });
console.log(s.timeout);
show(await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n\r\n'));
s.close();
})();
