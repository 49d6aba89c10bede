'use strict';
// an uncaught AssertionError ends the process with exit code 1
const assert = require('assert');
function show(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
    console.log('keys:', Object.keys(e).join(','));
    console.log('--');
  }
}
console.log('before');
process.on('exit', (code) => console.log('exit code', code));
assert.strictEqual(1, 2);
console.log('not reached');
