// util.toUSVString replaces lone surrogates with U+FFFD.
const util = require('util');
const inputs = ['abc', 'a\ud800b', '\udc00', '\ud83d\ude00', '\ude00\ud83d', 'x\ud800', '', 42, null,
  { toString() { return '\ud800obj'; } }];
for (const s of inputs) {
  console.log(JSON.stringify(util.toUSVString(s)), util.toUSVString(s).length);
}
