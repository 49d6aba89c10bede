// axios (node http adapter) against a local http server: methods, JSON, params, headers,
// interceptors, errors, redirects, gzip/deflate/br, streams, timeouts, cancellation, form data.
const http = require('http');
const zlib = require('zlib');
const axios = require('axios');
const FormData = require('form-data');

const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => body += c);
  req.on('end', () => {
    const send = (status, obj, headers) => { res.writeHead(status, { 'content-type': 'application/json', ...headers }); res.end(JSON.stringify(obj)); };
    switch (u.pathname) {
      case '/echo':
        return send(200, { method: req.method, query: Object.fromEntries(u.searchParams), body, ct: req.headers['content-type'] || null,
          custom: req.headers['x-custom'] || null, auth: req.headers.authorization || null, intercepted: req.headers['x-int'] || null });
      case '/status': return send(Number(u.searchParams.get('code')), { code: Number(u.searchParams.get('code')) });
      case '/redirect': res.writeHead(302, { location: '/echo?from=redirect' }); return res.end();
      case '/loop': res.writeHead(302, { location: '/loop' }); return res.end();
      case '/gzip': res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }); return res.end(zlib.gzipSync('gzipped text'));
      case '/deflate': res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'deflate' }); return res.end(zlib.deflateSync('deflated text'));
      case '/br': res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'br' }); return res.end(zlib.brotliCompressSync('brotli text'));
      case '/slow': return setTimeout(() => send(200, { late: true }), 500);
      case '/stream': res.writeHead(200, { 'content-type': 'text/plain' }); res.write('part1-'); return setTimeout(() => res.end('part2'), 10);
      case '/bin': res.writeHead(200, { 'content-type': 'application/octet-stream' }); return res.end(Buffer.from([0, 1, 2, 3, 255]));
      case '/text': res.writeHead(200, { 'content-type': 'text/plain' }); return res.end('not json {');
      default: return send(404, { nope: u.pathname });
    }
  });
});

server.listen(0, '127.0.0.1', async () => {
  const api = axios.create({ baseURL: `http://127.0.0.1:${server.address().port}`, headers: { 'X-Custom': 'c1' } });
  api.interceptors.request.use((cfg) => { cfg.headers['X-Int'] = 'yes'; return cfg; });
  api.interceptors.response.use((r) => { r.data = r.data && r.data.constructor === Object ? { ...r.data, seen: true } : r.data; return r; });
  const show = (label, r) => console.log(label, r.status, r.headers['content-type'], JSON.stringify(r.data));
  const showErr = (label, e) => console.log(label, e.name, e.code, e.message, e.response ? e.response.status : '-', e.response ? JSON.stringify(e.response.data) : '-');

  show('get', await api.get('/echo', { params: { a: 1, b: ['x', 'y'], c: 'sp ace' } }));
  show('post json', await api.post('/echo', { hello: 'world', n: [1, 2] }));
  show('put form', await api.put('/echo', 'a=1&b=2', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
  show('patch auth', await api.patch('/echo', null, { auth: { username: 'u', password: 'p' } }));
  show('delete', await api.delete('/echo'));
  const head = await api.head('/echo'); console.log('head', head.status, JSON.stringify(head.data));
  show('redirect', await api.get('/redirect'));
  try { await api.get('/loop', { maxRedirects: 3 }); } catch (e) { showErr('loop', e); }
  for (const code of [400, 404, 500, 503]) { try { await api.get('/status', { params: { code } }); } catch (e) { showErr('status ' + code, e); } }
  show('validateStatus', await api.get('/status', { params: { code: 404 }, validateStatus: () => true }));
  for (const p of ['/gzip', '/deflate', '/br']) show(p, await api.get(p));
  try { await api.get('/slow', { timeout: 50 }); } catch (e) { showErr('timeout', e); }
  const ac = new AbortController();
  const pending = api.get('/slow', { signal: ac.signal });
  setTimeout(() => ac.abort(), 20);
  try { await pending; } catch (e) { console.log('abort', e.name, e.code, e.message, axios.isCancel(e)); }
  const s = await api.get('/stream', { responseType: 'stream' });
  let text = ''; for await (const c of s.data) text += c; console.log('stream', s.status, text);
  const b = await api.get('/bin', { responseType: 'arraybuffer' }); console.log('arraybuffer', Buffer.isBuffer(b.data), b.data.toString('hex'));
  show('text', await api.get('/text'));
  show('text as text', await api.get('/text', { responseType: 'text' }));
  const form = new FormData(); form.append('field', 'value'); form.append('file', Buffer.from('file body'), { filename: 'f.txt', contentType: 'text/plain' });
  const fr = await api.post('/echo', form, { headers: form.getHeaders() });
  console.log('form-data', fr.status, fr.data.ct.replace(/boundary=.*/, 'boundary=<b>'), fr.data.body.includes('name="file"; filename="f.txt"'), fr.data.body.includes('file body'));
  try { await axios.get('http://127.0.0.1:1/'); } catch (e) { console.log('refused', e.name, e.code); }
  server.close(() => console.log('closed'));
});
