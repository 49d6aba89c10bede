'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// ERR_PACKAGE_PATH_NOT_EXPORTED messages for the main entry and subpaths.
show(() => r('e-nomain'));
show(() => r('e-nomain/only'));
show(() => r('e-nomain/index.js'));
show(() => r('e-nomain/other/deep.js'));
show(() => r('e-empty-obj'));
show(() => r('e-empty-obj/index.js'));
show(() => r('@sc/exp/nope'));
try {
  r('e-nomain');
} catch (e) {
  console.log(Object.keys(e).join(), e instanceof Error, e.name);
}
