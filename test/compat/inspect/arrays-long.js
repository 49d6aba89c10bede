// util.inspect truncates long arrays after maxArrayLength items.
const { inspect } = require('util');
const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));
console.log(inspect(range(100)));
console.log(inspect(range(101)));
console.log(inspect(range(150, (i) => `s${i}`)));
console.log(inspect(range(10), { maxArrayLength: 3 }));
console.log(inspect(range(10), { maxArrayLength: 0 }));
console.log(inspect(range(10), { maxArrayLength: -1 }));
console.log(inspect(range(4), { maxArrayLength: 3 }));
console.log(inspect(range(120), { maxArrayLength: null }));
console.log(inspect(range(1000, (i) => i % 7), { maxArrayLength: Infinity }).length);
console.log(inspect({ list: range(105) }));
