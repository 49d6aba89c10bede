// multer: multipart uploads (fields, several files, memory and disk storage, limits, filters) and
// one ~50 MB file streamed in chunks to disk storage.
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');
const express = require('express');
const multer = require('multer');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'multer-test-'));
const app = express();
const mem = multer({ storage: multer.memoryStorage(), limits: { fileSize: 1024 * 1024 } });
const disk = multer({
  storage: multer.diskStorage({ destination: dir, filename: (req, file, cb) => cb(null, 'up-' + file.fieldname + '-' + file.originalname) }),
});
const filtered = multer({ fileFilter: (req, file, cb) => cb(null, file.mimetype.startsWith('image/')) });
const small = multer({ limits: { fileSize: 10 } });

const fileInfo = (f) => ({ field: f.fieldname, name: f.originalname, type: f.mimetype, size: f.size,
  sha: crypto.createHash('sha256').update(f.buffer || fs.readFileSync(f.path)).digest('hex').slice(0, 16) });

app.post('/fields', mem.none(), (req, res) => res.json({ body: req.body }));
app.post('/mem', mem.fields([{ name: 'a', maxCount: 2 }, { name: 'b' }]), (req, res) => {
  const files = {};
  for (const k of Object.keys(req.files).sort()) files[k] = req.files[k].map(fileInfo);
  res.json({ body: req.body, files });
});
app.post('/disk', disk.single('big'), (req, res) => res.json({ body: req.body, file: fileInfo(req.file), inDir: path.dirname(req.file.path) === dir }));
app.post('/filter', filtered.array('f'), (req, res) => res.json({ kept: req.files.map((f) => f.originalname) }));
app.post('/small', small.single('f'), (req, res) => res.json({ ok: true }));
app.post('/wrongfield', mem.single('expected'), (req, res) => res.json({ ok: true }));
app.use((err, req, res, next) => res.status(err instanceof multer.MulterError ? 413 : 500).json({ name: err.name, code: err.code, message: err.message, field: err.field }));

const BOUNDARY = '----cnodeBoundary7MA4YWxkTrZu0gW';
function part(name, value, filename, type) {
  let h = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"`;
  if (filename) h += `; filename="${filename}"\r\nContent-Type: ${type || 'application/octet-stream'}`;
  return Buffer.concat([Buffer.from(h + '\r\n\r\n'), Buffer.from(value), Buffer.from('\r\n')]);
}
const end = Buffer.from(`--${BOUNDARY}--\r\n`);

function post(port, p, parts) {
  return new Promise((resolve, reject) => {
    const body = Buffer.concat([...parts, end]);
    const r = http.request({ host: '127.0.0.1', port, method: 'POST', path: p,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'content-length': body.length } }, (res) => {
      let d = '';
      res.setEncoding('utf8');
      res.on('data', (c) => d += c);
      res.on('end', () => resolve(res.statusCode + ' ' + d));
    });
    r.on('error', reject);
    r.end(body);
  });
}

// Streams a ~50 MB file in 64 KiB chunks (chunked transfer encoding), honouring backpressure.
function postBig(port, size) {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    const r = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/disk',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` } }, (res) => {
      let d = '';
      res.on('data', (c) => d += c);
      res.on('end', () => resolve({ status: res.statusCode, body: d, sent: hash.digest('hex').slice(0, 16) }));
    });
    r.on('error', reject);
    r.write(part('title', 'big one'));
    r.write(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="big"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`);
    const chunk = Buffer.alloc(65536);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        const n = Math.min(chunk.length, size - sent);
        for (let i = 0; i < n; i += 4096) chunk.writeUInt32BE((sent + i) >>> 0, i);
        const piece = chunk.subarray(0, n);
        hash.update(piece);
        sent += n;
        if (!r.write(piece)) return r.once('drain', pump);
      }
      r.end(Buffer.concat([Buffer.from('\r\n'), end]));
    };
    pump();
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log(await post(port, '/fields', [part('name', 'cnode'), part('list[]', 'x'), part('list[]', 'y'), part('utf', 'h\u00e9 \u2603')]));
  console.log(await post(port, '/mem', [part('a', 'first file', 'one.txt', 'text/plain'), part('t', 'v'),
    part('a', Buffer.alloc(3000, 1), 'two.bin'), part('b', '<svg/>', 'pic.svg', 'image/svg+xml')]));
  console.log(await post(port, '/mem', [part('a', '1', 'x1'), part('a', '2', 'x2'), part('a', '3', 'x3')]));
  console.log(await post(port, '/mem', [part('a', Buffer.alloc(2 * 1024 * 1024), 'huge.bin')]));
  console.log(await post(port, '/filter', [part('f', 'png', 'a.png', 'image/png'), part('f', 'txt', 'b.txt', 'text/plain'), part('f', 'gif', 'c.gif', 'image/gif')]));
  console.log(await post(port, '/small', [part('f', 'this is more than ten bytes', 'f.txt')]));
  console.log(await post(port, '/wrongfield', [part('other', 'data', 'f.txt')]));
  const big = await postBig(port, 50 * 1024 * 1024 + 123);
  const info = JSON.parse(big.body);
  console.log('big', big.status, JSON.stringify(info.body), info.file.name, info.file.size, info.file.sha === big.sent, info.inDir);
  console.log('on disk', fs.readdirSync(dir).sort().join(','), fs.statSync(path.join(dir, 'up-big-big.bin')).size);
  fs.rmSync(dir, { recursive: true, force: true });
  server.close(() => console.log('closed'));
});
