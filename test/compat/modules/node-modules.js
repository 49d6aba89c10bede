'use strict';
const show = require('./fixtures/show');
// Bare names are searched in node_modules folders from the requiring file upward.
show(() => require('./fixtures/nm/node_modules/plain'));
show(() => require('./fixtures/nm/inner/req'));
show(() => require('./fixtures/nm/node_modules/plain/nested/use'));
const m = require('module');
const r = m.createRequire(`${__dirname}/fixtures/nm/x.js`);
show(() => r('plain'));
show(() => r('plain/sub'));
show(() => r('plain/sub.js'));
show(() => r('plain/deep/file'));
show(() => r('with-main'));
show(() => r('with-main/other'));
show(() => r('jsonpkg'));
show(() => r('file-pkg'));
show(() => r('shadowed'));
show(() => r('plain/missing'));
