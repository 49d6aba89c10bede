// node:util exports the functions Node 22 programs use.
const util = require('util');
console.log(require('node:util') === util);
const names = ['_errnoException', '_exceptionWithHostPort', '_extend', 'callbackify', 'debug', 'debuglog',
  'deprecate', 'format', 'styleText', 'formatWithOptions', 'getCallSite', 'getCallSites',
  'getSystemErrorMap', 'getSystemErrorName', 'getSystemErrorMessage', 'inherits', 'inspect', 'isArray',
  'isBoolean', 'isBuffer', 'isDeepStrictEqual', 'isNull', 'isNullOrUndefined', 'isNumber', 'isString',
  'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError', 'isFunction', 'isPrimitive',
  'log', 'promisify', 'stripVTControlCharacters', 'toUSVString', 'transferableAbortSignal',
  'transferableAbortController', 'aborted', 'types', 'parseArgs'];
const keys = Object.keys(util);
for (const n of names) console.log(n, typeof util[n], keys.includes(n));
console.log(keys.indexOf('callbackify') < keys.indexOf('inherits'), keys.indexOf('promisify') < keys.indexOf('types'));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
console.log(util.callbackify.length, util.promisify.length, util.inherits.length, util.deprecate.length,
            util.isDeepStrictEqual.length, util.aborted.length, util.styleText.length);
