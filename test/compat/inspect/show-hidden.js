// util.inspect's showHidden option: non-enumerable keys and prototype accessors.
const { inspect } = require('util');
const o = { visible: 1 };
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
Object.defineProperty(o, Symbol('hiddenSym'), { value: 3, enumerable: false });
console.log(inspect(o, { showHidden: true }));
console.log(inspect([1, 2], { showHidden: true }));
console.log(inspect(new String('hi'), { showHidden: true }));
console.log(inspect(new Uint8Array(3), { showHidden: true }));
class WithAccessor { constructor() { this.own = 1; } get computed() { return 2; } method() {} }
console.log(inspect(new WithAccessor(), { showHidden: true }));
console.log(inspect(o, true));
console.log(inspect({ nested: o }, { showHidden: true }));
console.log(inspect(Object.create(null, { h: { value: 1 } }), { showHidden: true }));
