'use strict';
const show = require('./fixtures/show');
// Circular requires see the partial exports of a module that is still loading.
show(() => require('./fixtures/circular/a'));
show(() => require('./fixtures/circular/b'));
show(() => require('./fixtures/circular/c'));
show(() => require('./fixtures/circular/self'));
const Module = require('module');
console.log(Module._cache[require.resolve('./fixtures/circular/a')].loaded);
