'use strict';
const show = require('./fixtures/show');
// Module._nodeModulePaths: every ancestor's node_modules, skipping node_modules folders.
const { _nodeModulePaths } = require('module');
for (const from of ['/', '/a', '/a/b/c', '/a/node_modules/b', '/a/node_modules', '/node_modules',
  '/a/node_modules/node_modules/b', '/a/b/', '/a//b', '/a/./b/../c', '/a/@scope/node_modules/x']) {
  console.log(from, JSON.stringify(_nodeModulePaths(from)));
}
const rel = _nodeModulePaths('x');
console.log(rel[0] === `${process.cwd()}/x/node_modules`, rel[rel.length - 1]);
