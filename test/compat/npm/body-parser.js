// body-parser 2: json/urlencoded/text/raw parsers, limits, bad JSON, charset, inflated bodies.
const http = require('http');
const zlib = require('zlib');
const bodyParser = require('body-parser');

function send(port, method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body: Buffer.concat(chunks).toString() }));
    });
    r.on('error', reject);
    r.end(body);
  });
}

const json = bodyParser.json({ limit: '1kb' });
const urlenc = bodyParser.urlencoded({ extended: true });
const text = bodyParser.text();
const raw = bodyParser.raw({ type: 'application/octet-stream' });

const server = http.createServer((req, res) => {
  const parser = req.url === '/json' ? json : req.url === '/form' ? urlenc : req.url === '/text' ? text : raw;
  parser(req, res, (err) => {
    res.setHeader('content-type', 'application/json');
    if (err) {
      res.statusCode = err.status || 500;
      // JSON.parse's own wording is engine-specific: only its class and the error type are compared
      const message = err.type === 'entity.parse.failed' ? err.name + ' ' + (err.body || '').length : err.message;
      res.end(JSON.stringify({ status: err.status, type: err.type, message }));
      return;
    }
    let body = req.body;
    if (Buffer.isBuffer(body)) body = { buffer: body.toString('hex'), length: body.length };
    res.end(JSON.stringify({ body, bodyType: typeof req.body }));
  });
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const cases = [
    ['POST', '/json', { 'content-type': 'application/json' }, JSON.stringify({ a: 1, b: [true, null, 'x'] })],
    ['POST', '/json', { 'content-type': 'application/json; charset=utf-8' }, '{"unicode":"h\u00e9llo \u2603"}'],
    ['POST', '/json', { 'content-type': 'application/json' }, '{bad json'],
    ['POST', '/json', { 'content-type': 'application/json' }, JSON.stringify({ big: 'x'.repeat(2000) })],
    ['POST', '/json', { 'content-type': 'application/json' }, '"just a string"'],
    ['POST', '/json', { 'content-type': 'text/plain' }, '{"ignored":true}'],
    ['POST', '/json', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, zlib.gzipSync(JSON.stringify({ zipped: 'yes' }))],
    ['POST', '/json', { 'content-type': 'application/json', 'content-encoding': 'deflate' }, zlib.deflateSync(JSON.stringify({ deflated: 1 }))],
    ['POST', '/json', { 'content-type': 'application/json', 'content-encoding': 'bogus' }, '{}'],
    ['POST', '/form', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1&b[c]=2&d[]=x&d[]=y&e=%E2%9C%93'],
    ['POST', '/text', { 'content-type': 'text/plain' }, 'plain text body \u00fc'],
    ['POST', '/text', { 'content-type': 'text/plain; charset=latin1' }, Buffer.from([0x63, 0x61, 0x66, 0xe9])],
    ['POST', '/raw', { 'content-type': 'application/octet-stream' }, Buffer.from([0, 1, 2, 254, 255])],
    ['POST', '/json', { 'content-type': 'application/json', 'content-length': '0' }, ''],
  ];
  for (const [method, path, headers, body] of cases) {
    const r = await send(port, method, path, headers, body);
    console.log(method, path, r.status, r.body);
  }
  // Chunked request body
  const chunked = await new Promise((resolve) => {
    const r = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/json', headers: { 'content-type': 'application/json' } }, (res) => {
      let d = ''; res.setEncoding('utf8'); res.on('data', (c) => d += c); res.on('end', () => resolve(res.statusCode + ' ' + d));
    });
    r.write('{"parts":');
    setTimeout(() => { r.write('[1,2,'); setTimeout(() => r.end('3]}'), 5); }, 5);
  });
  console.log('chunked', chunked);
  server.close(() => console.log('closed'));
});
