'use strict';
// bytesWritten counts input bytes consumed, for streams and one-shot helpers.
// Each stream runs after the previous one ended, so the output order is deterministic.
const zlib = require('zlib');

const input = Buffer.alloc(123456, 'b');
const compressed = zlib.deflateSync(input);

function deflateStream(next) {
  const d = zlib.createDeflate();
  console.log('start', d.bytesWritten);
  d.on('data', () => {});
  d.write(input.subarray(0, 1000), () => console.log('after 1000', d.bytesWritten));
  d.end(input.subarray(1000), () => { console.log('end', d.bytesWritten); next(); });
}

function inflateStream(data, label, next) {
  const i = zlib.createInflate();
  i.on('data', () => {});
  i.on('end', () => { console.log(label, i.bytesWritten, compressed.length); next(); });
  i.end(data);
}

function brotliStream() {
  const b = zlib.createBrotliCompress();
  b.on('data', () => {});
  b.on('end', () => console.log('brotli', b.bytesWritten, b.bytesRead));
  b.end('brotli bytes');
}

console.log('sync info', zlib.gzipSync(input, { info: true }).engine.bytesWritten);
deflateStream(() => inflateStream(compressed, 'inflate', () =>
  inflateStream(Buffer.concat([compressed, Buffer.from('junk after')]), 'inflate with trailer', brotliStream)));
