'use strict';
const show = require('./fixtures/show');
// require() argument validation.
show(() => require(''));
show(() => require(5));
show(() => require(null));
show(() => require({}));
show(() => require());
show(() => require(Symbol('s')));
show(() => require.resolve(''));
show(() => require.resolve({}));
