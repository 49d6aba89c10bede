'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// Arrays are fallbacks: invalid targets are skipped, the first valid one wins.
show(() => r('e-array'));
show(() => r('e-array/invalid-first'));
show(() => r('e-array/null-first'));
show(() => r('e-array/cond-first'));
show(() => r('e-array/all-invalid'));
show(() => r('e-array/empty'));
show(() => r('e-array/nested'));
show(() => r('e-array/missing-first'));
