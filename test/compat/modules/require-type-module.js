'use strict';
const show = require('./fixtures/show');
// require() of a .js file in a "type": "module" package; .cjs stays CommonJS.
show(() => require('./fixtures/esm/typemod/cjs.cjs'));
show(() => require('./fixtures/esm/typecjs'));
const m = require('./fixtures/esm/typemod');
console.log(Object.keys(m).join(), m.y);
