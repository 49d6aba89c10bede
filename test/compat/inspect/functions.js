// util.inspect of functions: names, anonymous, async and generator kinds.
const { inspect } = require('util');
function named() {}
const arrow = () => {};
const values = [named, arrow, function () {}, () => {}, async function af() {}, async () => {},
  function* gen() {}, async function* agen() {}, Math.max, Function.prototype, Object, Array.prototype.push,
  Object.defineProperty(function orig() {}, 'name', { value: 'renamed' }),
  Object.defineProperty(function blank() {}, 'name', { value: '' }),
  ({ method() {} }).method, ({ async am() {} }).am, ({ *gm() {} }).gm, ({ ['computed key']() {} })['computed key'],
  Symbol, (() => () => {})(), named.bind(null), Function('return 1')];
for (const v of values) console.log(inspect(v));
console.log(inspect({ fns: [named, arrow] }));
