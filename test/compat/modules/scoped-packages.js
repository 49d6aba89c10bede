'use strict';
const show = require('./fixtures/show');
// @scope/name packages, with and without "exports".
const r = require('module').createRequire(`${__dirname}/fixtures/nm/`);
show(() => r('@scope/pkg'));
show(() => r('@scope/pkg/sub/thing'));
show(() => r('@scope/pkg/main.js'));
show(() => r('@scope/exp'));
show(() => r('@scope/exp/feature'));
show(() => r('@scope/exp/hidden.js'));
show(() => r('@scope/missing'));
show(() => r('@scope'));
show(() => r.resolve('@scope/exp/feature'));
