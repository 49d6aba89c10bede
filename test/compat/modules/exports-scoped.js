'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// Scoped packages with "exports" and patterns.
show(() => r('@sc/exp'));
show(() => r('@sc/exp/sub/one'));
show(() => r('@sc/exp/sub/two'));
show(() => r('@sc/exp/main.js'));
show(() => r('@sc/exp/package.json'));
show(() => r.resolve('@sc/exp/sub/one'));
