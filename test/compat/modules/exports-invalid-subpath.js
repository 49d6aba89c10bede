'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// A pattern match must not contain ".", ".." or "node_modules" segments.
show(() => r('e-invalid/pat/../x'));
show(() => r('e-invalid/pat/./x'));
show(() => r('e-invalid/pat/node_modules/x'));
show(() => r('e-invalid/pat/a/%2e%2e/b'));
show(() => r('e-pattern/lib/../x'));
show(() => r('e-pattern/features/x/NODE_MODULES/y'));
