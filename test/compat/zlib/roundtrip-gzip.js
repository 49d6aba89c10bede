'use strict';
// gzipSync/gunzipSync round trips, header fields, and gzip/unzip agreement.
const zlib = require('zlib');

let seed = 7;
function rand() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; }
const inputs = [Buffer.alloc(0), Buffer.from('a'), Buffer.from('hello world'),
  Buffer.from(Array.from({ length: 50000 }, () => rand() % 16)), Buffer.alloc(300000, 'ab')];
for (const input of inputs) {
  for (const level of [0, 1, 6, 9]) {
    const gz = zlib.gzipSync(input, { level });
    console.log(input.length, level, gz[0], gz[1], gz[2], 'mtime', gz.readUInt32LE(4), 'os', gz[9],
                'isize', gz.readUInt32LE(gz.length - 4), 'crc ok', gz.readUInt32LE(gz.length - 8) === zlib.crc32(input),
                zlib.gunzipSync(gz).equals(input), zlib.unzipSync(gz).equals(input));
  }
}
