// util._extend copies own enumerable keys; util.log prefixes a timestamp.
const util = require('util');
process.on('warning', (w) => console.log('warning:', w.code, w.message));
console.log(JSON.stringify(util._extend({ a: 1 }, { b: 2, a: 3 })));
console.log(JSON.stringify(util._extend({ a: 1 }, null)), JSON.stringify(util._extend({ a: 1 }, 5)));
const target = {};
console.log(util._extend(target, {}) === target);
const write = process.stdout.write;
let captured = '';
process.stdout.write = (s) => { captured += s; return true; };
util.log('hello %s', 'world');
util.log('second');
process.stdout.write = write;
for (const line of captured.split('\n').filter(Boolean)) {
  console.log(JSON.stringify(line.replace(/^\d{1,2} [A-Z][a-z]{2} \d\d:\d\d:\d\d - /, '<ts> - ')));
}
