// util.inspect's maxStringLength option truncates strings.
const { inspect } = require('util');
const s = 'abcdefghijklmnopqrstuvwxyz';
for (const maxStringLength of [0, 1, 5, 25, 26, 27, null, Infinity]) {
  console.log(`${maxStringLength}: ${inspect(s, { maxStringLength })}`);
}
console.log(inspect({ key: s, list: [s, 'short'] }, { maxStringLength: 3 }));
console.log(inspect('x'.repeat(20000)).length);
console.log(inspect('line\n'.repeat(30), { maxStringLength: 12 }));
