'use strict';
// reset(): a handle starts a new stream with the same settings.
const zlib = require('zlib');

const d = zlib.createDeflate({ level: 9 });
const out = [];
d.on('data', (c) => out.push(c));
d.write('discarded input', () => {
  d.flush(() => {
    out.length = 0;
    console.log('reset returns', d.reset());
    d.end('kept input');
  });
});
d.on('end', () => {
  const all = Buffer.concat(out);
  console.log(all.toString('hex'), zlib.inflateSync(all).toString());
  const i = zlib.createInflate();
  i.reset();
  i.end(zlib.deflateSync('inflate after reset'));
  i.on('data', (c) => console.log(c.toString()));
  i.on('close', () => {
    try { i.reset(); } catch (e) { console.log('reset after close', e.message); }
  });
});
