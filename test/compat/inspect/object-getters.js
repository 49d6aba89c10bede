// util.inspect shows accessors as [Getter], [Setter] and [Getter/Setter].
const { inspect } = require('util');
const o = {
  get g() { return 1; },
  set s(v) {},
  get gs() { return 2; },
  set gs(v) {},
  plain: 3,
};
console.log(inspect(o));
class P { get proto() { return 1; } }
console.log(inspect(new P()));
console.log(inspect(Object.defineProperty({}, 'x', { get() { return 1; }, enumerable: true })));
console.log(inspect(Object.defineProperty({}, 'y', { set(v) {}, enumerable: true })));
console.log(inspect(Object.defineProperty({}, 'u', { value: undefined, enumerable: true })));
console.log(inspect([o]));
