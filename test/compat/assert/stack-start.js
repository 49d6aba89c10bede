'use strict';
// the stack of an AssertionError starts at the caller, not inside assert
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
function userFn() {
  assert.strictEqual(1, 2);
}
try {
  userFn();
} catch (e) {
  const lines = e.stack.split('\n');
  console.log(lines[0]);
  console.log(lines.slice(1).some((l) => l.includes('userFn')));
  console.log(lines.slice(1).every((l) => !l.includes('node:assert')));
  console.log(lines[lines.findIndex((l) => l.startsWith('    at')) ].includes('userFn'));
}
try {
  assert.ok(false);
} catch (e) {
  console.log(e.stack.split('\n')[0]);
}
try {
  throw new assert.AssertionError({ message: 'direct' });
} catch (e) {
  console.log(e.stack.split('\n')[0]);
}
