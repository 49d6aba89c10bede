'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// Subpath maps: only listed subpaths resolve, exactly as written.
show(() => r('e-subpaths'));
show(() => r('e-subpaths/feature'));
show(() => r('e-subpaths/feature.js'));
show(() => r('e-subpaths/deep/path'));
show(() => r('e-subpaths/data'));
show(() => r('e-subpaths/package.json').name);
show(() => r('e-subpaths/lib/private.js'));
show(() => r('e-subpaths/lib/feature.js'));
show(() => r('e-subpaths/feature/'));
show(() => r('e-subpaths/./feature'));
show(() => r('e-subpaths/FEATURE'));
