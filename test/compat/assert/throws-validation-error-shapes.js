'use strict';
// Comparison diffs when error properties do not match
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
const err = Object.assign(new Error('Something bad happened'), { code: 'E_BAD', status: 500, details: { path: '/x', tries: 3 } });
const thrower = () => { throw err; };
show('code', () => assert.throws(thrower, { code: 'E_GOOD' }));
show('status', () => assert.throws(thrower, { code: 'E_BAD', status: 404 }));
show('details', () => assert.throws(thrower, { details: { path: '/y', tries: 3 } }));
show('message regexp mismatch and code', () => assert.throws(thrower, { message: /good/, code: 'E_BAD' }));
show('message regexp ok, code bad', () => assert.throws(thrower, { message: /bad/, code: 'E_X' }));
show('all ok', () => assert.throws(thrower, { message: /bad/, code: 'E_BAD', status: 500 }));
show('name', () => assert.throws(thrower, { name: 'TypeError' }));
show('inherited key', () => assert.throws(thrower, { constructor: Error }));
