// v8.serialize of strings: one-byte (latin1), two-byte with alignment padding, long strings.
const v8 = require('v8');
const values = ['', 'a', 'abc', 'é', 'ÿ', '€', 'a€', '€a', '😀', 'x😀y', '\u0000', '\ud800', 'a'.repeat(200),
  'ü'.repeat(130), '€'.repeat(70), 'mixed ascii and €uro', '\n\t"\\'];
for (const s of values) {
  const buf = v8.serialize(s);
  console.log(JSON.stringify(s).slice(0, 30), buf.length, buf.toString('hex').slice(0, 80), v8.deserialize(buf) === s);
}
// Padding depends on position: strings nested in objects and arrays.
for (const v of [{ k: '€' }, { kk: '€' }, ['€'], ['a', '€'], [{ '€': '€' }]]) {
  const buf = v8.serialize(v);
  console.log(buf.toString('hex'), JSON.stringify(v8.deserialize(buf)) === JSON.stringify(v));
}
