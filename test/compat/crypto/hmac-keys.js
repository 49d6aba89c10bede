'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// HMAC keys: strings (with options.encoding), Buffers, TypedArrays, DataView, ArrayBuffer, empty.
const keys = [['key'], ['6b6579', { encoding: 'hex' }], ['a2V5', { encoding: 'base64' }], [Buffer.from('key')],
  [new Uint8Array([107, 101, 121])], [new DataView(new Uint8Array([107, 101, 121]).buffer)],
  [new Uint8Array([107, 101, 121]).buffer], [''], [Buffer.alloc(0)], ['k'.repeat(200)], ['\u00e9'],
  ['\u00e9', { encoding: 'latin1' }], ['key', { encoding: 'bogus' }], ['key', {}], ['key', null]];
for (const [k, o] of keys) show(JSON.stringify(o), () => crypto.createHmac('sha256', k, o).update('msg').digest('hex'));
