'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// Resolved exports are cached like any other module.
const one = r('e-subpaths/feature');
const two = r('e-subpaths/feature.js');
console.log(one === two, one);
const Module = require('module');
const key = Object.keys(Module._cache).filter((k) => k.includes('e-subpaths')).map(show.clean);
console.log(JSON.stringify(key));
