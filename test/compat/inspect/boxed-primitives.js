// util.inspect of boxed primitives (Number, String, Boolean, Symbol, BigInt objects).
const { inspect } = require('util');
class MyNum extends Number {}
const values = [new Number(3), new Number(-0), new Number(NaN), new String(''), new String('abc'),
  new String("it's"), new Boolean(true), new Boolean(false), Object(Symbol('s')), Object(42n),
  new MyNum(7), Object.assign(new Number(1), { extra: 'x' }), Object.assign(new String('ab'), { k: 1 })];
for (const v of values) console.log(inspect(v));
console.log(inspect(new String('abc'), { showHidden: true }));
console.log(inspect([new Number(1), new String('s')]));
