'use strict';
// names and lengths of the exported functions
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
for (const key of Object.keys(assert)) {
  const v = assert[key];
  if (typeof v === 'function' && key !== 'CallTracker') console.log(key, v.name, v.length);
}
console.log(typeof assert.strict, assert.strict.name, assert.strict.length);
