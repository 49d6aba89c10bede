'use strict';
const show = require('./fixtures/show');
// Directories without a package.json load index.js, then index.json, then index.node.
show(() => require('./fixtures/dirs/with-index'));
show(() => require('./fixtures/dirs/with-index/'));
show(() => require('./fixtures/dirs/index-json'));
show(() => require('./fixtures/dirs/index-node-order'));
show(() => require('./fixtures/dirs/empty-dir'));
show(() => require.resolve('./fixtures/dirs/index-json').split('/').slice(-2).join('/'));
