// util.format's %j, %o, %O and %c conversions.
const { format } = require('util');
const circ = { a: 1 };
circ.self = circ;
console.log(format('%j', { a: [1, 'x'], b: null }));
console.log(format('%j', 'str'));
console.log(format('%j', undefined));
console.log(format('%j', circ));
console.log(format('%j', { toJSON() { return 'from toJSON'; } }));
try { format('%j', 1n); } catch (err) { console.log(err.name); }
console.log(format('%O', { a: { b: { c: { d: 1 } } } }));
console.log(format('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }));
console.log(format('%o', [1, 2]));
console.log(format('%o', function named() {}));
console.log(format('%O', 'string'));
console.log(format('%c%s%c', 'color: red', 'styled', 'x'));
console.log(format('%O %O', new Map([[1, 2]]), new Set([3])));
