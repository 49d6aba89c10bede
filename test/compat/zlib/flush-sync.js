'use strict';
// flush() in the middle of a stream emits everything so far (sync flush marker 00 00 ff ff).
const zlib = require('zlib');

const d = zlib.createDeflate();
const seen = [];
d.on('data', (c) => seen.push(c));
d.write('first part ');
d.flush(() => {
  const sofar = Buffer.concat(seen);
  console.log('after flush', sofar.toString('hex'), sofar.subarray(-4).toString('hex'));
  console.log('partial inflate', zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  d.write('second part');
  d.flush(zlib.constants.Z_SYNC_FLUSH, () => {
    console.log('second flush', Buffer.concat(seen).subarray(-4).toString('hex'));
    d.end();
  });
});
d.on('end', () => {
  const all = Buffer.concat(seen);
  console.log('end', all.toString('hex'), zlib.inflateSync(all).toString());
  // flush after end calls back once the stream is finished
  d.flush(() => console.log('flush after end'));
});
