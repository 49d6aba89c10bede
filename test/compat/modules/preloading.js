'use strict';
const show = require('./fixtures/show');
// module.isPreloading is false outside --require; _preloadModules runs requests from the cwd.
const Module = require('module');
console.log(module.isPreloading, Module.prototype.isPreloading);
Module._preloadModules(['./fixtures/basic/a']);
Module._preloadModules();
Module._preloadModules([]);
console.log(typeof Module._preloadModules);
show(() => Module._preloadModules(['./fixtures/no-such-preload']));
