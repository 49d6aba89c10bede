// A test whose promise never settles is cancelled when the event loop empties.
require('./fixtures/tap-filter');
const { test } = require('node:test');
test('finished', () => {});
test('never settles', () => new Promise(() => {}));
