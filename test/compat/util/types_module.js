// util.types is also node:util/types and util/types; the checks keep Node's lengths.
const util = require('util');
console.log(require('util/types') === util.types, require('node:util/types') === util.types);
const keys = Object.keys(util.types).sort();
console.log(keys.join(' '));
console.log(keys.every((k) => typeof util.types[k] === 'function'));
console.log(keys.map((k) => util.types[k].length).join(''));
console.log(util.isRegExp.length, util.isDate.length);
