'use strict';
const show = require('./fixtures/show');
// Editing Module.wrapper in place also takes effect.
const Module = require('module');
Module.wrapper[0] += 'var injected = 42; ';
console.log(JSON.stringify(Module.wrap('x')));
const m = new Module('/virtual.js', module);
m._compile('module.exports = typeof injected === "number" ? injected : "none";', '/virtual.js');
console.log(m.exports);
