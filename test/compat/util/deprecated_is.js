// The legacy util.is* helpers still work and warn with their DEP codes.
const util = require('util');
const seen = [];
process.on('warning', (w) => seen.push(`${w.code} ${w.message}`));
const values = [null, undefined, 0, 'a', true, Symbol.iterator, [], {}, () => {}, /a/, new Date(0),
  new Error('e'), Object.create(Error.prototype), new Uint8Array(1)];
const names = ['isArray', 'isBoolean', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString',
  'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive'];
for (const n of names) {
  console.log(n, util[n].name, values.map((v) => Number(util[n](v))).join(''));
}
setImmediate(() => { for (const s of seen) console.log(s); });
