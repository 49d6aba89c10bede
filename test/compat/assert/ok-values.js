'use strict';
// assert.ok over falsy and truthy values
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
const values = [0, -0, 0n, '', null, undefined, NaN, false, 1, 'a', [], {}, () => {}, Symbol('s'), -1, ' '];
for (const v of values) {
  try {
    assert.ok(v);
    console.log('truthy', typeof v);
  } catch (e) {
    console.log('falsy', typeof v, e.actual === v || Number.isNaN(e.actual), e.expected, e.operator, JSON.stringify(e.message));
  }
}
