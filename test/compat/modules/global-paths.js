'use strict';
const show = require('./fixtures/show');
// Module.globalPaths: $HOME/.node_modules, $HOME/.node_libraries, <prefix>/lib/node.
const Module = require('module');
const path = require('path');
const home = process.env.HOME;
console.log(Module.globalPaths.length);
console.log(Module.globalPaths[0] === path.resolve(home, '.node_modules'));
console.log(Module.globalPaths[1] === path.resolve(home, '.node_libraries'));
console.log(Module.globalPaths[2] === path.resolve(process.execPath, '..', '..', 'lib', 'node'));
const copy = Module.globalPaths;
Module.globalPaths = ['/nowhere'];
console.log(require.resolve.paths('x').includes('/nowhere'));
Module.globalPaths = copy;
