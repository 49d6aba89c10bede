'use strict';
// Bulk data both ways through TLS with back-pressure: 4 MiB echoed, checked by hash.
const tls = require('tls');
const crypto = require('crypto');
const { fixture, listen } = require('./fixtures/common');

const size = 4 * 1024 * 1024;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i++) data[i] = (i * 7 + (i >> 10)) & 0xff;
const want = crypto.createHash('sha256').update(data).digest('hex');

const server = tls.createServer({ key: fixture('agent1.key'), cert: fixture('agent1.pem') }, (s) => {
  s.pipe(s);
});
listen(server).then((port) => {
  const c = tls.connect({ port, host: 'localhost', ca: fixture('ca.pem') }, () => {
    let off = 0;
    let drains = 0;
    const pump = () => {
      while (off < size) {
        const chunk = data.subarray(off, off + 65536);
        off += chunk.length;
        if (!c.write(chunk)) {
          drains++;
          c.once('drain', pump);
          return;
        }
      }
      c.end();
      console.log('had back-pressure', drains > 0);
    };
    pump();
  });
  const hash = crypto.createHash('sha256');
  let total = 0;
  let paused = false;
  c.on('data', (d) => {
    hash.update(d);
    total += d.length;
    if (!paused && total > size / 2) {
      paused = true;
      c.pause();
      setTimeout(() => c.resume(), 50);
    }
  });
  c.on('end', () => {
    console.log('received', total, hash.digest('hex') === want);
    console.log('bytesWritten', c.bytesWritten, 'bytesRead >= size', c.bytesRead >= size);
    server.close();
  });
});
