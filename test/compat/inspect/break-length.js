// util.inspect's breakLength decides when entries move to separate lines.
const { inspect } = require('util');
const value = { alpha: 'aaaa', beta: 'bbbb', gamma: [1, 2, 3], delta: { epsilon: true } };
for (const breakLength of [0, 20, 40, 60, 76, 80, 100, Infinity]) {
  console.log(`breakLength=${breakLength}`);
  console.log(inspect(value, { breakLength }));
}
const row = (n) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
for (let n = 1; n <= 12; n++) console.log(inspect(row(n)));
console.log(inspect({ x: 'q'.repeat(66) }));
console.log(inspect({ x: 'q'.repeat(67) }));
console.log(inspect({ x: 'q'.repeat(68) }));
