'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// Nested condition objects and conditions inside arrays.
show(() => r('e-nested'));
show(() => r('e-nested/x'));
