// What the TAP report says for every kind of thrown value.
require('./fixtures/tap-filter');
const { test } = require('node:test');
class CustomError extends Error {}
const values = [
  ['string', 'a string'], ['number', 42], ['object', { a: 1 }], ['null', null],
  ['undefined', undefined], ['array', [1, 'x']], ['boolean', false],
  ['TypeError', new TypeError('type')], ['RangeError', new RangeError('range')],
  ['subclass', new CustomError('custom')], ['empty message', new Error('')],
];
for (const [name, value] of values) {
  test(name, () => {
    throw value;
  });
}
test('renamed', () => {
  const err = new Error('renamed error');
  err.name = 'MyError';
  throw err;
});
test('with code', () => {
  const err = new Error('coded');
  err.code = 'ECODE';
  throw err;
});
