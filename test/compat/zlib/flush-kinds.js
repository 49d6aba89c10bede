'use strict';
// Each flush kind's bytes on a deflate stream, and gzip streams flushed then continued.
const zlib = require('zlib');
const { Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_BLOCK, Z_FINISH } = zlib.constants;

const kinds = { Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_BLOCK, Z_FINISH };
const names = Object.keys(kinds);
(function next() {
  const name = names.shift();
  if (!name) return gzipPart();
  const d = zlib.createDeflateRaw();
  const out = [];
  d.on('data', (c) => out.push(c));
  d.write('flush kind test');
  d.flush(kinds[name], () => {
    console.log(name, Buffer.concat(out).toString('hex'));
    d.close(() => next());
  });
})();
function gzipPart() {
  const g = zlib.createGzip();
  const out = [];
  g.on('data', (c) => out.push(c));
  g.on('end', () => console.log('gzip', zlib.gunzipSync(Buffer.concat(out)).toString()));
  g.write('one ');
  g.flush(() => { g.write('two '); g.flush(Z_SYNC_FLUSH, () => g.end('three')); });
}
