'use strict';
// options.dictionary accepts views and ArrayBuffers; anything else is ERR_INVALID_ARG_TYPE.
const zlib = require('zlib');

function tryIt(label, fn) {
  try { const r = fn(); console.log(label, 'ok', r && r.length); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
const dict = 'dictionary words here';
const forms = {
  buffer: Buffer.from(dict), uint8: new Uint8Array(Buffer.from(dict)),
  arraybuffer: new Uint8Array(Buffer.from(dict)).buffer, dataview: new DataView(new Uint8Array(Buffer.from(dict)).buffer),
  string: dict, number: 42, object: {}, array: [1, 2, 3], null: null,
};
for (const [name, dictionary] of Object.entries(forms)) {
  tryIt(name, () => zlib.inflateSync(zlib.deflateSync('words here and dictionary', { dictionary }), { dictionary }));
}
