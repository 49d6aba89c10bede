'use strict';
// bytesWritten counts input bytes consumed, for streams and one-shot helpers.
const zlib = require('zlib');

const input = Buffer.alloc(123456, 'b');
const d = zlib.createDeflate();
console.log('start', d.bytesWritten);
d.on('data', () => {});
d.write(input.subarray(0, 1000), () => console.log('after 1000', d.bytesWritten));
d.end(input.subarray(1000), () => console.log('end', d.bytesWritten));
const compressed = zlib.deflateSync(input);
const i = zlib.createInflate();
i.on('data', () => {});
i.on('end', () => console.log('inflate', i.bytesWritten, compressed.length));
i.end(compressed);
const withTrailer = Buffer.concat([compressed, Buffer.from('junk after')]);
const j = zlib.createInflate();
j.on('data', () => {});
j.on('end', () => console.log('inflate with trailer', j.bytesWritten, compressed.length));
j.end(withTrailer);
console.log('sync info', zlib.gzipSync(input, { info: true }).engine.bytesWritten);
const b = zlib.createBrotliCompress();
b.on('data', () => {});
b.on('end', () => console.log('brotli', b.bytesWritten, b.bytesRead));
b.end('brotli bytes');
