// The Timeout object returned by setTimeout / setInterval.
const t = setTimeout(() => {}, 1);
console.log('typeof', typeof t);
console.log('constructor', t.constructor.name);
for (const m of ['ref', 'unref', 'hasRef', 'refresh', 'close']) console.log(m, typeof t[m]);
console.log('has toPrimitive', typeof t[Symbol.toPrimitive]);
console.log('hasRef', t.hasRef());
console.log('unref() === t', t.unref() === t, 'hasRef', t.hasRef());
console.log('ref() === t', t.ref() === t, 'hasRef', t.hasRef());
console.log('refresh() === t', t.refresh() === t);
console.log('close() === t', t.close() === t);
const iv = setInterval(() => {}, 5);
console.log('interval constructor', iv.constructor.name, 'hasRef', iv.hasRef());
clearInterval(iv);
console.log('same prototype', Object.getPrototypeOf(t) === Object.getPrototypeOf(iv));
