'use strict';
// parse of non-string input.
const qs = require('querystring');
const show = (v) => console.log(JSON.stringify(v));

for (const v of [undefined, null, 5, {}, [], true]) show(qs.parse(v));
