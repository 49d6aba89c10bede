// undici client API (request, Client, Pool, Agent, stream, pipeline-free paths) against a local
// http server: methods, bodies, headers, keep-alive reuse, concurrency, errors, aborts.
const http = require('http');
const { Readable } = require('stream');
const undici = require('undici');

let connections = 0;
const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    if (u.pathname === '/json') { res.setHeader('content-type', 'application/json'); return res.end(JSON.stringify({ method: req.method, body, q: u.search, h: req.headers['x-h'] || null })); }
    if (u.pathname === '/status') { res.statusCode = Number(u.searchParams.get('c')); return res.end('status body'); }
    if (u.pathname === '/slow') return setTimeout(() => res.end('slow'), 300);
    if (u.pathname === '/big') { res.setHeader('content-type', 'text/plain'); return res.end('x'.repeat(1 << 20)); }
    if (u.pathname === '/chunks') { res.write('a'); setTimeout(() => { res.write('b'); res.end('c'); }, 5); return; }
    if (u.pathname === '/trailers') { res.setHeader('trailer', 'x-t'); res.write('t'); res.addTrailers({ 'x-t': 'done' }); return res.end(); }
    res.statusCode = 404; res.end();
  });
});
server.on('connection', () => connections++);

server.listen(0, '127.0.0.1', async () => {
  const origin = `http://127.0.0.1:${server.address().port}`;
  let r = await undici.request(origin + '/json?a=1', { headers: { 'x-h': 'v' } });
  console.log('request', r.statusCode, r.headers['content-type'], JSON.stringify(await r.body.json()));
  r = await undici.request(origin + '/json', { method: 'POST', body: 'posted' });
  console.log('post', r.statusCode, await r.body.text());
  r = await undici.request(origin + '/json', { method: 'PUT', body: Readable.from(['s1', 's2']) });
  console.log('stream body', await r.body.text());
  r = await undici.request(origin + '/status?c=503');
  console.log('status', r.statusCode, await r.body.text());
  r = await undici.request(origin + '/big');
  console.log('big', (await r.body.arrayBuffer()).byteLength);
  r = await undici.request(origin + '/chunks');
  const parts = []; for await (const c of r.body) parts.push(c.toString()); console.log('chunks', parts.join(''));
  r = await undici.request(origin + '/trailers');
  console.log('trailers', await r.body.text(), JSON.stringify(r.trailers));

  const client = new undici.Client(origin, { pipelining: 1 });
  const before = connections;
  for (let i = 0; i < 5; i++) { const x = await client.request({ path: '/json?i=' + i, method: 'GET' }); await x.body.text(); }
  console.log('client reuse connections', connections - before);
  await client.close();

  const pool = new undici.Pool(origin, { connections: 4 });
  const results = await Promise.all(Array.from({ length: 20 }, async (_, i) => {
    const x = await pool.request({ path: '/json?n=' + i, method: 'GET' });
    return JSON.parse(await x.body.text()).q;
  }));
  console.log('pool', results.length, results[0], results[19], 'stats connected<=4:', pool.stats.connected <= 4);
  await pool.close();

  const ac = new AbortController();
  setTimeout(() => ac.abort(), 20);
  try { await undici.request(origin + '/slow', { signal: ac.signal }); } catch (e) { console.log('abort', e.name, e.message); }
  try { await undici.request('http://127.0.0.1:1/'); } catch (e) { console.log('refused', e.code); }
  try { await undici.request('not a url'); } catch (e) { console.log('bad url', e.name, e.code); }

  const sink = [];
  await undici.stream(origin + '/json?s=1', { method: 'GET', opaque: sink }, ({ statusCode, opaque }) =>
    new (require('stream').Writable)({ write(c, e, cb) { opaque.push(c.toString()); cb(); } }));
  console.log('stream()', sink.join(''));
  const agent = new undici.Agent({ keepAliveTimeout: 100 });
  r = await undici.request(origin + '/json?agent=1', { dispatcher: agent });
  console.log('agent', r.statusCode, (await r.body.json()).q);
  await agent.close();
  server.close(() => console.log('closed'));
});
