'use strict';
// deep equality and diffs of Buffers and typed arrays
const assert = require('assert');
function show(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
    console.log('keys:', Object.keys(e).join(','));
    console.log('--');
  }
}
show('buffers equal', () => assert.deepStrictEqual(Buffer.from('abc'), Buffer.from('abc')));
show('buffers differ', () => assert.deepStrictEqual(Buffer.from('abc'), Buffer.from('abd')));
show('buffer vs uint8', () => assert.deepStrictEqual(Buffer.from('a'), new Uint8Array([97])));
show('buffer vs uint8 loose', () => assert.deepEqual(Buffer.from('a'), new Uint8Array([97])));
show('int16', () => assert.deepStrictEqual(new Int16Array([1, -1]), new Int16Array([1, 1])));
show('float NaN strict', () => assert.deepStrictEqual(new Float32Array([NaN]), new Float32Array([NaN])));
show('float NaN loose', () => assert.deepEqual(new Float32Array([NaN]), new Float32Array([NaN])));
show('float zero loose', () => assert.deepEqual(new Float32Array([0]), new Float32Array([-0])));
show('arraybuffer', () => assert.deepStrictEqual(new ArrayBuffer(2), new ArrayBuffer(3)));
show('dataview', () => assert.deepStrictEqual(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))));
