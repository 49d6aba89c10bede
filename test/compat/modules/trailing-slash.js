'use strict';
const show = require('./fixtures/show');
// A trailing slash (or '.' / '..') means "directory": files are not tried.
show(() => require('./fixtures/dirs/main-file/'));
show(() => require('./fixtures/basic/a.js/'));
show(() => require('./fixtures/basic/a/'));
show(() => require('./fixtures/dirs/with-index/.'));
show(() => require('./fixtures/dirs/main-dir/lib/..'));
show(() => require('./fixtures/nm/node_modules/plain/'));
