// node:stream/web exports: names, constructor lengths, prototype members and their descriptors.
const web = require('stream/web');
console.log(Object.keys(web).join(','));
for (const name of Object.keys(web)) {
  const C = web[name];
  console.log(name, typeof C, C.length, C.name);
  for (const key of Reflect.ownKeys(C.prototype)) {
    if (typeof key === 'symbol' && key !== Symbol.toStringTag && key !== Symbol.asyncIterator) continue;
    const d = Object.getOwnPropertyDescriptor(C.prototype, key);
    const kind = d.get ? 'getter' : typeof d.value;
    const extra = typeof d.value === 'function' ? d.value.length : (typeof d.value === 'string' ? d.value : '');
    console.log('  ', String(key), kind, d.enumerable, d.configurable, extra);
  }
}
console.log(typeof web.ReadableStream.from, web.ReadableStream.from.length);
console.log(web.ReadableStream.prototype[Symbol.asyncIterator] === web.ReadableStream.prototype.values);
console.log(require('node:stream/web') === web);
console.log(Object.prototype.toString.call(new web.ReadableStream()));
console.log(Object.prototype.toString.call(new web.WritableStream()));
console.log(Object.prototype.toString.call(new web.TransformStream()));
