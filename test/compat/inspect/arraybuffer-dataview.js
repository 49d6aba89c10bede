// util.inspect of ArrayBuffer, SharedArrayBuffer contents and DataView.
const { inspect } = require('util');
const ab = new Uint8Array([1, 2, 255, 16]).buffer;
console.log(inspect(new ArrayBuffer(0)));
console.log(inspect(new ArrayBuffer(2)));
console.log(inspect(ab));
console.log(inspect(new ArrayBuffer(60)));
console.log(inspect(new ArrayBuffer(130)));
console.log(inspect(new ArrayBuffer(10), { maxArrayLength: 3 }));
console.log(inspect(Object.assign(new ArrayBuffer(1), { tag: 1 })));
console.log(inspect(new DataView(ab)));
console.log(inspect(new DataView(ab, 1, 2)));
console.log(inspect({ buf: ab }));
console.log(inspect({ a: { b: { c: new DataView(new ArrayBuffer(1)) } } }));
console.log(inspect([new ArrayBuffer(3)]));
