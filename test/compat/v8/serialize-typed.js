// v8.serialize of ArrayBuffer, Buffer, typed arrays and DataView (Node's host-object encoding).
const v8 = require('v8');
const ab = new ArrayBuffer(4);
new Uint8Array(ab).set([1, 2, 3, 4]);
const values = [ab, Buffer.from('hi'), new Uint8Array([1, 2, 3]), new Int8Array([-1, 1]), new Uint8ClampedArray([255]),
  new Int16Array([1, -1]), new Uint16Array([65535]), new Int32Array([-2]), new Uint32Array([7]),
  new Float32Array([0.5]), new Float64Array([1.5, -2]), new BigInt64Array([-1n]), new BigUint64Array([2n ** 64n - 1n]),
  new DataView(ab, 1, 2), new Uint8Array([1, 2, 3, 4, 5]).subarray(1, 4), new Uint8Array(0)];
for (const v of values) {
  const buf = v8.serialize(v);
  const back = v8.deserialize(buf);
  const name = Object.prototype.toString.call(v);
  console.log(name, buf.toString('hex'), Object.prototype.toString.call(back), Buffer.isBuffer(back),
    back.byteLength, Buffer.from(back.buffer || back, back.byteOffset || 0, back.byteLength).toString('hex'));
}
const same = new Uint8Array([9]);
const pair = v8.deserialize(v8.serialize([same, same]));
console.log(v8.serialize([same, same]).toString('hex'), pair[0] === pair[1]);
