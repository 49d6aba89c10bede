'use strict';
// node:test/reporters — the built-in reporters, usable with run() or a custom pipeline.

const reporters = require('internal/test_runner/reporters');

module.exports = {
  dot: reporters.dot,
  junit: reporters.junit,
  get spec() {
    return reporters.getSpecReporter();
  },
  tap: reporters.tap,
  get lcov() {
    return reporters.makeLcov();
  },
};
