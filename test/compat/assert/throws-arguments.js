'use strict';
// assert.throws argument validation and ambiguous messages
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
const thrower = (e) => () => { throw e; };
function codeOf(fn) {
  try { fn(); return 'no error'; } catch (e) { return `${e.name} ${e.code}: ${e.message}`; }
}
console.log(codeOf(() => assert.throws('notfn')));
console.log(codeOf(() => assert.throws()));
console.log(codeOf(() => assert.throws(thrower(new Error('boom')), 5)));
console.log(codeOf(() => assert.throws(thrower(new Error('boom')), true)));
console.log(codeOf(() => assert.throws(thrower(new Error('boom')), 'boom')));
console.log(codeOf(() => assert.throws(thrower('boom'), 'boom')));
console.log(codeOf(() => assert.throws(thrower(new Error('boom')), 'other')));
console.log(codeOf(() => assert.throws(thrower(new Error('boom')), 'other', 'again')));
console.log(codeOf(() => assert.throws(thrower(new Error('boom')), null)));
console.log(codeOf(() => assert.throws(thrower(new Error('boom')), undefined, 'm')));
console.log(codeOf(() => assert.throws(thrower(new Error('boom')), {})));
console.log(codeOf(() => assert.doesNotThrow(5)));
console.log(codeOf(() => assert.doesNotThrow(thrower(new Error('boom')), 5)));
