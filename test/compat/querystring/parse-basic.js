'use strict';
// parse: pairs, repeated keys, empty pieces, missing values.
const qs = require('querystring');
const show = (v) => console.log(JSON.stringify(v));

for (const s of ['a=1&b=2', 'a=1&a=2&a=3', 'a', 'a=', '=a', '=', '&&', 'a&&b', '&a=1&', 'a=b=c', 'a[]=1&a[]=2', '__proto__=1&constructor=2&hasOwnProperty=3', ' a = b ', 'a=1&b', '']) show([s, qs.parse(s)]);
console.log(Object.getPrototypeOf(qs.parse('a=1')));
