'use strict';
// zlib.crc32(data, value): strings as UTF-8, views, running values, validation.
const zlib = require('zlib');

console.log(zlib.crc32(''), zlib.crc32('a'), zlib.crc32('hello world'), zlib.crc32('\u00e9\u2713\ud83d\ude00'));
console.log(zlib.crc32(Buffer.from('hello world')), zlib.crc32(new Uint16Array([1, 2, 3])),
            zlib.crc32(new DataView(new ArrayBuffer(8))), zlib.crc32(Buffer.alloc(1e6, 7)));
const whole = zlib.crc32('hello world');
const part = zlib.crc32('world', zlib.crc32('hello '));
console.log(whole === part, zlib.crc32('abc', 0), zlib.crc32('abc', 1), zlib.crc32('abc', 4294967295));
for (const [data, value] of [[42, 0], [null, 0], [undefined, 0], [new ArrayBuffer(4), 0], ['x', -1],
  ['x', 2 ** 32], ['x', 1.5], ['x', '1'], ['x', null]]) {
  try { console.log(zlib.crc32(data, value)); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(zlib.crc32.length, zlib.crc32.name);
