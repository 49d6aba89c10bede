'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// Conditions are matched in object order; require() matches require, node, module-sync,
// node-addons and default.
show(() => r('e-cond'));
show(() => r('e-cond/def-first'));
show(() => r('e-cond/node'));
show(() => r('e-cond/browser'));
show(() => r('e-cond/import-only'));
show(() => r('e-cond/module-sync'));
show(() => r('e-cond/addons'));
show(() => r('e-cond/custom'));
show(() => r('e-sugar'));
