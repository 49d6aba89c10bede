// util.inspect of Date objects, valid and invalid, plain and subclassed.
const { inspect } = require('util');
class MyDate extends Date {}
const values = [new Date(0), new Date(Date.UTC(2020, 1, 29, 12, 30, 45, 678)), new Date(-1), new Date(8.64e15),
  new Date(NaN), new Date('garbage'), new MyDate(0), Object.assign(new Date(0), { note: 'x' }),
  new Date(Date.UTC(-1, 0)), new Date(Date.UTC(10000, 0))];
for (const v of values) console.log(inspect(v));
console.log(inspect({ when: new Date(86400000) }));
console.log(inspect([new Date(0), new Date(NaN)]));
