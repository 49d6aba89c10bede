// hono on @hono/node-server: routing, params, middleware, JSON/text/form bodies, headers, cookies,
// streaming responses, errors and 404, on a real server bound to port 0.
const http = require('http');
const { Hono } = require('hono');
const { serve } = require('@hono/node-server');
const { cors } = require('hono/cors');
const { getCookie, setCookie } = require('hono/cookie');
const { stream } = require('hono/streaming');
const { HTTPException } = require('hono/http-exception');

const app = new Hono();
app.use('*', async (c, next) => { await next(); c.header('x-mw', 'yes'); });
app.use('/api/*', cors({ origin: 'http://ok.test' }));
app.get('/', (c) => c.text('root'));
app.get('/user/:id{[0-9]+}', (c) => c.json({ id: c.req.param('id'), q: c.req.query('q'), all: c.req.queries('t') }));
app.post('/json', async (c) => c.json({ got: await c.req.json(), ct: c.req.header('content-type') }, 201));
app.post('/form', async (c) => { const b = await c.req.parseBody(); return c.json(b); });
app.put('/text', async (c) => c.text('len ' + (await c.req.text()).length));
app.get('/api/data', (c) => c.json([1, 2, 3]));
app.get('/cookie', (c) => { setCookie(c, 'sess', 'abc', { path: '/', httpOnly: true }); return c.text('seen ' + getCookie(c, 'in')); });
app.get('/redirect', (c) => c.redirect('/'));
app.get('/html', (c) => c.html('<h1>hi</h1>'));
app.get('/stream', (c) => stream(c, async (s) => { for (const p of ['one ', 'two ', 'three']) { await s.write(p); await s.sleep(1); } }));
app.get('/bin', (c) => c.body(new Uint8Array([1, 2, 3, 255]), 200, { 'content-type': 'application/octet-stream' }));
app.get('/throw', () => { throw new HTTPException(401, { message: 'no auth' }); });
app.get('/boom', () => { throw new Error('boom'); });
app.onError((err, c) => (err instanceof HTTPException ? err.getResponse() : c.text('error: ' + err.message, 500)));
app.notFound((c) => c.text('nothing at ' + c.req.path, 404));

function request(port, method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
    });
    r.on('error', reject);
    r.end(body);
  });
}

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, async (info) => {
  const port = info.port;
  const cases = [
    ['GET', '/'],
    ['GET', '/user/42?q=x&t=1&t=2'],
    ['GET', '/user/abc'],
    ['POST', '/json', { 'content-type': 'application/json' }, JSON.stringify({ a: [1, { b: 2 }] })],
    ['POST', '/form', { 'content-type': 'application/x-www-form-urlencoded' }, 'x=1&y=two'],
    ['PUT', '/text', { 'content-type': 'text/plain' }, 'x'.repeat(100000)],
    ['GET', '/api/data', { origin: 'http://ok.test' }],
    ['OPTIONS', '/api/data', { origin: 'http://ok.test', 'access-control-request-method': 'POST' }],
    ['GET', '/cookie', { cookie: 'in=val1' }],
    ['GET', '/redirect'],
    ['GET', '/html'],
    ['GET', '/stream'],
    ['GET', '/bin'],
    ['GET', '/throw'],
    ['GET', '/boom'],
    ['HEAD', '/'],
    ['DELETE', '/missing'],
  ];
  for (const [m, p, h, b] of cases) {
    const { res, body } = await request(port, m, p, h, b);
    const hs = ['content-type', 'x-mw', 'location', 'set-cookie', 'access-control-allow-origin', 'access-control-allow-methods', 'transfer-encoding']
      .filter((k) => res.headers[k] !== undefined).map((k) => `${k}=${res.headers[k]}`).join(' ');
    const text = (res.headers['content-type'] || '').includes('octet') ? body.toString('hex') : body.toString();
    console.log(m, p, res.statusCode, hs, JSON.stringify(text.length > 200 ? text.slice(0, 50) + '...' : text));
  }
  server.close(() => console.log('closed'));
});
