'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// Targets are used as written: no extension search, any file type.
show(() => r('e-ext/json'));
show(() => r('e-ext/noext'));
show(() => r('e-ext/cjs'));
show(() => r('e-dirs/dir/x'));
show(() => r('e-dirs/dir/'));
show(() => r('e-dirs/dir/x.js'));
