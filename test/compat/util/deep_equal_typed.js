// util.isDeepStrictEqual on typed arrays, ArrayBuffers and DataViews.
const { isDeepStrictEqual: eq } = require('util');
const cases = [
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Uint8Array([1, 3])],
  [new Uint8Array([1]), new Int8Array([1])], [new Uint8Array([1]), [1]],
  [new Float64Array([0]), new Float64Array([-0])], [new Float64Array([NaN]), new Float64Array([NaN])],
  [new Float32Array([1.5, 2]), new Float32Array([1.5, 2])], [new BigInt64Array([1n]), new BigInt64Array([1n])],
  [new BigInt64Array([1n]), new BigInt64Array([2n])], [new Uint16Array([1, 2]), new Uint16Array([1])],
  [Object.assign(new Uint8Array([1]), { x: 1 }), new Uint8Array([1])],
  [new Uint8Array(new ArrayBuffer(4), 1, 2), new Uint8Array(2)],
  [new ArrayBuffer(2), new ArrayBuffer(2)], [new Uint8Array([1]).buffer, new Uint8Array([2]).buffer],
  [new ArrayBuffer(2), new ArrayBuffer(3)], [new Uint8Array([1]).buffer, new Uint16Array(1).buffer],
  [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  [new DataView(new Uint8Array([1, 2]).buffer), new DataView(new Uint8Array([1, 3]).buffer)],
  [new DataView(new ArrayBuffer(2)), new Uint8Array(2)], [new ArrayBuffer(1), new Uint8Array(1)],
];
cases.forEach(([a, b], i) => console.log(i, eq(a, b), eq(b, a)));
