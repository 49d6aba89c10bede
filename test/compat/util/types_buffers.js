// util.types checks for ArrayBuffer, DataView and views.
const { types } = require('util');
const ab = new ArrayBuffer(8);
const values = [
  ['ArrayBuffer', ab], ['DataView', new DataView(ab)], ['Uint8Array', new Uint8Array(ab)],
  ['fakeAB', Object.create(ArrayBuffer.prototype)],
  ['taggedAB', { [Symbol.toStringTag]: 'ArrayBuffer', byteLength: 8 }],
  ['fakeDV', Object.create(DataView.prototype)], ['object', {}], ['number', 8],
  ['resizable', new ArrayBuffer(4, { maxByteLength: 16 })],
];
for (const [name, v] of values) {
  console.log(name, types.isArrayBuffer(v), types.isAnyArrayBuffer(v), types.isDataView(v),
              types.isArrayBufferView(v), types.isSharedArrayBuffer(v));
}
