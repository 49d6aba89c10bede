'use strict';
const show = require('./fixtures/show');
// require() of a .mjs file.
const m = require('./fixtures/esm/plain.mjs');
console.log(Object.keys(m).join(), m.x, m.default);
