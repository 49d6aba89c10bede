// util.inspect(value, showHidden, depth, colors) legacy positional form.
const { inspect } = require('util');
const value = { a: { b: { c: { d: { e: 1 } } } }, arr: [1] };
Object.defineProperty(value, 'hidden', { value: 'h', enumerable: false });
console.log(inspect(value, false));
console.log(inspect(value, true));
console.log(inspect(value, false, 0));
console.log(inspect(value, false, 4));
console.log(inspect(value, false, null));
console.log(inspect(value, false, undefined));
console.log(JSON.stringify(inspect(value, false, 1, true)));
console.log(inspect(value, undefined));
console.log(inspect(value, null));
console.log(inspect(value, 'options-as-string'));
console.log(inspect(value, { depth: 0 }, 5));
console.log(inspect());
console.log(inspect(undefined, {}));
