'use strict';
// escape: unreserved set, UTF-8 bytes, coercion, lone surrogates.
const qs = require('querystring');
const show = (v) => console.log(JSON.stringify(v));

let all = '';
for (let i = 0; i < 128; i++) all += String.fromCharCode(i);
console.log(qs.escape(all));
console.log(qs.escape('a b\u00e9\ud83d\ude00\u0800\uffff'), qs.escape(5), qs.escape({ toString() { return 'x y'; } }), qs.escape(null), qs.escape(undefined));
for (const s of ['\ud800', '\udc00', 'a\ud800b', '\ud800\ud800']) {
  try { console.log(qs.escape(s)); } catch (err) { console.log(err.name, err.code, err.message); }
}
