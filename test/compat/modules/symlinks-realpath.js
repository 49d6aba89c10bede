'use strict';
const show = require('./fixtures/show');
// Resolved filenames are real paths (symlinks followed) and relative segments collapse.
const path = require('path');
show(() => require.resolve('./fixtures/basic/../basic/a'));
show(() => require.resolve('./fixtures/dirs/main-dir'));
show(() => path.isAbsolute(require.resolve('./fixtures/basic/a')));
