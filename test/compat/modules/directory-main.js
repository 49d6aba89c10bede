'use strict';
const show = require('./fixtures/show');
// package.json "main" of a required directory: a file, without extension, a folder, JSON.
show(() => require('./fixtures/dirs/main-file'));
show(() => require('./fixtures/dirs/main-noext'));
show(() => require('./fixtures/dirs/main-dir'));
show(() => require('./fixtures/dirs/main-json'));
show(() => require('./fixtures/dirs/main-empty'));
show(() => require('./fixtures/dirs/main-number'));
show(() => require('./fixtures/dirs/type-weird'));
show(() => require('./fixtures/dirs/exports-ignored'));
