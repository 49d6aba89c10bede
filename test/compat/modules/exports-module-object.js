'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// Loaded packages record their resolved filename.
r('e-cond');
const Module = require('module');
const file = r.resolve('e-cond');
const m = Module._cache[file];
console.log(show.clean(m.id), show.clean(m.filename), m.loaded);
console.log(show.clean(m.paths[0]));
