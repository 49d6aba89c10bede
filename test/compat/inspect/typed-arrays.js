// util.inspect of every typed array kind.
const { inspect } = require('util');
const values = [new Uint8Array([1, 2, 3]), new Int8Array([-1, 127]), new Uint8ClampedArray([255, 0]),
  new Int16Array([-300, 300]), new Uint16Array([65535]), new Int32Array([-1]), new Uint32Array([4294967295]),
  new Float32Array([0.5, -0, 1.25]), new Float64Array([Math.PI, NaN, Infinity]), new BigInt64Array([1n, -1n]),
  new BigUint64Array([18446744073709551615n]), new Uint8Array(0), new Uint8Array(150), new Uint16Array(new ArrayBuffer(8), 2, 2)];
for (const v of values) console.log(inspect(v));
const t = new Uint8Array([9]); t.extra = 'x';
console.log(inspect(t));
console.log(inspect(new Uint8Array(10), { maxArrayLength: 4 }));
console.log(inspect(new Uint8Array([1, 2]), { showHidden: true }));
console.log(inspect(new Int32Array([1234567]), { numericSeparator: true }));
