// util.inspect lays out long arrays of short strings and mixed values in columns.
const { inspect } = require('util');
const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
const cases = [
  range(26, (i) => String.fromCharCode(97 + i)), range(26, (i) => String.fromCharCode(97 + i).repeat((i % 5) + 1)),
  range(12, (i) => `item${i}`), range(30, (i) => (i % 2 ? i : `s${i}`)), range(8, (i) => [i]),
  range(8, (i) => ({ i })), range(7, (i) => 'x'.repeat(i * 3)), range(20, (i) => (i % 3 ? null : true)),
  range(10, (i) => 'word'.repeat(i % 4 + 1)), range(40, (i) => (i % 2 ? undefined : 'u')),
  range(15, (i) => 'ab'.repeat(10)), range(7, () => 'x'.repeat(25)),
];
for (const c of cases) console.log(inspect(c));
