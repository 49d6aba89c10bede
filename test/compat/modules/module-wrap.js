'use strict';
const show = require('./fixtures/show');
// Module.wrap / Module.wrapper, and patching them changes how modules compile.
const Module = require('module');
console.log(JSON.stringify(Module.wrapper));
console.log(JSON.stringify(Module.wrap('body')));
console.log(require('./fixtures/basic/a'));
const original = Module.wrap;
Module.wrap = function(script) {
  return original(`exports.wrapped = true; ${script}`);
};
console.log(JSON.stringify(require('./fixtures/basic/this')));
console.log(JSON.stringify(require('./fixtures/basic/file.cjs')));
const desc = Object.getOwnPropertyDescriptor(Module, 'wrap');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
