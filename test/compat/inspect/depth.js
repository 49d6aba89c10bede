// util.inspect's depth option: [Object], [Array] and named placeholders.
const { inspect } = require('util');
class Deep { constructor() { this.k = { v: 1 }; } }
const nested = { l1: { l2: { l3: { l4: { l5: {} } } } }, arr: [[[[[1]]]]], map: new Map([[1, new Map([[2, new Map([[3, { x: 1 }]])]])]]),
  inst: { a: { b: new Deep() } }, empty: { a: { b: { c: {}, d: [] } } }, nul: { a: { b: { c: Object.create(null) } } } };
for (const depth of [0, 1, 2, 3, 10, Infinity, null, -1]) {
  console.log(`depth=${depth}`);
  console.log(inspect(nested, { depth }));
}
console.log(inspect(nested, false, 0));
console.log(inspect(nested, false, null));
