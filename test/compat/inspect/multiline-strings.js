// util.inspect splits long multi-line strings inside objects with '+'.
const { inspect } = require('util');
const long = 'first line of text that is fairly long\nsecond line also with plenty of characters\nthird';
console.log(inspect(long));
console.log(inspect({ text: long }));
console.log(inspect([long]));
console.log(inspect({ a: { b: long } }));
console.log(inspect({ short: 'a\nb' }));
console.log(inspect({ text: long }, { compact: true }));
console.log(inspect({ text: long }, { breakLength: Infinity }));
console.log(inspect({ text: 'x'.repeat(80) + '\n' }));
console.log(inspect({ q: "it's\n" + '"quoted"\n' + 'plain line here to make it long enough' }));
console.log(inspect(new Map([['k', long]])));
