// The Immediate object returned by setImmediate.
const im = setImmediate(() => console.log('immediate ran, hasRef', im.hasRef()));
console.log('typeof', typeof im, 'constructor', im.constructor.name);
for (const m of ['ref', 'unref', 'hasRef']) console.log(m, typeof im[m]);
console.log('hasRef', im.hasRef());
console.log('unref() === im', im.unref() === im, 'hasRef', im.hasRef());
console.log('ref() === im', im.ref() === im, 'hasRef', im.hasRef());
console.log('refresh', typeof im.refresh, 'close', typeof im.close);
console.log('toPrimitive', typeof im[Symbol.toPrimitive]);
const im2 = setImmediate(() => {});
console.log('different objects', im !== im2, 'same proto', Object.getPrototypeOf(im) === Object.getPrototypeOf(im2));
