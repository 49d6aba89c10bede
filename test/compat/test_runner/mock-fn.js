// mock.fn(): call records, callCount, this, arguments, results and errors, constructors.
const { mock } = require('node:test');
const add = mock.fn((a, b) => a + b);
console.log(add(1, 2), add(3, 4));
console.log('callCount', add.mock.callCount());
const call = add.mock.calls[0];
console.log('keys', Object.keys(call).join());
console.log('arguments', call.arguments, 'result', call.result, 'error', call.error);
console.log('stack is Error', call.stack instanceof Error, 'target', call.target);
console.log('name', JSON.stringify(add.name), 'length', add.length, 'typeof', typeof add);
const obj = { value: 7, get: mock.fn(function () { return this.value; }) };
console.log('this', obj.get(), obj.get.mock.calls[0].this === obj);
const thrower = mock.fn(() => {
  throw new Error('thrown');
});
try {
  thrower('x');
} catch (err) {
  console.log('caught', err.message);
}
console.log('error recorded', thrower.mock.calls[0].error.message, 'result', thrower.mock.calls[0].result);
const empty = mock.fn();
console.log('empty returns', empty(1), empty.mock.calls.length);
class Point {
  constructor(x) {
    this.x = x;
  }
}
const MockPoint = mock.fn(Point);
const p = new MockPoint(5);
console.log('constructed', p.x, p instanceof Point, MockPoint.mock.calls[0].target === Point,
  MockPoint.mock.calls[0].this === p);
const calls = add.mock.calls;
calls.push('x');
console.log('calls is a copy', add.mock.calls.length);
console.log('mock proto', Object.getOwnPropertyNames(Object.getPrototypeOf(add.mock)).join());
