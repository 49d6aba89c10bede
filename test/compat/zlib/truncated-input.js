'use strict';
// Truncated input: "unexpected end of file" (Z_BUF_ERROR) from the one-shot helpers.
const zlib = require('zlib');

const data = Buffer.from('truncate me '.repeat(500));
const forms = {
  deflate: [zlib.deflateSync(data), 'inflate'], gzip: [zlib.gzipSync(data), 'gunzip'],
  raw: [zlib.deflateRawSync(data), 'inflateRaw'], unzip: [zlib.gzipSync(data), 'unzip'],
  brotli: [zlib.brotliCompressSync(data), 'brotliDecompress'],
};
const jobs = [];
for (const [name, [full, fn]] of Object.entries(forms)) {
  for (const cut of [1, 2, 10, full.length - 1]) {
    const part = full.subarray(0, cut);
    try { zlib[fn + 'Sync'](part); console.log(name, cut === full.length - 1 ? 'n-1' : cut, 'ok'); } catch (e) {
      console.log(name, cut === full.length - 1 ? 'n-1' : cut, e.code, e.errno, e.message);
    }
    jobs.push([name, fn, part]);
  }
}
try { zlib.inflateSync(Buffer.alloc(0)); } catch (e) { console.log('empty inflate', e.code, e.message); }
try { zlib.gunzipSync(Buffer.alloc(0)); } catch (e) { console.log('empty gunzip', e.code, e.message); }
try { zlib.brotliDecompressSync(Buffer.alloc(0)); } catch (e) { console.log('empty brotli', e.code, e.message); }
(function next() {
  const job = jobs.shift();
  if (!job) return;
  zlib[job[1]](job[2], (e) => { console.log('async', job[0], job[2].length, e && e.code, e && e.message); next(); });
})();
