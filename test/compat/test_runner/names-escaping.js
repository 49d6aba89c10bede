// Test names in TAP: escaping of '#', backslashes and control characters; default names.
require('./fixtures/tap-filter');
const { test } = require('node:test');
test('hash # in name', () => {});
test('back\\slash', () => {});
test('tab\there', () => {});
test('new\nline', () => {});
test('cr\rhere', () => {});
test('', () => {});
test(() => {});
test(function namedFunction() {});
test({ skip: false }, function fromOptions() {});
test(5, () => {});
test('unicode ✓ é', () => {});
