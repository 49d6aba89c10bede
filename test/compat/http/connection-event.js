'use strict';
// http compat: connection event
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
let conns = 0, reqs = 0;
const s = await serve((req, res) => { reqs++; res.end(); });
s.on('connection', (sock) => { conns++; console.log('connection', sock instanceof net.Socket); });
const p = s.address().port;
await raw(p, 'GET / HTTP/1.1\r\nHost: a\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n');
await raw(p, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n');
console.log(conns, reqs);
s.close();
})();
