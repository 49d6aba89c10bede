// compression middleware (gzip/deflate/br via zlib) with express: thresholds, filters, streaming.
const http = require('http');
const zlib = require('zlib');
const express = require('express');
const compression = require('compression');

const app = express();
app.use(compression({ threshold: 100 }));
const big = 'The quick brown fox jumps over the lazy dog. '.repeat(500);
app.get('/big', (req, res) => res.type('text').send(big));
app.get('/small', (req, res) => res.type('text').send('tiny'));
app.get('/json', (req, res) => res.json({ items: Array.from({ length: 200 }, (_, i) => ({ i, name: 'item' + i })) }));
app.get('/image', (req, res) => res.type('image/png').send(Buffer.alloc(5000, 0x41)));
app.get('/nocomp', (req, res) => { res.set('Cache-Control', 'no-transform'); res.type('text').send(big); });
app.get('/stream', (req, res) => {
  res.type('text');
  let n = 0;
  const tick = () => {
    if (n === 20) return res.end('END');
    res.write(`chunk ${n++} ${'z'.repeat(100)}\n`);
    if (n % 5 === 0) res.flush();
    setImmediate(tick);
  };
  tick();
});

function get(port, path, enc) {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path, headers: enc ? { 'accept-encoding': enc } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ res, raw: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

function decode(raw, enc) {
  if (enc === 'gzip') return zlib.gunzipSync(raw);
  if (enc === 'deflate') return zlib.inflateSync(raw);
  if (enc === 'br') return zlib.brotliDecompressSync(raw);
  return raw;
}

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const cases = [
    ['/big', 'gzip'], ['/big', 'deflate'], ['/big', 'br'], ['/big', 'gzip, deflate, br'], ['/big', null],
    ['/big', 'identity'], ['/small', 'gzip'], ['/json', 'gzip'], ['/image', 'gzip'], ['/nocomp', 'gzip'],
    ['/stream', 'gzip'], ['/stream', 'deflate'],
  ];
  for (const [p, enc] of cases) {
    const { res, raw } = await get(port, p, enc);
    const ce = res.headers['content-encoding'];
    const body = decode(raw, ce).toString();
    console.log(p, enc, res.statusCode, ce || '-', res.headers.vary || '-', res.headers['transfer-encoding'] || '-',
      'compressed:', ce ? raw.length < body.length : false, 'len:', body.length, body.slice(0, 30).replace(/\n/g, '|'), body.slice(-12).replace(/\n/g, '|'));
  }
  server.close(() => console.log('closed'));
});
