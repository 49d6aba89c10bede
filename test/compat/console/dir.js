// console.dir inspects one value with options, ignoring custom inspectors.
const util = require('util');
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.dir('a string');
console.dir([1, 2, 3], { maxArrayLength: 1 });
console.dir({ [util.inspect.custom]() { return 'CUSTOM'; }, real: 1 });
console.dir({ [util.inspect.custom]() { return 'CUSTOM'; } }, { customInspect: true });
console.dir({ b: 1, a: 2 }, { sorted: true });
console.dir(new Map([['x', { y: 1 }]]), { compact: false });
console.dir();
