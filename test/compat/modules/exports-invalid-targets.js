'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// Targets must start with "./" and stay inside the package: ERR_INVALID_PACKAGE_TARGET.
for (const sub of ['parent', 'abs', 'bare', 'nm', 'dotdot', 'dot', 'num', 'bool', 'url', 'obj-bad',
  'patbad/x', 'encoded', 'nmenc']) {
  show(() => r(`e-invalid/${sub}`));
}
show(() => r('e-invalid/pat/ok'));
