'use strict';
// assert.throws validated by an object of expected properties
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
show('message ok', () => assert.throws(thrower(new Error('boom')), { message: 'boom' }));
show('message differs', () => assert.throws(thrower(new Error('boom')), { message: 'bam' }));
show('message regexp', () => assert.throws(thrower(new Error('boom')), { message: /bo/, name: 'Error' }));
show('message regexp fails', () => assert.throws(thrower(new Error('boom')), { message: /x/ }));
show('missing code', () => assert.throws(thrower(new Error('boom')), { code: 'X' }));
show('empty object', () => assert.throws(thrower(new Error('boom')), {}));
show('extra undefined', () => assert.throws(thrower(new Error('boom')), { message: 'boom', extra: undefined }));
show('nested', () => assert.throws(thrower(Object.assign(new Error('boom'), { code: 'E1', info: { a: 1 } })), { code: 'E1', info: { a: 2 } }));
show('null thrown', () => assert.throws(thrower(null), { a: 1 }));
show('string thrown', () => assert.throws(thrower('s'), { message: 's' }));
show('name differs', () => assert.throws(thrower(new TypeError('boom')), { name: 'RangeError', message: 'boom' }));
show('custom message', () => assert.throws(thrower(new Error('boom')), { message: 'bam' }, 'mine'));
show('error instance', () => assert.throws(thrower(new TypeError('boom')), new TypeError('boom')));
show('error instance differs', () => assert.throws(thrower(new TypeError('boom')), new RangeError('boom')));
show('regexp key on non-string', () => assert.throws(thrower(Object.assign(new Error('x'), { n: 5 })), { n: /5/ }));
