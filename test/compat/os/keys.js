'use strict';
// os module keys, property descriptors and function arities.
const os = require('os');

console.log(Object.keys(os));
for (const k of Object.keys(os)) if (typeof os[k] === 'function') console.log(k, os[k].name, os[k].length);
for (const k of ['constants', 'EOL', 'devNull']) {
  const d = Object.getOwnPropertyDescriptor(os, k);
  console.log(k, d.writable, d.enumerable, d.configurable);
}
