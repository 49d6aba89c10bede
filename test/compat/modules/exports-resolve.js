'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// require.resolve() goes through "exports" too, and caches in Module._pathCache.
const Module = require('module');
show(() => r.resolve('e-subpaths/feature'));
show(() => r.resolve('e-cond'));
show(() => r.resolve('e-subpaths/lib/private.js'));
show(() => r.resolve('e-mainless-dir'));
show(() => r.resolve.paths('e-subpaths').filter((p) => p.includes('/fixtures/')));
console.log(Object.keys(Module._pathCache).some((k) => k.startsWith('e-subpaths/feature\x00')));
