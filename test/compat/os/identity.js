'use strict';
// type/arch/platform/endianness/machine/release/version relationships.
const os = require('os');

console.log(os.type(), os.arch() === process.arch, os.endianness(), typeof os.machine(), typeof os.release(), typeof os.version());
console.log(os.release().length > 0, os.version().length > 0, os.hostname().length > 0, typeof os.availableParallelism());
console.log(Number.isInteger(os.availableParallelism()), os.availableParallelism() >= 1);
