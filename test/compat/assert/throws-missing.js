'use strict';
// assert.throws when nothing is thrown
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
show('bare', () => assert.throws(() => {}));
show('class', () => assert.throws(() => {}, Error));
show('class and message', () => assert.throws(() => {}, TypeError, 'msg'));
show('regexp', () => assert.throws(() => {}, /abc/));
show('object', () => assert.throws(() => {}, { message: 'x' }));
show('arrow', () => assert.throws(() => {}, (e) => true));
show('named fn', () => assert.throws(() => {}, function check() { return true; }));
show('string message', () => assert.throws(() => {}, 'custom msg'));
show('object with name', () => assert.throws(() => {}, { name: 'TypeError' }));
show('error instance', () => assert.throws(() => {}, new RangeError('r')));
