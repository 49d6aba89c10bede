'use strict';
const show = require('./fixtures/show');
// A module that throws is removed from the cache; requiring it again runs it again.
show(() => require('./fixtures/basic/throws'));
console.log(require.cache[require.resolve('./fixtures/basic/throws')]);
show(() => require('./fixtures/basic/throws'));
console.log(module.children.filter((c) => c.id.includes('throws')).length);
show(() => require('./fixtures/basic/returns'));
