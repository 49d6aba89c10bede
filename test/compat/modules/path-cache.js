'use strict';
const show = require('./fixtures/show');
// Module._pathCache keys: request and lookup paths joined by NUL.
const Module = require('module');
require('./fixtures/basic/a');
const keys = Object.keys(Module._pathCache).map((k) => show.clean(k.split(__dirname).join('<T>')));
console.log(JSON.stringify(keys.filter((k) => k.includes('basic/a'))));
console.log(Object.values(Module._pathCache).every((v) => typeof v === 'string'));
console.log(Object.getPrototypeOf(Module._pathCache));
