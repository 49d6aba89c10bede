'use strict';
// util.promisify works on every callback helper.
const zlib = require('zlib');
const { promisify } = require('util');

async function main() {
  const pairs = [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
    ['brotliCompress', 'brotliDecompress']];
  for (const [c, d] of pairs) {
    const packed = await promisify(zlib[c])('promised ' + c);
    const back = await promisify(zlib[d])(packed);
    console.log(c, d, back.toString());
  }
  try { await promisify(zlib.inflate)(Buffer.from('bad')); } catch (e) { console.log('rejected', e.code, e.message); }
  const withOpts = await promisify(zlib.deflate)('opts', { level: 0 });
  console.log(withOpts.toString('hex'));
}
main();
