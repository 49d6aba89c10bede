'use strict';
// util.types: type checks on engine internal slots ("brand checks"), so that a forged
// Symbol.toStringTag or prototype cannot fool them. Where JavaScript offers no side-effect-free
// brand check (promises, map/set iterators, generator objects, module namespaces), the check
// falls back to internalBinding('util') when it provides one, else to prototype and tag tests.

const { apply: reflectApply, getPrototypeOf, ownKeys } = Reflect;
const getOwnDesc = Object.getOwnPropertyDescriptor;
const objToString = Object.prototype.toString;
const fnToString = Function.prototype.toString;

let utilBinding;
function binding() {
  if (utilBinding === undefined) {
    try {
      utilBinding = internalBinding('util');
    } catch {
      utilBinding = null;
    }
  }
  return utilBinding;
}

// True when calling `method` with `this === value` does not throw (the method checks a slot).
function brand(method, value) {
  try {
    reflectApply(method, value, []);
    return true;
  } catch {
    return false;
  }
}

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function protoChainIncludes(value, proto) {
  try {
    let p = value;
    while ((p = getPrototypeOf(p)) !== null) {
      if (p === proto) return true;
    }
  } catch {
    // A proxy's getPrototypeOf trap threw.
  }
  return false;
}

// Object.prototype.toString's builtin tag, or undefined when a string Symbol.toStringTag would
// hide it.
function builtinTag(value) {
  let tag;
  try {
    tag = value[Symbol.toStringTag];
  } catch {
    return undefined;
  }
  if (typeof tag === 'string') return undefined;
  return reflectApply(objToString, value, []);
}

const getter = (proto, name) => getOwnDesc(proto, name).get;

const mapHas = Map.prototype.has;
const setHas = Set.prototype.has;
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const dateGetTime = Date.prototype.getTime;
const regexpSource = getter(RegExp.prototype, 'source');
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const dataViewBuffer = getter(DataView.prototype, 'buffer');
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const symbolValueOf = Symbol.prototype.valueOf;
const bigintValueOf = BigInt.prototype.valueOf;

const MapIteratorPrototype = getPrototypeOf(new Map().keys());
const SetIteratorPrototype = getPrototypeOf(new Set().keys());
const GeneratorFunctionPrototype = getPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = getPrototypeOf(async function* () {});
const AsyncFunctionPrototype = getPrototypeOf(async function () {});
const GeneratorPrototype = GeneratorFunctionPrototype.prototype;
const AsyncGeneratorPrototype = AsyncGeneratorFunctionPrototype.prototype;

let sharedArrayBufferByteLength;
function sabByteLength() {
  if (sharedArrayBufferByteLength === undefined) {
    sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
      getter(SharedArrayBuffer.prototype, 'byteLength') : null;
  }
  return sharedArrayBufferByteLength;
}

function isMap(value) {
  return isObjectLike(value) && brand(mapHas, value);
}

function isSet(value) {
  return isObjectLike(value) && brand(setHas, value);
}

function isWeakMap(value) {
  return isObjectLike(value) && brand(weakMapHas, value);
}

function isWeakSet(value) {
  return isObjectLike(value) && brand(weakSetHas, value);
}

function isDate(value) {
  return isObjectLike(value) && brand(dateGetTime, value);
}

function isRegExp(value) {
  // The `source` getter also accepts RegExp.prototype itself, which is no RegExp.
  return isObjectLike(value) && value !== RegExp.prototype && brand(regexpSource, value);
}

function isArrayBuffer(value) {
  return isObjectLike(value) && brand(arrayBufferByteLength, value);
}

function isSharedArrayBuffer(value) {
  const get = sabByteLength();
  return get !== null && isObjectLike(value) && brand(get, value);
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isDataView(value) {
  return isObjectLike(value) && brand(dataViewBuffer, value);
}

// The typed array's constructor name ('Uint8Array', ...) or undefined.
function typedArrayName(value) {
  if (!isObjectLike(value)) return undefined;
  return reflectApply(typedArrayTag, value, []);
}

function isTypedArray(value) {
  return typedArrayName(value) !== undefined;
}

const isUint8Array = (value) => typedArrayName(value) === 'Uint8Array';
const isUint8ClampedArray = (value) => typedArrayName(value) === 'Uint8ClampedArray';
const isUint16Array = (value) => typedArrayName(value) === 'Uint16Array';
const isUint32Array = (value) => typedArrayName(value) === 'Uint32Array';
const isInt8Array = (value) => typedArrayName(value) === 'Int8Array';
const isInt16Array = (value) => typedArrayName(value) === 'Int16Array';
const isInt32Array = (value) => typedArrayName(value) === 'Int32Array';
const isFloat16Array = (value) => typedArrayName(value) === 'Float16Array';
const isFloat32Array = (value) => typedArrayName(value) === 'Float32Array';
const isFloat64Array = (value) => typedArrayName(value) === 'Float64Array';
const isBigInt64Array = (value) => typedArrayName(value) === 'BigInt64Array';
const isBigUint64Array = (value) => typedArrayName(value) === 'BigUint64Array';

function isNumberObject(value) {
  return typeof value === 'object' && value !== null && brand(numberValueOf, value);
}

function isStringObject(value) {
  return typeof value === 'object' && value !== null && brand(stringValueOf, value);
}

function isBooleanObject(value) {
  return typeof value === 'object' && value !== null && brand(booleanValueOf, value);
}

function isSymbolObject(value) {
  return typeof value === 'object' && value !== null && brand(symbolValueOf, value);
}

function isBigIntObject(value) {
  return typeof value === 'object' && value !== null && brand(bigintValueOf, value);
}

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

function isNativeError(value) {
  if (typeof Error.isError === 'function') return Error.isError(value);
  return isObjectLike(value) && builtinTag(value) === '[object Error]';
}

function isPromise(value) {
  if (!isObjectLike(value)) return false;
  const b = binding();
  if (b !== null && typeof b.isPromise === 'function') return b.isPromise(value);
  return protoChainIncludes(value, Promise.prototype) &&
    reflectApply(objToString, value, []) === '[object Promise]';
}

function isMapIterator(value) {
  if (!isObjectLike(value)) return false;
  const b = binding();
  if (b !== null && typeof b.isMapIterator === 'function') return b.isMapIterator(value);
  return protoChainIncludes(value, MapIteratorPrototype);
}

function isSetIterator(value) {
  if (!isObjectLike(value)) return false;
  const b = binding();
  if (b !== null && typeof b.isSetIterator === 'function') return b.isSetIterator(value);
  return protoChainIncludes(value, SetIteratorPrototype);
}

function isGeneratorObject(value) {
  if (!isObjectLike(value)) return false;
  const b = binding();
  if (b !== null && typeof b.isGeneratorObject === 'function') return b.isGeneratorObject(value);
  return protoChainIncludes(value, GeneratorPrototype) ||
    protoChainIncludes(value, AsyncGeneratorPrototype);
}

function functionSource(fn) {
  try {
    return reflectApply(fnToString, fn, []);
  } catch {
    return '';
  }
}

// Skips whitespace and comments in `src` from `i`.
function skipSpace(src, i) {
  for (;;) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f' ||
        c === '\u00a0' || c === '\ufeff') {
      i++;
    } else if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end === -1) return src.length;
      i = end + 2;
    } else if (c === '/' && src[i + 1] === '/') {
      const end = src.indexOf('\n', i + 2);
      if (end === -1) return src.length;
      i = end + 1;
    } else {
      return i;
    }
  }
}

const identChar = /[\p{ID_Continue}$\u200c\u200d]/u;

// Reads a function's source text: generator functions and methods have a `*` right after
// `function` or at the start of the method definition (after an optional `async`).
function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  const b = binding();
  if (b !== null && typeof b.isGeneratorFunction === 'function') {
    return b.isGeneratorFunction(value);
  }
  const src = functionSource(value);
  let i = 0;
  if (src.startsWith('async') && !identChar.test(src[5] || '')) i = skipSpace(src, 5);
  if (src.startsWith('function', i) && !identChar.test(src[i + 8] || '')) {
    i = skipSpace(src, i + 8);
  }
  return src[i] === '*';
}

function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  const b = binding();
  if (b !== null && typeof b.isAsyncFunction === 'function') return b.isAsyncFunction(value);
  const src = functionSource(value);
  if (!src.startsWith('async') || identChar.test(src[5] || '')) return false;
  // `async(...)` may be an async arrow function or a method named "async".
  const next = skipSpace(src, 5);
  if (src[next] === '(') {
    const proto = getPrototypeOf(value);
    return proto === AsyncFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
  }
  return true;
}

function isArgumentsObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value) &&
    builtinTag(value) === '[object Arguments]';
}

function isModuleNamespaceObject(value) {
  if (typeof value !== 'object' || value === null) return false;
  const b = binding();
  if (b !== null && typeof b.isModuleNamespaceObject === 'function') {
    return b.isModuleNamespaceObject(value);
  }
  try {
    if (getPrototypeOf(value) !== null || Object.isExtensible(value)) return false;
    const desc = getOwnDesc(value, Symbol.toStringTag);
    if (desc === undefined || desc.value !== 'Module' || desc.writable || desc.enumerable ||
        desc.configurable) {
      return false;
    }
    return ownKeys(value).every((k) => typeof k === 'symbol' || getOwnDesc(value, k).writable);
  } catch {
    return false;
  }
}

// JavaScriptCore's public API cannot tell a proxy from its target.
function isProxy(value) {
  const b = binding();
  if (b !== null && typeof b.isProxy === 'function') return b.isProxy(value);
  return false;
}

// cnode creates no External values (they belong to native addons).
function isExternal(value) {
  const b = binding();
  if (b !== null && typeof b.isExternal === 'function') return b.isExternal(value);
  return false;
}

// Key objects belong to node:crypto; until it exists there are none.
function isKeyObject(value) {
  return false;
}

function isCryptoKey(value) {
  return false;
}

module.exports = {
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isDataView,
  isDate,
  isExternal,
  isGeneratorFunction,
  isGeneratorObject,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat16Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
};

// Node implements most checks natively (length 0); the typed array and key checks are
// JavaScript functions of one parameter. Keep that observable shape.
const kOneParameter = new Set(['isArrayBufferView', 'isTypedArray', 'isUint8Array',
  'isUint8ClampedArray', 'isUint16Array', 'isUint32Array', 'isInt8Array', 'isInt16Array',
  'isInt32Array', 'isFloat16Array', 'isFloat32Array', 'isFloat64Array', 'isBigInt64Array',
  'isBigUint64Array', 'isKeyObject', 'isCryptoKey']);
for (const name of Object.keys(module.exports)) {
  Object.defineProperty(module.exports[name], 'length', {
    __proto__: null, value: kOneParameter.has(name) ? 1 : 0,
  });
}
