'use strict';
// http compat: close idle connections
const { http, net, clean, show, serve, raw, fetchIt, strip, C } = require('./fixtures/harness');

(async () => {
const s = await serve((req, res) => { if (req.url === '/slow') setTimeout(() => res.end('slow'), 100); else res.end('fast'); });
const p = s.address().port;
const idle = net.connect(p, '127.0.0.1');
idle.write('GET /fast HTTP/1.1\r\nHost: a\r\n\r\n');
const busy = net.connect(p, '127.0.0.1');
let busyData = '';
busy.setEncoding('latin1');
busy.on('data', (d) => busyData += d);
idle.on('close', () => console.log('idle closed'));
busy.on('close', () => console.log('busy closed, got body', busyData.endsWith('slow')));
idle.once('data', () => {
  busy.write('GET /slow HTTP/1.1\r\nHost: a\r\n\r\n');
  setTimeout(() => { s.closeIdleConnections(); setTimeout(() => { s.close(); }, 150); }, 20);
});
s.on('close', () => console.log('server close'));
})();
