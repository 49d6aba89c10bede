'use strict';
const show = require('./fixtures/show');
// Builtins resolve to their own names; node:-only and unknown names do not.
show(() => require.resolve('path'));
show(() => require.resolve('node:path'));
show(() => require.resolve('node:nope'));
show(() => require.resolve('test'));
show(() => require.resolve('node:events'));
show(() => require('node:path') === require('path'));
show(() => require('node:nope'));
show(() => require('node:'));
show(() => require('test'));
show(() => require('node:internal/errors'));
show(() => require('internal/errors'));
