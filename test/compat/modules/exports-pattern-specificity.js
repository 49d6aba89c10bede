'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// The most specific pattern wins: longest prefix before "*", then the longest key.
show(() => r('e-pattern/features/special/s'));
show(() => r('e-pattern/prefix-x'));
show(() => r('e-pattern/prefix-long-y'));
show(() => r('e-pattern/prefix-'));
show(() => r.resolve('e-pattern/features/special/s').split('/e-pattern/')[1]);
