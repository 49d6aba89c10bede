// punycode errors: invalid input, non-basic code points, overflow; export shape and version.
const punycode = require('punycode');
function t(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.message); }
}
t('invalid digit', () => punycode.decode('ü'));
t('not basic', () => punycode.decode('ü-a'));
t('overflow', () => punycode.decode('a-99999999'));
t('truncated', () => punycode.decode('a-9'));
t('bad char', () => punycode.decode('abc-$$'));
t('toUnicode bad', () => punycode.toUnicode('xn--ü.com'));
console.log(Object.keys(punycode).join(), punycode.version, Object.keys(punycode.ucs2).join());
console.log(punycode.encode.length, punycode.decode.length, punycode.toASCII.length, punycode.toUnicode.length);
