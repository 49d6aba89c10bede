'use strict';
// node:test — test()/it(), describe()/suite(), hooks, mocks; reports TAP (spec on a terminal).

const { makeRunner, makeHook, withVariants, Test, Suite } = require('internal/test_runner/harness');

const test = withVariants(makeRunner(Test), Test);
const describe = withVariants(makeRunner(Suite), Suite);
const it = test;
const suite = describe;

let mockTracker;

module.exports = test;
Object.assign(test, {
  after: makeHook('after'),
  afterEach: makeHook('afterEach'),
  before: makeHook('before'),
  beforeEach: makeHook('beforeEach'),
  describe,
  it,
  suite,
  test,
});

Object.defineProperty(test, 'mock', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    if (mockTracker === undefined) {
      const { MockTracker } = require('internal/test_runner/mock');
      mockTracker = new MockTracker();
    }
    return mockTracker;
  },
});
