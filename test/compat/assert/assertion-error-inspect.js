'use strict';
// util.inspect of an AssertionError shortens long actual/expected
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
const util = require('util');
const { AssertionError } = assert;
function props(e) {
  return util.inspect(e).split('\n').filter((l) => !l.startsWith('    at ')).join('\n');
}
console.log(props(new AssertionError({ actual: 'x'.repeat(600), expected: 'y', operator: 'strictEqual' })).slice(-300));
console.log(props(new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' })).split('\n').slice(-7).join('\n'));
const lines = Array.from({ length: 15 }, (_, i) => 'line' + i).join('\n');
const e = new AssertionError({ actual: lines, expected: 'z', operator: 'notStrictEqual', message: 'm' });
console.log(props(e).split('\n').slice(-20).join('\n'));
console.log(e.actual === lines);
const o = new AssertionError({ actual: { deep: { deeper: { deepest: 1 } } }, expected: 1, operator: 'x', message: 'obj' });
console.log(props(o).split('\n').slice(-7).join('\n'));
