// cors middleware with express: simple requests, preflight, origin whitelist, credentials.
const http = require('http');
const express = require('express');
const cors = require('cors');

const app = express();
app.get('/open', cors(), (req, res) => res.json({ ok: 1 }));
const opts = {
  origin: (origin, cb) => cb(null, ['http://a.test', 'http://b.test'].includes(origin)),
  credentials: true,
  methods: ['GET', 'PUT'],
  allowedHeaders: ['X-Custom', 'Content-Type'],
  exposedHeaders: ['X-Total'],
  maxAge: 600,
};
app.options('/strict', cors(opts));
app.put('/strict', cors(opts), (req, res) => { res.set('X-Total', '3'); res.send('put ok'); });
app.get('/regex', cors({ origin: /\.example$/ }), (req, res) => res.send('regex'));
app.options('/reflect', cors({ origin: true, preflightContinue: false, optionsSuccessStatus: 200 }));

function request(port, method, path, headers) {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let d = '';
      res.on('data', (c) => d += c);
      res.on('end', () => {
        const h = {};
        for (const k of Object.keys(res.headers).sort()) if (k.startsWith('access-control') || k === 'vary') h[k] = res.headers[k];
        resolve({ status: res.statusCode, h, body: d });
      });
    });
    r.on('error', reject);
    r.end();
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const cases = [
    ['GET', '/open', {}],
    ['GET', '/open', { origin: 'http://anything.test' }],
    ['OPTIONS', '/strict', { origin: 'http://a.test', 'access-control-request-method': 'PUT', 'access-control-request-headers': 'x-custom' }],
    ['OPTIONS', '/strict', { origin: 'http://evil.test', 'access-control-request-method': 'PUT' }],
    ['PUT', '/strict', { origin: 'http://b.test' }],
    ['GET', '/regex', { origin: 'http://x.example' }],
    ['GET', '/regex', { origin: 'http://x.other' }],
    ['OPTIONS', '/reflect', { origin: 'http://r.test', 'access-control-request-method': 'DELETE', 'access-control-request-headers': 'x-a, x-b' }],
  ];
  for (const [m, p, h] of cases) {
    const r = await request(port, m, p, h);
    console.log(m, p, h.origin || '-', r.status, JSON.stringify(r.h), JSON.stringify(r.body));
  }
  server.close(() => console.log('closed'));
});
