'use strict';
const show = require('./fixtures/show');
const r = require('module').createRequire(`${__dirname}/fixtures/exp/`);

// Subpath patterns with "*": the match is substituted into the target.
show(() => r('e-pattern/features/a'));
show(() => r('e-pattern/features/a.js'));
show(() => r('e-pattern/features/b/c'));
show(() => r('e-pattern/lib/util.js'));
show(() => r('e-pattern/lib/util'));
show(() => r('e-pattern/top'));
show(() => r('e-pattern/sub/deep/index'));
show(() => r('e-pattern/multi/m'));
show(() => r('e-pattern/features/'));
show(() => r('e-pattern/assets/site.css'));
show(() => r('e-pattern/star/a/mid/b'));
