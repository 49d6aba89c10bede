'use strict';
// assert.ifError keeps the original error frames in the stack
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
function makeErr() { return new Error('original'); }
const orig = makeErr();
try {
  assert.ifError(orig);
} catch (e) {
  const lines = e.stack.split('\n');
  console.log(lines[0]);
  console.log(lines.some((l) => l.includes('makeErr')));
  console.log(e.actual === orig);
}
try {
  assert.ifError({ message: 'plain', stack: 'no frames here' });
} catch (e) {
  console.log(e.message, e.stack.split('\n')[0]);
}
