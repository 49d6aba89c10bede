// util.format's %s: strings, numbers, objects, user toString, symbols.
const { format } = require('util');
class WithToString { toString() { return 'custom!'; } }
class Plain { constructor() { this.p = 1; } }
const cases = ['str', 42, -0, 1.5, 12n, -5n, true, null, undefined, Symbol('s'), { a: { b: { c: 1 } } }, [1, [2, [3]]],
  new WithToString(), new Plain(), { toString() { return 'own'; } }, new Date(0), new Error('err msg').message,
  () => 'fn', Object.create(null), new Map([[1, 2]]), { [Symbol.toPrimitive]() { return 'prim'; } }, NaN, [], {}, 'with %s inside'];
for (const c of cases) console.log(format('[%s]', c));
console.log(format('%s %s', 'only one'));
console.log(format('%s', 'a', 'b', 'c'));
