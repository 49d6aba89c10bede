// Errors thrown by mock.fn()/mock.method()/getter/setter for bad arguments.
const { mock } = require('node:test');
const cases = {
  'fn number': () => mock.fn(5),
  'fn impl string': () => mock.fn(() => {}, 'x'),
  'fn times 0': () => mock.fn(() => {}, () => {}, { times: 0 }),
  'fn times 1.5': () => mock.fn(() => {}, () => {}, { times: 1.5 }),
  'method missing': () => mock.method({}, 'nope'),
  'method null object': () => mock.method(null, 'a'),
  'method not function': () => mock.method({ a: 1 }, 'a'),
  'method name number': () => mock.method({ a() {} }, 5),
  'method impl number': () => mock.method({ a() {} }, 'a', 5),
  'getter on method': () => mock.method({ a() {} }, 'a', () => {}, { getter: true }),
  'getter and setter': () => mock.method({ get a() { return 1; } }, 'a', { getter: true, setter: true }),
  'getter false': () => mock.getter({ get a() { return 1; } }, 'a', { getter: false }),
  'once impl number': () => mock.fn().mock.mockImplementationOnce(5),
  'impl number': () => mock.fn().mock.mockImplementation(5),
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    fn();
    console.log(name, 'no throw');
  } catch (err) {
    console.log(name, err.name, err.code, err.message);
  }
}
