// fastify 5: routes, params/query, JSON schema validation and serialization, hooks, plugins with
// encapsulation, decorators, error handlers, 404, streams, inject() and real HTTP on port 0.
const http = require('http');
const { Readable } = require('stream');
const Fastify = require('fastify');

const app = Fastify({ logger: false });
app.decorate('greet', (n) => `hello ${n}`);
app.decorateRequest('tag', null);
app.addHook('onRequest', async (req) => { req.tag = 'tagged'; });
app.addHook('onSend', async (req, reply, payload) => { reply.header('x-hooked', '1'); return payload; });

app.get('/hello/:name', async (req) => ({ msg: app.greet(req.params.name), q: req.query, tag: req.tag }));
app.post('/items', {
  schema: {
    body: { type: 'object', required: ['name'], properties: { name: { type: 'string', minLength: 2 }, qty: { type: 'integer', default: 1 } } },
    response: { 201: { type: 'object', properties: { id: { type: 'integer' }, name: { type: 'string' }, qty: { type: 'integer' } } } },
  },
}, async (req, reply) => { reply.code(201); return { id: 7, secret: 'dropped by serializer', ...req.body }; });
app.get('/error', async () => { const e = new Error('custom failure'); e.statusCode = 418; throw e; });
app.get('/crash', async () => { throw new TypeError('unexpected'); });
app.get('/stream', (req, reply) => { reply.type('text/plain').send(Readable.from(['a', 'b', 'c'])); });
app.get('/buffer', (req, reply) => reply.type('application/octet-stream').send(Buffer.from('bytes!')));
app.get('/redirect', (req, reply) => reply.redirect('/hello/redirected', 302));
app.route({ method: ['PUT', 'PATCH'], url: '/multi', handler: async (req) => ({ method: req.method, body: req.body }) });
app.addContentTypeParser('text/csv', { parseAs: 'string' }, (req, body, done) => done(null, body.split(',')));
app.post('/csv', async (req) => ({ cols: req.body }));

app.register(async (child) => {
  child.decorate('inner', 'only in child');
  child.addHook('preHandler', async (req, reply) => { if (req.headers['x-block']) reply.code(403).send({ blocked: true }); });
  child.get('/info', async () => ({ inner: child.inner, outerHas: app.hasDecorator('inner') }));
  child.setErrorHandler(async (err, req, reply) => reply.code(500).send({ handled: err.message }));
  child.get('/fail', async () => { throw new Error('child fail'); });
}, { prefix: '/v1' });

app.setNotFoundHandler((req, reply) => reply.code(404).send({ notFound: req.url }));

function request(port, method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let d = '';
      res.setEncoding('utf8');
      res.on('data', (c) => d += c);
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], hooked: res.headers['x-hooked'], loc: res.headers.location, body: d }));
    });
    r.on('error', reject);
    r.end(body);
  });
}

(async () => {
  const inj = await app.inject({ method: 'GET', url: '/hello/inject?x=1' });
  console.log('inject', inj.statusCode, inj.headers['content-type'], inj.body);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = app.server.address().port;
  const json = { 'content-type': 'application/json' };
  const cases = [
    ['GET', '/hello/world?a=1&b=2'],
    ['POST', '/items', json, JSON.stringify({ name: 'widget' })],
    ['POST', '/items', json, JSON.stringify({ name: 'w' })],
    ['POST', '/items', json, JSON.stringify({ qty: 3 })],
    ['POST', '/items', json, '{broken'],
    ['GET', '/error'],
    ['GET', '/crash'],
    ['GET', '/stream'],
    ['GET', '/buffer'],
    ['GET', '/redirect'],
    ['PUT', '/multi', json, '{"x":1}'],
    ['PATCH', '/multi', json, '{"y":2}'],
    ['DELETE', '/multi'],
    ['POST', '/csv', { 'content-type': 'text/csv' }, 'a,b,c'],
    ['POST', '/csv', { 'content-type': 'application/xml' }, '<a/>'],
    ['GET', '/v1/info'],
    ['GET', '/v1/info', { 'x-block': '1' }],
    ['GET', '/v1/fail'],
    ['GET', '/nowhere?z=9'],
  ];
  for (const [m, p, h, b] of cases) {
    const r = await request(port, m, p, h, b);
    let body = r.body;
    try { const o = JSON.parse(body); if (o.message) o.message = o.message.replace(/Unexpected.*|Expected.*/, '<json error>'); body = JSON.stringify(o); } catch {}
    console.log(m, p, r.status, r.type, r.hooked || '-', r.loc || '-', body);
  }
  await app.close();
  console.log('closed', app.server.listening);
})();
