'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// An exported target that does not exist: MODULE_NOT_FOUND naming the resolved file.
show(() => r('e-missing-file'));
show(() => r('e-missing-file/sub'));
show(() => r('e-missing-file/pat/x'));
try {
  r('e-missing-file');
} catch (e) {
  console.log(Object.keys(e).join(), 'requireStack' in e);
}
