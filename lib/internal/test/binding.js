'use strict';
// require('internal/test/binding') under --expose-internals: the bindings, for cnode's tests.

module.exports = { internalBinding };
