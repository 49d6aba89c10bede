'use strict';
// Stream event order for compressing and decompressing streams.
const zlib = require('zlib');

function watch(label, s) {
  const events = [];
  for (const ev of ['pipe', 'finish', 'prefinish', 'end', 'close', 'error']) {
    s.on(ev, (e) => {
      events.push(ev === 'error' ? `error:${e.code}` : ev);
      if (ev === 'close') console.log(label, events.join(' '), s.destroyed, s._closed);
    });
  }
  let bytes = 0;
  s.on('data', (d) => { bytes += d.length; if (!events.includes('data')) events.push('data'); });
  return s;
}
const gz = watch('gzip', zlib.createGzip());
gz.write('abc');
gz.end('def');
const gun = watch('gunzip', zlib.createGunzip());
gun.end(zlib.gzipSync('payload'));
const bad = watch('bad', zlib.createInflate());
bad.end(Buffer.from('nonsense'));
const br = watch('brotli', zlib.createBrotliCompress());
br.end('brotli data');
const empty = watch('empty', zlib.createDeflate());
empty.end();
const destroyed = watch('destroyed', zlib.createDeflate());
destroyed.write('x');
destroyed.destroy();
