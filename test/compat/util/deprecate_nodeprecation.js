// process.noDeprecation silences util.deprecate warnings (read at call time).
const util = require('util');
process.on('warning', (w) => console.log('warning:', w.code, w.message));
process.noDeprecation = true;
const a = util.deprecate(() => 'a', 'a is old', 'DEP_A');
console.log(a());
process.noDeprecation = false;
const b = util.deprecate(() => 'b', 'b is old', 'DEP_B');
console.log(b(), a());
