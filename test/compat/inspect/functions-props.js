// util.inspect of functions that carry their own properties.
const { inspect } = require('util');
function f() {}
f.a = 1;
f.nested = { b: [1, 2] };
const g = Object.assign(() => {}, { x: 'y' });
const h = Object.assign(async function h() {}, { flag: true });
class K {}
K.staticProp = 'v';
const withSym = Object.assign(function s() {}, { [Symbol('k')]: 1 });
const values = [f, g, h, K, withSym];
for (const v of values) console.log(inspect(v));
console.log(inspect({ fn: f }));
console.log(inspect(f, { depth: 0 }));
console.log(inspect(f, { compact: false }));
