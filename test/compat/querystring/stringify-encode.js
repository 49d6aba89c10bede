'use strict';
// stringify with a custom encodeURIComponent and unicode escaping.
const qs = require('querystring');
const show = (v) => console.log(JSON.stringify(v));

console.log(qs.stringify({ a: 1, b: 'x', c: [true, ''] }, ';', ':', { encodeURIComponent: (s) => `<${s}>` }));
console.log(qs.stringify({ '你': '好', e: '😀', s: ' +&=/?#', t: "-_.!~*'()" }));
try { qs.stringify({ a: '\ud800' }); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(qs.encode === qs.stringify, qs.decode === qs.parse);
