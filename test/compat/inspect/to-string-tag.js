// util.inspect shows Symbol.toStringTag next to the constructor name.
const { inspect } = require('util');
class Tagged { get [Symbol.toStringTag]() { return 'MyTag'; } }
class TaggedWithProps { constructor() { this.a = 1; } get [Symbol.toStringTag]() { return 'T2'; } }
class SameName { get [Symbol.toStringTag]() { return 'SameName'; } }
const values = [new Tagged(), new TaggedWithProps(), new SameName(), { [Symbol.toStringTag]: 'own enumerable' },
  Object.defineProperty({}, Symbol.toStringTag, { value: 'own hidden' }), Math, JSON, Reflect, Atomics,
  Object.create(null, { [Symbol.toStringTag]: { value: 'NP' } }), Object.assign(Object.create({ [Symbol.toStringTag]: 'Inherited' }), { x: 1 }),
  function f() {}, Object.defineProperty(function g() {}, Symbol.toStringTag, { value: 'FnTag' })];
for (const v of values) console.log(inspect(v));
