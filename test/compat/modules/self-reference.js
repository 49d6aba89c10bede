'use strict';
const show = require('./fixtures/show');
// A package can require itself by name when its package.json has "name" and "exports".
require('./fixtures/self/lib/use-self');
show(() => require('./fixtures/self/node_modules/dep-in-self'));
show(() => require('./fixtures/self-noexports/use'));
show(() => require('./fixtures/self-noname/use'));
