'use strict';
// StringDecoder prototype and instance shape.
const { StringDecoder } = require('string_decoder');
const show = (v) => console.log(JSON.stringify(v));

const d = new StringDecoder('hex');
console.log(Object.keys(d), Object.getOwnPropertyNames(StringDecoder.prototype), typeof StringDecoder, StringDecoder.length);
console.log(['write', 'end', 'text'].map((k) => [k, StringDecoder.prototype[k].length].join(':')).join(' '));
for (const k of ['lastChar', 'lastNeed', 'lastTotal']) {
  const desc = Object.getOwnPropertyDescriptor(StringDecoder.prototype, k);
  console.log(k, typeof desc.get, desc.enumerable, desc.configurable);
}
console.log(require('node:string_decoder').StringDecoder === StringDecoder, Object.keys(require('string_decoder')));
