'use strict';
const show = require('./fixtures/show');
// MODULE_NOT_FOUND: the message, the code and the require stack.
show(() => require('./fixtures/nope'));
show(() => require('no-such-package-at-all'));
show(() => require('./fixtures/stack/one'));
show(() => require('./fixtures/stack/bare'));
show(() => require('/definitely/not/here.js'));
try {
  require('./nothing-here');
} catch (e) {
  console.log(e.name, e.code, Object.keys(e).join(), Array.isArray(e.requireStack), e.requireStack.length);
  console.log(e instanceof Error, Object.getPrototypeOf(e) === Error.prototype);
}
