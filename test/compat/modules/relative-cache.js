'use strict';
const show = require('./fixtures/show');
// The same request from different folders resolves separately.
const a = require('./fixtures/nm/inner/req');
const b = require('./fixtures/nm/node_modules/plain/nested/use');
console.log(a.shadowed, b.shadowed);
console.log(require('./fixtures/basic/a') === require('./fixtures/basic/a.js'));
console.log(require('./fixtures/basic/a') === require(`${__dirname}/fixtures/basic/a`));
