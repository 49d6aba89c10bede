'use strict';
// params(level, strategy, cb): changes compression mid-stream; validation errors.
const zlib = require('zlib');

const d = zlib.createDeflate({ level: 0 });
const out = [];
d.on('data', (c) => out.push(c));
d.write(Buffer.alloc(1000, 'p'), () => {
  d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, (...args) => {
    console.log('params cb', args.length, d._level, d._strategy);
    d.end(Buffer.alloc(20000, 'q'));
  });
});
d.on('end', () => {
  const all = Buffer.concat(out);
  console.log('len', all.length < 1200, zlib.inflateSync(all).length);
  function tryIt(label, fn) { try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); } }
  const s = zlib.createDeflate();
  tryIt('level 10', () => s.params(10, 0, () => {}));
  tryIt('level -2', () => s.params(-2, 0, () => {}));
  tryIt('level str', () => s.params('1', 0, () => {}));
  tryIt('strategy 5', () => s.params(1, 5, () => {}));
  tryIt('strategy NaN', () => s.params(1, NaN, () => {}));
  tryIt('same values', () => s.params(-1, 0, () => console.log('same values cb')));
  s.params(5, 1, () => { console.log('changed', s._level, s._strategy); s.close(); });
});
