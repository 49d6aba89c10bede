'use strict';
const show = require('./fixtures/show');
// node:test is a builtin only with its scheme; plain 'test' is an ordinary package name.
const { isBuiltin, builtinModules } = require('module');
console.log(isBuiltin('node:test'), isBuiltin('test'), builtinModules.includes('test'));
show(() => typeof require('node:test'));
show(() => require.resolve('node:test'));
show(() => require('test'));
