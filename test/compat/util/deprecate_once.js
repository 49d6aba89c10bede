// util.deprecate warns on the first call only; the wrapper forwards this, args and new.
const util = require('util');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const f = util.deprecate(function foo(a, b) { return [this && this.tag, a, b]; }, 'foo is deprecated');
console.log(f.name, f.length, Object.getPrototypeOf(f).name);
console.log(JSON.stringify(f.call({ tag: 't' }, 1, 2)));
console.log(JSON.stringify(f(3, 4)));
class Thing { constructor(x) { this.x = x; } }
const T = util.deprecate(Thing, 'Thing is deprecated', 'DEP_T');
const t = new T(9);
console.log(t.x, t instanceof Thing, t.constructor === Thing, T.prototype === Thing.prototype);
new T(10);
console.log('sync end');
