'use strict';
// util.inspect / util.format: turns any JS value into Node 22's exact text form.

// Intrinsics are captured once so that user code patching prototypes cannot
// change how values are rendered.
const ObjectProto = Object.prototype;
const objToString = ObjectProto.toString;
const hasOwnFn = ObjectProto.hasOwnProperty;
const isEnumFn = ObjectProto.propertyIsEnumerable;
const getProto = Object.getPrototypeOf;
const getOwnDesc = Object.getOwnPropertyDescriptor;
const getOwnNames = Object.getOwnPropertyNames;
const getOwnSymbols = Object.getOwnPropertySymbols;
const objectKeys = Object.keys;
const objectIs = Object.is;
const reflectOwnKeys = Reflect.ownKeys;
const reflectApply = Reflect.apply;
const isArray = Array.isArray;
const fnToString = Function.prototype.toString;
const symToString = Symbol.prototype.toString;
const symValueOf = Symbol.prototype.valueOf;
const numValueOf = Number.prototype.valueOf;
const strValueOf = String.prototype.valueOf;
const boolValueOf = Boolean.prototype.valueOf;
const bigValueOf = typeof BigInt === 'function' ? BigInt.prototype.valueOf : undefined;
const dateGetTime = Date.prototype.getTime;
const dateToISO = Date.prototype.toISOString;
const dateToString = Date.prototype.toString;
const regexpToString = RegExp.prototype.toString;
const regexpSourceGet = getOwnDesc(RegExp.prototype, 'source').get;
const errorToString = Error.prototype.toString;
const mapSizeGet = getOwnDesc(Map.prototype, 'size').get;
const setSizeGet = getOwnDesc(Set.prototype, 'size').get;
const mapEntries = Map.prototype.entries;
const setValues = Set.prototype.values;
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const TypedArrayProto = getProto(Uint8Array.prototype);
const typedArrayTagGet = getOwnDesc(TypedArrayProto, Symbol.toStringTag).get;
const typedArrayLengthGet = getOwnDesc(TypedArrayProto, 'length').get;
const abByteLengthGet = getOwnDesc(ArrayBuffer.prototype, 'byteLength').get;
const sabByteLengthGet = typeof SharedArrayBuffer === 'function' ?
  getOwnDesc(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const dvByteLengthGet = getOwnDesc(DataView.prototype, 'byteLength').get;
const MapIteratorProto = getProto(new Map()[Symbol.iterator]());
const SetIteratorProto = getProto(new Set()[Symbol.iterator]());
const GeneratorFunctionProto = getProto(function*() {});
const AsyncFunctionProto = getProto(async function() {});
const AsyncGeneratorFunctionProto = getProto(async function*() {});
const PromiseProto = Promise.prototype;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;
const kMinLineWidth = 16;

// Defaults shared by every call; inspect.defaultOptions reads and writes it.
const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 128,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});
inspectDefaultOptions.breakLength = 80;

let errorCodes;
function lazyCodes() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

// Names of the constructors the engine provides; a class whose name is in
// this set counts as built in (for %s and prototype listing).
let builtInNames;
// The engine's own constructors and namespaces (what the global object holds before the
// runtime adds Node's web globals such as URL or Blob, whose toString %s must call).
const kEngineGlobals = ['AggregateError', 'Array', 'ArrayBuffer', 'Atomics', 'BigInt',
  'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView', 'Date', 'Error', 'EvalError',
  'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function', 'Int16Array', 'Int32Array',
  'Int8Array', 'Intl', 'Iterator', 'JSON', 'Map', 'Math', 'Number', 'Object', 'Promise', 'Proxy',
  'RangeError', 'ReferenceError', 'Reflect', 'RegExp', 'Set', 'SharedArrayBuffer', 'String',
  'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array',
  'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet', 'WebAssembly'];

function getBuiltInNames() {
  builtInNames ??= new Set(kEngineGlobals);
  return builtInNames;
}

// Optional engine hooks (a runtime may provide promise state inspection).
let utilBinding;
function lazyUtilBinding() {
  if (utilBinding === undefined) {
    utilBinding = null;
    try {
      // eslint-disable-next-line no-undef
      if (typeof internalBinding === 'function') utilBinding = internalBinding('util') || null;
    } catch {
      utilBinding = null;
    }
  }
  return utilBinding;
}

// ---------------------------------------------------------------------------
// Type checks that work on JavaScriptCore without engine introspection.

function hasOwn(obj, key) {
  return reflectApply(hasOwnFn, obj, [key]);
}

function brandCheck(fn, value, args) {
  try {
    reflectApply(fn, value, args || []);
    return true;
  } catch {
    return false;
  }
}

const isMap = (v) => brandCheck(mapSizeGet, v);
const isSet = (v) => brandCheck(setSizeGet, v);
const isWeakMap = (v) => brandCheck(weakMapHas, v, [ObjectProto]);
const isWeakSet = (v) => brandCheck(weakSetHas, v, [ObjectProto]);
const isDate = (v) => brandCheck(dateGetTime, v);
const isRegExp = (v) => v !== RegExp.prototype && brandCheck(regexpSourceGet, v);
const isArrayBuffer = (v) => brandCheck(abByteLengthGet, v);
const isSharedArrayBuffer = (v) =>
  sabByteLengthGet !== undefined && brandCheck(sabByteLengthGet, v);
const isDataView = (v) => brandCheck(dvByteLengthGet, v);
const isNumberObject = (v) => typeof v === 'object' && brandCheck(numValueOf, v);
const isStringObject = (v) => typeof v === 'object' && brandCheck(strValueOf, v);
const isBooleanObject = (v) => typeof v === 'object' && brandCheck(boolValueOf, v);
const isSymbolObject = (v) => typeof v === 'object' && brandCheck(symValueOf, v);
const isBigIntObject = (v) =>
  typeof v === 'object' && bigValueOf !== undefined && brandCheck(bigValueOf, v);

function typedArrayName(v) {
  try {
    return reflectApply(typedArrayTagGet, v, []);
  } catch {
    return undefined;
  }
}
const isTypedArray = (v) => typedArrayName(v) !== undefined;

function protoChainIncludes(value, proto) {
  let p = value;
  try {
    while ((p = getProto(p)) !== null) {
      if (p === proto) return true;
    }
  } catch {
    // a proxy trap threw: treat as not related
  }
  return false;
}

function rawTag(value) {
  return reflectApply(objToString, value, []);
}

function isError(value) {
  if (typeof Error.isError === 'function') {
    if (Error.isError(value)) return true;
  } else if (rawTag(value) === '[object Error]') {
    return true;
  }
  try {
    return value instanceof Error;
  } catch {
    return false;
  }
}

function isPromise(value) {
  const binding = lazyUtilBinding();
  if (binding !== null && typeof binding.isPromise === 'function') return binding.isPromise(value);
  return rawTag(value) === '[object Promise]' && protoChainIncludes(value, PromiseProto);
}

function isArgumentsObject(value) {
  return rawTag(value) === '[object Arguments]' && !isArray(value);
}

function isModuleNamespace(value) {
  if (getProto(value) !== null || Object.isExtensible(value)) return false;
  const desc = getOwnDesc(value, Symbol.toStringTag);
  return desc !== undefined && desc.value === 'Module' && !desc.writable && !desc.enumerable;
}

function isMapIterator(value) {
  return protoChainIncludes(value, MapIteratorProto);
}

function isSetIterator(value) {
  return protoChainIncludes(value, SetIteratorProto);
}

function isStackOverflow(err) {
  return err instanceof RangeError && /call stack/i.test(String(err.message));
}

// ---------------------------------------------------------------------------
// Colors.

const colors = { __proto__: null };
const colorTable = [
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23],
  ['underline', 4, 24], ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28],
  ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
  ['black', 30, 39], ['red', 31, 39], ['green', 32, 39], ['yellow', 33, 39],
  ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39],
  ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49], ['bgYellow', 43, 49],
  ['bgBlue', 44, 49], ['bgMagenta', 45, 49], ['bgCyan', 46, 49], ['bgWhite', 47, 49],
  ['framed', 51, 54], ['overlined', 53, 55],
  ['gray', 90, 39], ['redBright', 91, 39], ['greenBright', 92, 39],
  ['yellowBright', 93, 39], ['blueBright', 94, 39], ['magentaBright', 95, 39],
  ['cyanBright', 96, 39], ['whiteBright', 97, 39],
  ['bgGray', 100, 49], ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49],
  ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49], ['bgMagentaBright', 105, 49],
  ['bgCyanBright', 106, 49], ['bgWhiteBright', 107, 49],
];
for (const [name, open, close] of colorTable) colors[name] = [open, close];

function defineColorAlias(alias, target) {
  Object.defineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}
for (const [alias, target] of [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
]) {
  defineColorAlias(alias, target);
}

const styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// Matches CSI / OSC escape sequences (what terminals interpret, not print).
const ansiPattern = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))', 'g');

function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('str', 'string', str);
  }
  return str.replace(ansiPattern, '');
}

function removeColors(str) {
  return String(str).replace(ansiPattern, '');
}

// ---------------------------------------------------------------------------
// Display width of a string in terminal columns.

const wideRanges = [
  [0x1100, 0x115F], [0x231A, 0x231B], [0x2329, 0x232A], [0x23E9, 0x23EC],
  [0x23F0, 0x23F0], [0x23F3, 0x23F3], [0x25FD, 0x25FE], [0x2614, 0x2615],
  [0x2648, 0x2653], [0x267F, 0x267F], [0x2693, 0x2693], [0x26A1, 0x26A1],
  [0x26AA, 0x26AB], [0x26BD, 0x26BE], [0x26C4, 0x26C5], [0x26CE, 0x26CE],
  [0x26D4, 0x26D4], [0x26EA, 0x26EA], [0x26F2, 0x26F3], [0x26F5, 0x26F5],
  [0x26FA, 0x26FA], [0x26FD, 0x26FD], [0x2705, 0x2705], [0x270A, 0x270B],
  [0x2728, 0x2728], [0x274C, 0x274C], [0x274E, 0x274E], [0x2753, 0x2755],
  [0x2757, 0x2757], [0x2795, 0x2797], [0x27B0, 0x27B0], [0x27BF, 0x27BF],
  [0x2B1B, 0x2B1C], [0x2B50, 0x2B50], [0x2B55, 0x2B55], [0x2E80, 0x303E],
  [0x3041, 0x33FF], [0x3400, 0x4DBF], [0x4E00, 0x9FFF], [0xA000, 0xA4CF],
  [0xA960, 0xA97F], [0xAC00, 0xD7A3], [0xF900, 0xFAFF], [0xFE10, 0xFE19],
  [0xFE30, 0xFE6F], [0xFF00, 0xFF60], [0xFFE0, 0xFFE6], [0x16FE0, 0x16FE4],
  [0x17000, 0x18CFF], [0x1AFF0, 0x1B2FF], [0x1F004, 0x1F004], [0x1F0CF, 0x1F0CF],
  [0x1F18E, 0x1F18E], [0x1F191, 0x1F19A], [0x1F200, 0x1F251], [0x1F260, 0x1F265],
  [0x1F300, 0x1F64F], [0x1F680, 0x1F6FF], [0x1F7E0, 0x1F7EB], [0x1F90C, 0x1F9FF],
  [0x1FA70, 0x1FAFF], [0x20000, 0x3FFFD],
];

function isWideCodePoint(code) {
  let lo = 0;
  let hi = wideRanges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = wideRanges[mid];
    if (code < range[0]) hi = mid - 1;
    else if (code > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

const zeroWidthPattern = /^[\p{Mn}\p{Me}\p{Cf}\u1160-\u11FF\uFE00-\uFE0F]$/u;

function getStringWidth(str, removeControl = true) {
  let width = 0;
  if (removeControl) str = removeColors(str);
  str = String(str);
  let ascii = true;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      ascii = false;
      break;
    }
    if (code >= 32) width++;
  }
  if (ascii) return width;
  width = 0;
  for (const ch of str.normalize('NFC')) {
    const code = ch.codePointAt(0);
    if (code < 32 || (code >= 0x7F && code <= 0x9F)) continue;
    if (zeroWidthPattern.test(ch)) continue;
    width += isWideCodePoint(code) ? 2 : 1;
  }
  return width;
}

// ---------------------------------------------------------------------------
// Primitives.

const escapeTable = [];
for (let c = 0; c < 0xA0; c++) {
  let text;
  if (c < 0x20 || (c >= 0x7F)) {
    text = `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
  } else {
    text = String.fromCharCode(c);
  }
  escapeTable.push(text);
}
escapeTable[8] = '\\b';
escapeTable[9] = '\\t';
escapeTable[10] = '\\n';
escapeTable[12] = '\\f';
escapeTable[13] = '\\r';
escapeTable[39] = "\\'";
escapeTable[92] = '\\\\';

const needsEscapeSingle =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeOther =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeSingleGlobal = new RegExp(needsEscapeSingle.source, 'g');
const escapeOtherGlobal = new RegExp(needsEscapeOther.source, 'g');

function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < escapeTable.length) return escapeTable[code];
  return `\\u${code.toString(16)}`;
}

// Quote a string the way Node does: prefer ', then ", then `.
function strEscape(str) {
  let quote = "'";
  let test = needsEscapeSingle;
  let replacer = escapeSingleGlobal;
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
    if (quote !== "'") {
      test = needsEscapeOther;
      replacer = escapeOtherGlobal;
    }
  }
  if (!test.test(str)) return quote + str + quote;
  replacer.lastIndex = 0;
  return quote + str.replace(replacer, escapeChar) + quote;
}

// Escapes control characters only (used for hidden keys and symbol keys).
const controlGlobal =
  /[\x00-\x1f\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function escapeControl(str) {
  return str.replace(controlGlobal, escapeChar);
}

function groupDigitsFromEnd(digits) {
  const sign = digits[0] === '-' ? '-' : '';
  let body = sign ? digits.slice(1) : digits;
  if (body.length < 4) return digits;
  const parts = [];
  while (body.length > 3) {
    parts.unshift(body.slice(-3));
    body = body.slice(0, -3);
  }
  parts.unshift(body);
  return sign + parts.join('_');
}

function groupDigitsFromStart(digits) {
  if (digits.length <= 3) return digits;
  const parts = [];
  let i = 0;
  for (; i < digits.length - 3; i += 3) parts.push(digits.slice(i, i + 3));
  parts.push(digits.slice(i));
  return parts.join('_');
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (objectIs(number, -0)) return fn('-0', 'number');
    return fn(`${number}`, 'number');
  }
  const text = String(number);
  if (Number.isInteger(number)) {
    if (text.includes('e')) return fn(text, 'number');
    return fn(groupDigitsFromEnd(text), 'number');
  }
  if (!Number.isFinite(number)) return fn(text, 'number');
  const dot = text.indexOf('.');
  return fn(`${groupDigitsFromEnd(text.slice(0, dot))}.${groupDigitsFromStart(text.slice(dot + 1))}`,
            'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const text = String(bigint);
  if (!numericSeparator) return fn(`${text}n`, 'bigint');
  return fn(`${groupDigitsFromEnd(text)}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true &&
          value.length > kMinLineWidth &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        const lines = value.split(/(?<=\n)/);
        const pieces = [];
        for (const line of lines) pieces.push(fn(strEscape(line), 'string'));
        return pieces.join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
      }
      return fn(strEscape(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean':
      return fn(`${value}`, 'boolean');
    case 'undefined':
      return fn('undefined', 'undefined');
    default:
      return fn(reflectApply(symToString, value, []), 'symbol');
  }
}

// ---------------------------------------------------------------------------
// Names and prefixes.

function safeInstanceOf(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch {
    return false;
  }
}

function engineClassName(value) {
  if (typeof value === 'function') return 'Function';
  if (isArray(value)) return 'Array';
  return 'Object';
}

// Walks the prototype chain for the nearest data property `constructor`
// holding a named function the object is an instance of. null when the
// chain ends in null without one.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  let depth = 0;
  while (obj !== null && obj !== undefined) {
    const desc = getOwnDesc(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' &&
        desc.value.name !== '' && safeInstanceOf(start, desc.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !getBuiltInNames().has(desc.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(desc.value.name);
    }
    obj = getProto(obj);
    if (firstProto === undefined) firstProto = obj;
    if (++depth > 1000) break;
  }
  if (firstProto === null) return null;
  const protoText = inspect(firstProto, {
    ...ctx,
    customInspect: false,
    depth: -1,
  });
  return `${engineClassName(start)} <${protoText}>`;
}

// showHidden: list accessors and data of user-defined prototypes the way
// Node does (functions are left out, keys shown once).
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = getProto(obj);
      if (obj === null) return;
      const desc = getOwnDesc(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' &&
          getBuiltInNames().has(desc.value.name) && safeInstanceOf(main, desc.value)) {
        return;
      }
    }
    if (depth === 0) {
      keySet = new Set();
    } else {
      for (const key of keys) keySet.add(key);
    }
    keys = reflectOwnKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) ||
          (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = getOwnDesc(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      if (ctx.colors) {
        output.push(`\u001b[2m${value}\u001b[22m`);
      } else {
        output.push(value);
      }
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) {
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = getOwnSymbols(value);
  if (showHidden) {
    keys = getOwnNames(value);
    for (const s of symbols) keys.push(s);
  } else {
    try {
      keys = objectKeys(value);
    } catch (err) {
      if (!isModuleNamespace(value)) throw err;
      keys = getOwnNames(value);
    }
    for (const s of symbols) {
      if (reflectApply(isEnumFn, value, [s])) keys.push(s);
    }
  }
  return keys;
}

function isIndexKey(key) {
  if (typeof key !== 'string') return false;
  if (key === '0') return true;
  if (!/^[1-9][0-9]*$/.test(key)) return false;
  return Number(key) < 4294967295;
}

function getNonIndexKeys(value, showHidden) {
  const keys = [];
  for (const key of reflectOwnKeys(value)) {
    if (isIndexKey(key)) continue;
    if (!showHidden && !reflectApply(isEnumFn, value, [key])) continue;
    keys.push(key);
  }
  return keys;
}

function isClassSource(source) {
  if (!source.startsWith('class') || !source.endsWith('}')) return false;
  const body = source.slice(5, -1);
  const brace = body.indexOf('{');
  if (brace === -1) return false;
  if (!/^\s|^$/.test(body.slice(0, 1)) && body[0] !== '{') return false;
  const header = body.slice(0, brace);
  if (!header.includes('(')) return true;
  const stripped = body.replace(/\/\/[^\n]*\n|\/\*[\s\S]*?\*\//g, '');
  const head = stripped.slice(0, stripped.indexOf('{'));
  return head.indexOf('(') === -1;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = getProto(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(value, constructor, tag) {
  let source;
  try {
    source = reflectApply(fnToString, value, []);
  } catch {
    source = '';
  }
  if (isClassSource(source)) return getClassBase(value, constructor, tag);
  let type = 'Function';
  if (protoChainIncludes(value, GeneratorFunctionProto)) type = `Generator${type}`;
  if (protoChainIncludes(value, AsyncFunctionProto)) type = `Async${type}`;
  if (protoChainIncludes(value, AsyncGeneratorFunctionProto)) type = 'AsyncGeneratorFunction';
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${typeof value.name === 'string' ? value.name : formatValue(
      { ...defaultCtx(), seen: [] }, value.name, 0)}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (isNumberObject(value)) {
    type = 'Number';
    primitive = reflectApply(numValueOf, value, []);
  } else if (isStringObject(value)) {
    type = 'String';
    primitive = reflectApply(strValueOf, value, []);
    keys.splice(0, primitive.length);
  } else if (isBooleanObject(value)) {
    type = 'Boolean';
    primitive = reflectApply(boolValueOf, value, []);
  } else if (isBigIntObject(value)) {
    type = 'BigInt';
    primitive = reflectApply(bigValueOf, value, []);
  } else {
    type = 'Symbol';
    primitive = reflectApply(symValueOf, value, []);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, { ...ctx, compact: true })}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---------------------------------------------------------------------------
// Errors.

function getStackString(err) {
  const stack = err.stack;
  if (!stack) return reflectApply(errorToString, err, []);
  // Errors created by the engine itself carry JSC-format frames: show them as V8 would.
  if (typeof stack === 'string') return require('internal/util/stack_trace').formatErrorStack(err);
  // A non-string stack is shown below the error's own summary line.
  const shown = inspect(stack, { compact: false }).replace(/\n/g, '\n    ');
  return `${reflectApply(errorToString, err, [])}\n    ${shown}`;
}

function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  const looksNormal = name.endsWith('Error') && stack.startsWith(name) &&
    (stack.length === len || stack[len] === ':' || stack[len] === '\n');
  if (constructor !== null && !looksNormal) return stack;
  let fallback = 'Error';
  if (constructor === null) {
    const m = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
      /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = (m && m[1]) || '';
    len = fallback.length;
    if (fallback === '') fallback = 'Error';
  }
  const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name === prefix) return stack;
  if (prefix.includes(name)) {
    return len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
  }
  return `${prefix} [${name}]${stack.slice(len)}`;
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index === -1) continue;
    const prop = err[name];
    if (typeof prop !== 'string' || stack.includes(prop)) keys.splice(index, 1);
  }
}

// Frames shared with the cause's stack are folded into one line.
function foldCauseFrames(err, lines) {
  let cause;
  try {
    cause = err.cause;
  } catch {
    return lines;
  }
  if (cause === null || typeof cause !== 'object' || !isError(cause)) return lines;
  let causeStack;
  try {
    causeStack = cause.stack;
  } catch {
    return lines;
  }
  if (typeof causeStack !== 'string') return lines;
  const causeFrames = causeStack.split('\n').filter((l) => /^\s+at /.test(l));
  if (causeFrames.length === 0) return lines;
  // Longest run of identical frames at the end of both traces... Node looks
  // for the first frame of ours inside the cause's frames and counts matches.
  for (let i = 0; i < lines.length; i++) {
    const at = causeFrames.indexOf(lines[i]);
    if (at === -1) continue;
    let len = 0;
    while (i + len < lines.length && at + len < causeFrames.length &&
           lines[i + len] === causeFrames[at + len]) {
      len++;
    }
    if (len > 3) {
      const skipped = len - 2;
      const msg = `    ... ${skipped} lines matching cause stack trace ...`;
      lines.splice(i + 1, skipped, msg);
    }
    break;
  }
  return lines;
}

const publicBuiltins = new Set(('assert async_hooks buffer child_process cluster console ' +
  'constants crypto dgram diagnostics_channel dns domain events fs http http2 https ' +
  'inspector module net os path perf_hooks process punycode querystring readline repl ' +
  'stream string_decoder sys timers tls trace_events tty url util v8 vm wasi ' +
  'worker_threads zlib test sqlite sea').split(' '));

// Frames from the runtime's own modules are dimmed when colors are on.
function isCoreFrame(line) {
  const m = /^\s+at (?:[^(]* \()?node:([^:)]+)/.exec(line);
  if (m === null) return false;
  const id = m[1];
  if (id.startsWith('internal/')) return id.indexOf('/', 9) !== -1 || id !== 'internal/main';
  return publicBuiltins.has(id.split('/')[0]);
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);
  // JavaScriptCore adds own line/column/sourceURL to thrown errors; Node
  // has no such properties, so they are never listed.
  for (const jscKey of ['line', 'column', 'sourceURL']) {
    const index = keys.indexOf(jscKey);
    if (index !== -1 && !reflectApply(isEnumFn, err, [jscKey])) keys.splice(index, 1);
  }
  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  if (isArray(err.errors) && (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }
  stack = improveStack(stack, constructor, name, tag);
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let head = stack.slice(0, stackStart);
    const lines = foldCauseFrames(err, stack.slice(stackStart + 1).split('\n'));
    if (ctx.colors) {
      for (const line of lines) {
        const core = isCoreFrame(line);
        if (core) {
          head += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          head += `\n${line.replace(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/g,
                                    (m, mod) => `node_modules/${ctx.stylize(mod, 'module')}`)}`;
        }
      }
    } else {
      head += `\n${lines.join('\n')}`;
    }
    stack = head;
  }
  if (ctx.indentationLvl !== 0) {
    stack = stack.replace(/\n/g, `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

// ---------------------------------------------------------------------------
// Entry formatters.

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatEmpty() {
  return [];
}

function formatArray(ctx, value, recurseTimes) {
  const length = value.length;
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output = [];
  let index = 0;
  // Walk indices in order; runs of holes collapse into one entry.
  while (index < length && output.length < limit) {
    if (hasOwn(value, index)) {
      output.push(formatProperty(ctx, value, recurseTimes, index, kArrayType));
      index++;
      continue;
    }
    let next = index + 1;
    const found = nextOwnIndex(value, index, length);
    next = found === -1 ? length : found;
    const holes = next - index;
    output.push(ctx.stylize(`<${holes} empty item${holes > 1 ? 's' : ''}>`, 'undefined'));
    index = next;
  }
  const remaining = length - index;
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

// Next own index >= from (sparse arrays); -1 when none below `length`.
function nextOwnIndex(array, from, length) {
  if (from + 64 >= length || length < 1024) {
    for (let i = from; i < length; i++) if (hasOwn(array, i)) return i;
    return -1;
  }
  let best = -1;
  for (const key of objectKeys(array)) {
    if (!isIndexKey(key)) continue;
    const n = Number(key);
    if (n >= from && n < length && (best === -1 || n < best)) best = n;
  }
  return best;
}

function formatTypedArray(value, length, ctx, ignored, recurseTimes) {
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = value.length - limit;
  const output = [];
  for (let i = 0; i < limit; i++) {
    const element = value[i];
    output.push(typeof element === 'bigint' ?
      formatBigInt(ctx.stylize, element, ctx.numericSeparator) :
      formatNumber(ctx.stylize, element, ctx.numericSeparator));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`${ctx.stylize(`[${key}]`, 'string')}: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function hexBytes(bytes, count) {
  let out = '';
  for (let i = 0; i < count; i++) {
    if (i !== 0) out += ' ';
    out += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  }
  return out;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  let str = hexBytes(bytes, Math.min(ctx.maxArrayLength, bytes.length));
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatSet(set, ctx, ignored, recurseTimes) {
  const size = reflectApply(setSizeGet, set, []);
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const remaining = size - limit;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  const it = reflectApply(setValues, set, []);
  for (let step = it.next(); !step.done; step = it.next()) {
    if (i >= limit) break;
    output.push(formatValue(ctx, step.value, recurseTimes));
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(map, ctx, ignored, recurseTimes) {
  const size = reflectApply(mapSizeGet, map, []);
  const limit = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const remaining = size - limit;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  const it = reflectApply(mapEntries, map, []);
  for (let step = it.next(); !step.done; step = it.next()) {
    if (i >= limit) break;
    const [k, v] = step.value;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) output.push(remainingText(remaining));
  ctx.indentationLvl -= 2;
  return output;
}

function formatPromise(ctx, value, recurseTimes) {
  const binding = lazyUtilBinding();
  let state;
  if (binding !== null && typeof binding.getPromiseState === 'function') {
    try {
      state = binding.getPromiseState(value);
    } catch {
      state = undefined;
    }
  }
  if (!state || state[0] === 0) return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, state[1], recurseTimes);
  ctx.indentationLvl -= 2;
  return [state[0] === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatNamespace(keys, ctx, value, recurseTimes) {
  const output = [];
  for (const key of keys) {
    try {
      output.push(formatProperty(ctx, value, recurseTimes, key, kObjectType));
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      const name = formatKeyName(ctx, key, { enumerable: true });
      output.push(`${name}: ${ctx.stylize('<uninitialized>', 'special')}`);
    }
  }
  keys.length = 0;
  return output;
}

const identifierKey = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatKeyName(ctx, key, desc) {
  if (typeof key === 'symbol') {
    return `[${ctx.stylize(escapeControl(reflectApply(symToString, key, [])), 'symbol')}]`;
  }
  if (key === '__proto__') return "['__proto__']";
  if (desc.synthetic) return ctx.stylize(`[${escapeControl(String(key))}]`, 'string');
  if (desc.enumerable === false) return `[${escapeControl(String(key))}]`;
  if (identifierKey.test(key)) return ctx.stylize(key, 'name');
  return ctx.stylize(strEscape(String(key)), 'string');
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let str;
  let extraLine = ' ';
  // Keys that are not own properties (byteLength of buffers, DataView
  // fields) are read through the getter and shown bracketed.
  desc = desc || getOwnDesc(value, key) || { value: value[key], enumerable: false, synthetic: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extraLine = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const g = ctx.getters;
    if (g && (g === true || (g === 'get' && desc.set === undefined) ||
              (g === 'set' && desc.set !== undefined))) {
      try {
        const result = reflectApply(desc.get, original, []);
        ctx.indentationLvl += 2;
        if (result === null) {
          str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
        } else if (typeof result === 'object') {
          str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, result, recurseTimes)}`;
        } else {
          const prim = formatPrimitive(s, result, ctx);
          str = `${s(`[${label}:`, 'special')} ${prim}${s(']', 'special')}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        const message = `<Inspection threw (${err.message})>`;
        str = `${s(`[${label}:`, 'special')} ${message}${s(']', 'special')}`;
      }
    } else {
      str = s(`[${label}]`, 'special');
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  const name = formatKeyName(ctx, key, desc);
  return `${name}:${extraLine}${str}`;
}

// ---------------------------------------------------------------------------
// Layout.

function isBelowBreakLength(ctx, output, start, base) {
  let total = output.length + start;
  if (total + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    total += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (total > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

// Lays out many short array entries in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2;
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
      !(totalLength / actualMax > 5 || maxLength <= 6)) {
    return output;
  }
  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;
  const maxLineLength = [];
  for (let c = 0; c < columns; c++) {
    let lineLength = 0;
    for (let j = c; j < output.length; j += columns) {
      if (dataLen[j] > lineLength) lineLength = dataLen[j];
    }
    maxLineLength.push(lineLength + separatorSpace);
  }
  let padStart = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        padStart = false;
        break;
      }
    }
  }
  const grouped = [];
  for (let i = 0; i < outputLength; i += columns) {
    const max = Math.min(i + columns, outputLength);
    let line = '';
    let j = i;
    for (; j < max - 1; j++) {
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
      line += padStart ? `${output[j]}, `.padStart(padding, ' ') :
        `${output[j]}, `.padEnd(padding, ' ');
    }
    if (padStart) {
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
      line += output[j].padStart(padding, ' ');
    } else {
      line += output[j];
    }
    grouped.push(line);
  }
  if (ctx.maxArrayLength < output.length) grouped.push(output[outputLength]);
  return grouped;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// ---------------------------------------------------------------------------
// The core.

function getUserOptions(ctx) {
  return {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
}

function isOwnPrototypeObject(value) {
  const desc = getOwnDesc(value, 'constructor');
  if (desc === undefined || desc.value === null ||
      (typeof desc.value !== 'function' && typeof desc.value !== 'object')) {
    return false;
  }
  try {
    return desc.value.prototype === value;
  } catch {
    return false;
  }
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  if (ctx.customInspect) {
    const custom = value[customInspectSymbol];
    if (typeof custom === 'function' && custom !== inspect && !isOwnPrototypeObject(value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const ret = reflectApply(custom, value, [depth, getUserOptions(ctx), inspect]);
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function getTag(ctx, value) {
  let tag;
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    return '';
  }
  if (typeof tag !== 'string') return '';
  if (tag !== '') {
    const own = ctx.showHidden ? hasOwn(value, Symbol.toStringTag) :
      reflectApply(isEnumFn, value, [Symbol.toStringTag]);
    if (own) return '';
  }
  return tag;
}

// A class named after its tag (MapX for 'Map') does not repeat it, unless
// the tag is only the start of a longer lowercase word (Mapper).
function tagInName(name, tag) {
  let at = name.indexOf(tag);
  while (at !== -1) {
    const next = name[at + tag.length];
    if (next === undefined || !(next >= 'a' && next <= 'z')) return true;
    at = name.indexOf(tag, at + 1);
  }
  return false;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;
  let tag = getTag(ctx, value);
  if (tag !== '' && constructor !== null && tagInName(constructor, tag)) tag = '';
  let base = '';
  let formatter = formatEmpty;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;
  const noExtras = () => keys.length === 0 && protoProps === undefined;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getNonIndexKeys(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && noExtras()) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (isSet(value)) {
      const size = reflectApply(setSizeGet, value, []);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatSet(value, c, v, r);
      if (size === 0 && noExtras()) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = reflectApply(mapSizeGet, value, []);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatMap(value, c, v, r);
      if (size === 0 && noExtras()) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getNonIndexKeys(value, ctx.showHidden);
      const fallback = constructor === null ? typedArrayName(value) : '';
      const size = reflectApply(typedArrayLengthGet, value, []);
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, r) => formatTypedArray(value, size, c, v, r);
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value) || isSetIterator(value)) {
      // Entries cannot be previewed without consuming the iterator here.
      keys = getKeys(value, ctx.showHidden);
      braces = [`${getPrefix(constructor, tag, 'Object')}{`, '}'];
      if (noExtras()) return `${braces[0]}}`;
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tag);
      if (noExtras()) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (noExtras()) return `${braces[0]}}`;
    } else if (isRegExp(value)) {
      const source = constructor !== null ? value : new RegExp(value);
      base = reflectApply(regexpToString, source, []);
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (noExtras() || (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      if (Number.isNaN(reflectApply(dateGetTime, value, []))) {
        base = reflectApply(dateToString, value, []);
      } else {
        base = reflectApply(dateToISO, value, []);
      }
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (noExtras()) return ctx.stylize(base, 'date');
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (noExtras()) return base;
    } else if (isArrayBuffer(value) || isSharedArrayBuffer(value)) {
      const kind = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, kind);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (noExtras()) {
        const len = reflectApply(kind === 'ArrayBuffer' ? abByteLengthGet : sabByteLengthGet,
                                 value, []);
        return `${prefix}{ [byteLength]: ${formatNumber(ctx.stylize, len, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = formatWeakCollection;
    } else if (isModuleNamespace(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const nsKeys = keys;
      formatter = (c, v, r) => formatNamespace(nsKeys, c, v, r);
    } else if (isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
               isBigIntObject(value) || isSymbolObject(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (noExtras()) return base;
    } else {
      if (noExtras()) return `${getPrefix(constructor, tag, 'Object')}{}`;
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();
  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }
  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function defaultCtx() {
  return {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
}

/**
 * Returns a string representation of `value` (Node's util.inspect).
 * Legacy form: inspect(value, showHidden, depth, colors).
 */
function inspect(value, opts) {
  const ctx = defaultCtx();
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of objectKeys(opts)) {
        if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('options', 'Object', options);
    }
    return Object.assign(inspectDefaultOptions, options);
  },
});

inspect.colors = colors;
inspect.styles = styles;

// ---------------------------------------------------------------------------
// util.format.

// True when %s should inspect the object rather than call its toString.
function hasBuiltInToString(value) {
  try {
    if (typeof value[Symbol.toPrimitive] === 'function' &&
        !ownerIsBuiltIn(value, Symbol.toPrimitive)) {
      return false;
    }
    if (typeof value.toString !== 'function') return true;
    return ownerIsBuiltIn(value, 'toString');
  } catch {
    return true;
  }
}

// Whether the object in value's chain that owns `key` belongs to a built-in.
function ownerIsBuiltIn(value, key) {
  if (hasOwn(value, key)) return false;
  let pointer = value;
  do {
    pointer = getProto(pointer);
  } while (pointer !== null && !hasOwn(pointer, key));
  if (pointer === null) return true;
  const desc = getOwnDesc(pointer, 'constructor');
  return desc !== undefined && typeof desc.value === 'function' &&
    getBuiltInNames().has(desc.value.name);
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (err instanceof TypeError && /circular|cyclic/i.test(String(err.message))) {
      return '[Circular]';
    }
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    let piece;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const next = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (next) {
          case 115: { // s
            const arg = args[++a];
            if (typeof arg === 'number') {
              piece = formatNumber(stylizeNoColor, arg, false);
            } else if (typeof arg === 'bigint') {
              piece = formatBigInt(stylizeNoColor, arg, false);
            } else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
              piece = String(arg);
            } else {
              piece = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            }
            break;
          }
          case 106: // j
            piece = tryStringify(args[++a]);
            break;
          case 100: { // d
            const arg = args[++a];
            if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, Number(arg), false);
            break;
          }
          case 79: // O
            piece = inspect(args[++a], inspectOptions);
            break;
          case 111: // o
            piece = inspect(args[++a], {
              ...inspectOptions, showHidden: true, showProxy: true, depth: 4,
            });
            break;
          case 105: { // i
            const arg = args[++a];
            if (typeof arg === 'bigint') piece = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, Number.parseInt(arg), false);
            break;
          }
          case 102: { // f
            const arg = args[++a];
            if (typeof arg === 'symbol') piece = 'NaN';
            else piece = formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
            break;
          }
          case 99: // c
            a += 1;
            piece = '';
            break;
          case 37: // %
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += piece;
        lastPos = i + 1;
      } else if (next === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw new (lazyCodes().ERR_INVALID_ARG_TYPE)('inspectOptions', 'Object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  getStringWidth,
  stripVTControlCharacters,
  isError,
  stylizeNoColor,
  stylizeWithColor,
};
