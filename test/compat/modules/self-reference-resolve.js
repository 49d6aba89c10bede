'use strict';
const show = require('./fixtures/show');
// Self-reference through require.resolve and createRequire.
const { createRequire } = require('module');
const r = createRequire(`${__dirname}/fixtures/self/any.js`);
show(() => r.resolve('self-pkg'));
show(() => r.resolve('self-pkg/util'));
show(() => r('self-pkg/nope'));
show(() => r.resolve('self-pkg/missing'));
const outside = createRequire(`${__dirname}/fixtures/x.js`);
show(() => outside('self-pkg'));
