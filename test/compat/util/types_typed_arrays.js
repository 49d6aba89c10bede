// util.types typed array checks, one per element type, plus look-alikes.
const { types } = require('util');
const ctors = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
const checks = ['isInt8Array', 'isUint8Array', 'isUint8ClampedArray', 'isInt16Array',
  'isUint16Array', 'isInt32Array', 'isUint32Array', 'isFloat32Array', 'isFloat64Array',
  'isBigInt64Array', 'isBigUint64Array'];
for (const C of ctors) {
  const v = new C(2);
  console.log(C.name, types.isTypedArray(v), types.isArrayBufferView(v),
              checks.filter((c) => types[c](v)).join(','));
}
const fake = Object.create(Uint8Array.prototype);
const tagged = { [Symbol.toStringTag]: 'Uint8Array', length: 0 };
class Sub extends Uint16Array {}
for (const [n, v] of [['fake', fake], ['tagged', tagged], ['sub', new Sub(1)],
  ['dataview', new DataView(new ArrayBuffer(1))], ['array', [1]], ['buffer', new ArrayBuffer(1)]]) {
  console.log(n, types.isTypedArray(v), types.isArrayBufferView(v), types.isUint8Array(v),
              types.isUint16Array(v));
}
