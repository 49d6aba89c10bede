'use strict';
// Callback helpers accept the same input forms; bad callbacks and inputs fail like Node.
const zlib = require('zlib');

const src = Buffer.from('async typed input');
const forms = [['string', 'async typed input'], ['buffer', src], ['uint8', new Uint8Array(src)],
  ['dataview', new DataView(new Uint8Array(src).buffer)], ['arraybuffer', new Uint8Array(src).buffer],
  ['uint32', new Uint32Array(4)]];
let i = 0;
function next() {
  if (i === forms.length) return bad();
  const [name, input] = forms[i++];
  zlib.deflate(input, (err, c) => {
    zlib.inflate(c, (err2, d) => { console.log(name, err, err2, d.toString('hex')); next(); });
  });
}
function bad() {
  for (const cb of [undefined, null, 'cb', {}]) {
    try { zlib.deflate('x', cb); } catch (e) { console.log('callback', String(cb), e.name, e.code, e.message); }
  }
  try { zlib.deflate('x', {}, 5); } catch (e) { console.log('callback 5', e.code, e.message); }
  try {
    zlib.gzip(42, (err) => console.log('cb err', err && err.code));
  } catch (e) { console.log('42 thrown', e.name, e.code, e.message); }
}
next();
