'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// null targets exclude subpaths, even when a broader pattern would match.
show(() => r('e-null'));
show(() => r('e-null/open'));
show(() => r('e-null/blocked'));
show(() => r('e-null/internal/secret'));
show(() => r('e-null/internal/public/ok'));
show(() => r('e-null-whole'));
show(() => r('e-null-whole/sub'));
