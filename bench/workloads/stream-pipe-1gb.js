// 1 GiB in 64 KiB Buffers: Readable -> PassThrough -> discarding Writable, via pipe().
const { Readable, PassThrough, Writable } = require('stream');
const { Buffer } = require('buffer');

const CHUNK = 64 * 1024;
const TOTAL = 1024 * 1024 * 1024;
const chunk = Buffer.alloc(CHUNK, 0x61);
let produced = 0;
let consumed = 0;

const src = new Readable({
  read() {
    if (produced >= TOTAL) {
      this.push(null);
      return;
    }
    produced += CHUNK;
    this.push(chunk);
  },
});
const sink = new Writable({
  write(data, encoding, cb) {
    consumed += data.length;
    cb();
  },
});
sink.on('finish', () => {
  if (consumed !== TOTAL) throw new Error(`consumed ${consumed}`);
});
src.pipe(new PassThrough()).pipe(sink);
process.on('exit', () => {
  if (consumed !== TOTAL) throw new Error(`finished with ${consumed} of ${TOTAL} bytes`);
});
