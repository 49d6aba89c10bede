'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// "exports": "./main.js" exports the main entry only.
show(() => r('e-string'));
show(() => r('e-string/other.js'));
show(() => r('e-string/main.js'));
show(() => r('e-string/package.json'));
show(() => r('e-dot'));
show(() => r.resolve('e-string'));
