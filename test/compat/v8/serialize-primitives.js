// v8.serialize bytes for primitives: ints (Smi zigzag), doubles, -0, NaN, bigints, booleans.
const v8 = require('v8');
const values = [0, 1, -1, 63, 64, -64, -65, 1000, 2 ** 30, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 32,
  1.5, -0, NaN, Infinity, -Infinity, 1e300, Number.MIN_VALUE, true, false, null, undefined,
  0n, 1n, -1n, 2n ** 64n, -(2n ** 64n) + 1n, 123456789012345678901234567890n, 2n ** 63n - 1n];
for (const v of values) {
  const buf = v8.serialize(v);
  const back = v8.deserialize(buf);
  console.log(String(v), typeof v, buf.toString('hex'), Object.is(back, v));
}
