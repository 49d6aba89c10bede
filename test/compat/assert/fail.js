'use strict';
// assert.fail forms including the deprecated multi-argument one
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
show('no args', () => assert.fail());
show('message', () => assert.fail('boom'));
show('error', () => assert.fail(new TypeError('mine')));
show('undefined', () => assert.fail(undefined));
show('two args', () => assert.fail(1, 2));
show('operator', () => assert.fail(1, 2, undefined, '>'));
show('message and operator', () => assert.fail(1, 2, 'mmm', '>'));
show('strings', () => assert.fail('a', 'b', undefined, '==='));
show('objects', () => assert.fail({ a: 1 }, [1], undefined, 'vs'));
show('null message', () => assert.fail(null));
show('number message', () => assert.fail(42));
