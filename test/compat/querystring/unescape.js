'use strict';
// unescape and unescapeBuffer, including malformed sequences.
const qs = require('querystring');
const { Buffer } = require('buffer');
const show = (v) => console.log(JSON.stringify(v));

for (const s of ['%zz%41+', '%e9', 'a%20b', '%', '%4', '%41%42', 'caf%C3%A9', '%C3', 'a+b']) {
  show([s, qs.unescape(s), qs.unescape(s, true)]);
}
console.log(qs.unescapeBuffer('%41%zz+é', true), qs.unescapeBuffer('%41%zz+é'), qs.unescapeBuffer('%e4%bd%a0').toString());
console.log(Buffer.isBuffer(qs.unescapeBuffer('x')), qs.unescapeBuffer('').length);
