'use strict';
// http compat: client abort signal
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
const s = await serve((req, res) => { setTimeout(() => res.end('late'), 200); });
const p = s.address().port;
await new Promise((resolve) => {
  const ac = new AbortController();
  const req = http.get({ port: p, host: '127.0.0.1', signal: ac.signal });
  req.on('error', (e) => console.log('error', e.name, e.code, e.message));
  req.on('close', () => { console.log('close', req.destroyed); resolve(); });
  setTimeout(() => ac.abort(), 20);
});
await new Promise((resolve) => {
  const req = http.get({ port: p, host: '127.0.0.1', signal: AbortSignal.abort() });
  req.on('error', (e) => console.log('pre-aborted', e.name, e.code));
  req.on('close', resolve);
});
s.closeAllConnections(); s.close();
})();
