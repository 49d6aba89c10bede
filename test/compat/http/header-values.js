'use strict';
// http compat: header values
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
const s = await serve((req, res) => {
  res.setHeader('X-Num', 1.5);
  res.setHeader('X-Arr', ['a', 'b']);
  res.setHeader('X-Bool', true);
  res.setHeader('X-Latin', 'caf\u00e9');
  res.setHeader('Cookie', ['c1', 'c2']);
  res.end();
});
show(await raw(s.address().port, 'GET / HTTP/1.1\r\nHost: a\r\n' + C + '\r\n'));
s.close();
})();
