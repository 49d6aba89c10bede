'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// Targets resolve like URLs: percent-escapes decode, "?" and "#" end the path.
show(() => r('e-encoded/space'));
show(() => r('e-encoded/raw space'));
show(() => r('e-encoded/slash'));
show(() => r('e-encoded/q'));
show(() => r('e-encoded/hash'));
show(() => r('e-encoded/pat/x'));
show(() => r('e-encoded/pat/x%2fy'));
show(() => r('e-invalid/empty-seg'));
