'use strict';
// http compat: close idle connections
const http = require('http');
const net = require('net');
const clean = (s) => s.replace(/Date: [^\r]*\r\n/g, 'Date: <date>\r\n');
const show = (x) => console.log(JSON.stringify(x));
function serve(opts, handler) {
  return new Promise((resolve) => {
    const s = typeof opts === 'function' ? http.createServer(opts) : http.createServer(opts, handler);
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}
function raw(port, data, end) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => { c.write(data); if (end) c.end(); });
    let d = '';
    c.setEncoding('latin1');
    c.on('data', (x) => { d += x; });
    c.on('error', () => {});
    c.on('close', () => resolve(clean(d)));
  });
}
function fetchIt(port, opts, body) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, ...opts }, (res) => {
      let b = '';
      res.setEncoding('utf8');
      res.on('data', (x) => { b += x; });
      res.on('end', () => resolve({ status: res.statusCode, msg: res.statusMessage, headers: strip(res.headers), body: b }));
    });
    req.on('error', (e) => resolve({ error: e.code, message: e.message }));
    if (body !== undefined) req.end(body); else req.end();
  });
}
function strip(h) {
  const o = {};
  for (const k of Object.keys(h).sort()) if (k !== 'date') o[k] = h[k];
  return o;
}
const C = 'Connection: close\r\n';

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
