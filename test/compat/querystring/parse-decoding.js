'use strict';
// parse: percent decoding, '+', malformed escapes kept, invalid UTF-8.
const qs = require('querystring');
const show = (v) => console.log(JSON.stringify(v));

for (const s of ['a=%20b', 'a+b=c+d', '%61=%62', 'a=%zz', 'a=%', 'a=%2', 'a%zz=%e9%41', 'b=%C3%A9', 'c=%E9', 'd=caf%C3', 'e=%F0%9F%98%80', 'f=%ED%A0%80', 'g=%2B', 'h=%25', '%E4%BD%A0=%E5%A5%BD', 'x=%c3+%a9']) show([s, qs.parse(s)]);
