'use strict';
// module keys and function lengths.
const qs = require('querystring');
const show = (v) => console.log(JSON.stringify(v));

console.log(Object.keys(qs));
for (const k of Object.keys(qs)) console.log(k, typeof qs[k], qs[k].length);
console.log(require('node:querystring') === qs);
