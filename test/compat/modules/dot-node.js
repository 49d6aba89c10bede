'use strict';
const show = require('./fixtures/show');
// .node files go to process.dlopen.
show(() => require('./fixtures/basic/fake.node'));
const m = require('module');
console.log(typeof m._extensions['.node'], m._extensions['.node'].length);
