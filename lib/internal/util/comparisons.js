'use strict';
// Deep strict equality (util.isDeepStrictEqual, assert.deepStrictEqual): same prototypes and
// builtin tags, same own enumerable string and symbol keys, SameValue for primitives, contents
// for Dates, RegExps, Errors, boxed primitives, buffers, typed arrays, Maps and Sets, and
// cycles treated as equal when the same pair of objects is met again.

const types = require('internal/util/types');

const { getPrototypeOf, ownKeys, apply: reflectApply } = Reflect;
const { hasOwn, is: sameValue, keys: objectKeys } = Object;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const objToString = Object.prototype.toString;

function isObjectLike(v) {
  return typeof v === 'object' && v !== null;
}

function isEnumerable(obj, key) {
  return reflectApply(propertyIsEnumerable, obj, [key]);
}

function enumerableSymbols(obj) {
  return ownKeys(obj).filter((k) => typeof k === 'symbol' && isEnumerable(obj, k));
}

// Pairs currently (or already) under comparison: meeting one again means "assume equal".
class Memo {
  constructor() {
    this.pairs = new Map();
  }

  has(a, b) {
    const set = this.pairs.get(a);
    return set !== undefined && set.has(b);
  }

  add(a, b) {
    let set = this.pairs.get(a);
    if (set === undefined) this.pairs.set(a, set = new Set());
    set.add(b);
  }

  delete(a, b) {
    this.pairs.get(a).delete(b);
  }
}

function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, undefined);
}

function deepEqual(a, b, memo) {
  if (a === b) return a !== 0 || sameValue(a, b);
  if (!isObjectLike(a) || !isObjectLike(b)) {
    // Functions are only equal to themselves; primitives compare with SameValue.
    return typeof a !== 'object' && typeof b !== 'object' && sameValue(a, b);
  }
  if (getPrototypeOf(a) !== getPrototypeOf(b)) return false;
  if (reflectApply(objToString, a, []) !== reflectApply(objToString, b, [])) return false;
  if (memo === undefined) memo = new Memo();
  else if (memo.has(a, b)) return true;
  memo.add(a, b);
  const result = compareObjects(a, b, memo);
  if (!result) memo.delete(a, b);
  return result;
}

function compareObjects(a, b, memo) {
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return compareKeys(a, b, memo, false);
  }
  if (Array.isArray(b)) return false;

  if (types.isArrayBufferView(a)) {
    if (!types.isArrayBufferView(b)) return false;
    if (types.isDataView(a)) {
      if (!types.isDataView(b) || !sameBytes(a, b)) return false;
    } else {
      if (types.isDataView(b) || !sameTypedArray(a, b)) return false;
    }
    return compareKeys(a, b, memo, true);
  }
  if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || types.isArrayBuffer(a) !== types.isArrayBuffer(b)) {
      return false;
    }
    if (!sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
    return compareKeys(a, b, memo, false);
  }
  if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) {
      return false;
    }
    return compareKeys(a, b, memo, false);
  }
  if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
    return compareKeys(a, b, memo, false);
  }
  if (types.isNativeError(a) || a instanceof Error) {
    if (!(types.isNativeError(b) || b instanceof Error)) return false;
    if (a.message !== b.message || a.name !== b.name) return false;
    if (hasOwn(a, 'cause') !== hasOwn(b, 'cause') ||
        (hasOwn(a, 'cause') && !deepEqual(a.cause, b.cause, memo))) {
      return false;
    }
    if (hasOwn(a, 'errors') !== hasOwn(b, 'errors') ||
        (hasOwn(a, 'errors') && !deepEqual(a.errors, b.errors, memo))) {
      return false;
    }
    return compareKeys(a, b, memo, false);
  }
  if (types.isBoxedPrimitive(a)) {
    if (!sameBoxedPrimitive(a, b)) return false;
    return compareKeys(a, b, memo, false);
  }
  if (types.isBoxedPrimitive(b)) return false;
  if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    if (!compareKeys(a, b, memo, false)) return false;
    return compareMaps(a, b, memo);
  }
  if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    if (!compareKeys(a, b, memo, false)) return false;
    return compareSets(a, b, memo);
  }
  if (types.isWeakMap(a) || types.isWeakSet(a)) {
    // Their contents cannot be enumerated, so distinct ones are never known to be equal.
    return false;
  }
  if (types.isMap(b) || types.isSet(b) || types.isDate(b) || types.isRegExp(b) ||
      types.isAnyArrayBuffer(b) || types.isArrayBufferView(b)) {
    return false;
  }
  return compareKeys(a, b, memo, false);
}

function sameBoxedPrimitive(a, b) {
  if (types.isNumberObject(a)) {
    return types.isNumberObject(b) &&
      sameValue(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (types.isStringObject(a)) {
    return types.isStringObject(b) &&
      String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (types.isBooleanObject(a)) {
    return types.isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (types.isBigIntObject(a)) {
    return types.isBigIntObject(b) &&
      BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  return types.isSymbolObject(b) &&
    Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
}

function bytesOf(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  const x = a instanceof Uint8Array ? a : bytesOf(a);
  const y = b instanceof Uint8Array ? b : bytesOf(b);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

function sameTypedArray(a, b) {
  if (a.length !== b.length || a.byteLength !== b.byteLength) return false;
  const name = types.isFloat16Array(a) || types.isFloat32Array(a) || types.isFloat64Array(a);
  if (name) {
    for (let i = 0; i < a.length; i++) {
      if (!sameValue(a[i], b[i])) return false;
    }
    return true;
  }
  return sameBytes(bytesOf(a), bytesOf(b));
}

function isIndexKey(key) {
  if (key.length === 0 || key.length > 10) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return key === '0' || key[0] !== '0';
}

// Compares own enumerable string and symbol keys and their values. `skipIndices` is for typed
// arrays, whose elements were already compared.
function compareKeys(a, b, memo, skipIndices) {
  let keysA = objectKeys(a);
  let keysB = objectKeys(b);
  if (skipIndices) {
    keysA = keysA.filter((k) => !isIndexKey(k));
    keysB = keysB.filter((k) => !isIndexKey(k));
  }
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) {
    if (!hasOwn(b, key) || !isEnumerable(b, key)) return false;
  }
  const symbolsA = enumerableSymbols(a);
  if (symbolsA.length !== enumerableSymbols(b).length) return false;
  for (const key of symbolsA) {
    if (!isEnumerable(b, key)) return false;
  }
  for (const key of keysA) {
    if (!deepEqual(a[key], b[key], memo)) return false;
  }
  for (const key of symbolsA) {
    if (!deepEqual(a[key], b[key], memo)) return false;
  }
  return true;
}

function isObjectOrFunction(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function compareSets(a, b, memo) {
  // Primitives must be members of both; objects need a distinct deep-equal partner.
  let pending = null;
  for (const value of a) {
    if (isObjectLike(value)) {
      if (!b.has(value)) (pending ??= []).push(value);
    } else if (!b.has(value)) {
      return false;
    }
  }
  if (pending === null) return true;
  const candidates = [];
  for (const value of b) {
    if (isObjectLike(value) && !a.has(value)) candidates.push(value);
  }
  for (const value of pending) {
    const index = candidates.findIndex((c) => deepEqual(value, c, memo));
    if (index === -1) return false;
    candidates.splice(index, 1);
  }
  return true;
}

function compareMaps(a, b, memo) {
  let pending = null;
  for (const [key, value] of a) {
    if (isObjectOrFunction(key) && typeof key !== 'function' && !b.has(key)) {
      (pending ??= []).push([key, value]);
      continue;
    }
    if (!b.has(key) || !deepEqual(value, b.get(key), memo)) return false;
  }
  if (pending === null) return true;
  const candidates = [];
  for (const [key, value] of b) {
    if (isObjectLike(key) && !a.has(key)) candidates.push([key, value]);
  }
  for (const [key, value] of pending) {
    const index = candidates.findIndex(
      (c) => deepEqual(key, c[0], memo) && deepEqual(value, c[1], memo));
    if (index === -1) return false;
    candidates.splice(index, 1);
  }
  return true;
}

module.exports = { isDeepStrictEqual };
