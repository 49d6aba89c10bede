// util.types checks for dates, regexps, errors, promises, arguments and iterators.
const { types } = require('util');
const values = [
  ['Date', new Date()], ['fakeDate', Object.create(Date.prototype)],
  ['taggedDate', { [Symbol.toStringTag]: 'Date' }],
  ['RegExp', /a/g], ['RegExp.prototype', RegExp.prototype], ['fakeRegExp', Object.create(RegExp.prototype)],
  ['Error', new Error('x')], ['TypeError', new TypeError('x')],
  ['subclass error', new (class E extends Error {})()],
  ['fakeError', Object.create(Error.prototype)], ['taggedError', { [Symbol.toStringTag]: 'Error' }],
  ['Promise', Promise.resolve(1)], ['thenable', { then() {} }],
  ['arguments', (function () { return arguments; })(1, 2)], ['array', [1, 2]],
  ['taggedArgs', { [Symbol.toStringTag]: 'Arguments' }],
  ['mapIterator', new Map().entries()], ['setIterator', new Set().values()],
  ['arrayIterator', [].values()], ['object', {}], ['null', null], ['number', 1],
];
for (const [name, v] of values) {
  console.log(name, [types.isDate(v), types.isRegExp(v), types.isNativeError(v), types.isPromise(v),
    types.isArgumentsObject(v), types.isMapIterator(v), types.isSetIterator(v),
    types.isExternal(v), types.isModuleNamespaceObject(v), types.isKeyObject(v),
    types.isCryptoKey(v)].map(Number).join(''));
}
