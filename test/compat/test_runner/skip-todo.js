// skip and todo: options, messages, t.skip()/t.todo(), test.skip/test.todo, describe.skip/todo.
require('./fixtures/tap-filter');
const { test, describe, it } = require('node:test');
test('skip true', { skip: true }, () => console.log('not run'));
test('skip message', { skip: 'not today' }, () => console.log('not run'));
test('skip false', { skip: false }, () => {});
test('todo true', { todo: true }, () => {});
test('todo message', { todo: 'later' }, () => {});
test('todo failing', { todo: true }, () => {
  throw new Error('todo failure does not count');
});
test('t.skip', (t) => {
  t.skip('inside');
  console.log('t.skip keeps running');
});
test('t.skip no message', (t) => t.skip());
test('t.todo', (t) => t.todo('work to do'));
test.skip('test.skip', () => {});
test.todo('test.todo no fn');
it.skip('it.skip');
it.todo('it.todo');
describe.skip('skipped suite', () => {
  console.log('skipped suite body must not run');
  it('inner', () => {});
});
describe('todo suite', { todo: true }, () => {
  it('fails but todo', () => {
    throw new Error('x');
  });
});
describe.todo('describe.todo', () => {
  it('inner', () => {});
});
