'use strict';
// ERR_MISSING_ARGS for comparison functions called with too few arguments
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
for (const name of ['equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'strictEqual', 'notStrictEqual',
  'deepStrictEqual', 'notDeepStrictEqual', 'partialDeepStrictEqual']) {
  try {
    assert[name](1);
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
  try {
    assert[name]();
  } catch (e) {
    console.log(name, 'none', e.code);
  }
  try {
    assert[name](1, undefined);
    console.log(name, 'explicit undefined passed');
  } catch (e) {
    console.log(name, 'explicit undefined', e.code);
  }
}
