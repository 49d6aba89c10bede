// punycode.ucs2 decode/encode: surrogate pairs and lone surrogates.
const { ucs2 } = require('punycode');
for (const s of ['', 'abc', '😀', 'a😀b', '\uD800', '\uD800a', '\uDC00\uD800', '\uD834\uDF06x']) {
  const cps = ucs2.decode(s);
  console.log(JSON.stringify(s), JSON.stringify(cps), ucs2.encode(cps) === s);
}
console.log(ucs2.encode([0x61, 0x1F600, 0x62]));
try { ucs2.encode([0x110000]); } catch (e) { console.log(e.name); }
