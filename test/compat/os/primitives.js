'use strict';
// functions that read as their value in string context.
const os = require('os');

const names = Object.keys(os).filter((k) => typeof os[k] === 'function' && typeof os[k][Symbol.toPrimitive] === 'function');
console.log(names);
for (const k of names) console.log(k, `${os[k]}` === String(os[k]()));
