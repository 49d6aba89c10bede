'use strict';
// an uncaught assert.ok failure, caught by the uncaughtException handler
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
process.on('uncaughtException', (e) => {
  console.log('caught:', e.name, e.code);
  console.log(e.message);
  console.log(e.generatedMessage, e.operator, e.actual, e.expected);
});
assert.ok(1 > 2);
