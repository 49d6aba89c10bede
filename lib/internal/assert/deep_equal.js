'use strict';
// The two deep comparisons node:assert needs besides util.isDeepStrictEqual: the legacy loose
// one (assert.deepEqual: `==` for primitives, prototypes ignored, own enumerable string keys)
// and the partial one (assert.partialDeepStrictEqual: `expected` is a strict subset of
// `actual`).

const types = require('internal/util/types');
const { isDeepStrictEqual } = require('internal/util/comparisons');

const { getPrototypeOf, ownKeys, apply: reflectApply } = Reflect;
const { hasOwn, is: sameValue, keys: objectKeys } = Object;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const objToString = Object.prototype.toString;

function isObjectLike(v) {
  return typeof v === 'object' && v !== null;
}

function tagOf(v) {
  return reflectApply(objToString, v, []);
}

// Pairs under comparison; meeting a pair again (a cycle) counts as equal.
class Memo {
  constructor() {
    this.pairs = new Map();
  }

  enter(a, b) {
    let seen = this.pairs.get(a);
    if (seen === undefined) this.pairs.set(a, seen = new Set());
    if (seen.has(b)) return false;
    seen.add(b);
    return true;
  }

  leave(a, b) {
    this.pairs.get(a).delete(b);
  }
}

// ---- loose --------------------------------------------------------------------------------

function isDeepEqual(a, b) {
  return looseEqual(a, b, new Memo());
}

function loosePrimitiveEqual(a, b) {
  // eslint-disable-next-line eqeqeq
  return a == b || (Number.isNaN(a) && Number.isNaN(b));
}

function looseEqual(a, b, memo) {
  if (a === b) return true;
  if (!isObjectLike(b)) return !isObjectLike(a) && loosePrimitiveEqual(a, b);
  if (!isObjectLike(a)) return false;
  if (tagOf(a) !== tagOf(b)) return false;
  if (!memo.enter(a, b)) return true;
  const result = looseObjects(a, b, memo);
  memo.leave(a, b);
  return result;
}

function looseObjects(a, b, memo) {
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
    return looseKeys(a, b, memo);
  }
  if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) {
      return false;
    }
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (types.isNativeError(a) || a instanceof Error) {
    if (!(types.isNativeError(b) || b instanceof Error) || a.message !== b.message ||
        a.name !== b.name) {
      return false;
    }
  } else if (types.isArrayBufferView(a)) {
    if (!types.isArrayBufferView(b) || !looseViews(a, b)) return false;
    return looseKeys(a, b, memo, true);
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || !sameBytes(new Uint8Array(a), new Uint8Array(b))) {
      return false;
    }
  } else if (types.isBoxedPrimitive(a)) {
    if (!types.isBoxedPrimitive(b) || !isDeepStrictEqual(a, b)) return false;
  } else if (types.isBoxedPrimitive(b)) {
    return false;
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size || !looseSets(a, b, memo)) return false;
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size || !looseMaps(a, b, memo)) return false;
  } else if (types.isWeakMap(a) || types.isWeakSet(a)) {
    return false;
  }
  return looseKeys(a, b, memo);
}

function sameBytes(x, y) {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

function looseViews(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  if (types.isFloat32Array(a) || types.isFloat64Array(a) ||
      (types.isFloat16Array && types.isFloat16Array(a))) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i]) return false;
    }
    return true;
  }
  return sameBytes(new Uint8Array(a.buffer, a.byteOffset, a.byteLength),
                   new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
}

function isIndex(key) {
  return /^(?:0|[1-9][0-9]{0,9})$/.test(key);
}

function looseKeys(a, b, memo, skipIndices = false) {
  let keysA = objectKeys(a);
  let keysB = objectKeys(b);
  if (skipIndices) {
    keysA = keysA.filter((k) => !isIndex(k));
    keysB = keysB.filter((k) => !isIndex(k));
  }
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) {
    if (!hasOwn(b, key)) return false;
  }
  for (const key of keysA) {
    if (!looseEqual(a[key], b[key], memo)) return false;
  }
  return true;
}

// Values of `a` missing from `b` must each find a distinct loosely-equal partner among the
// values of `b` missing from `a`.
function looseSets(a, b, memo) {
  const pending = [];
  for (const v of a) if (!b.has(v)) pending.push(v);
  if (pending.length === 0) return true;
  const candidates = [];
  for (const v of b) if (!a.has(v)) candidates.push(v);
  for (const v of pending) {
    const i = candidates.findIndex((c) => looseEqual(v, c, memo));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

function looseMaps(a, b, memo) {
  const pending = [];
  for (const [k, v] of a) {
    if (b.has(k)) {
      if (!looseEqual(v, b.get(k), memo)) return false;
    } else {
      pending.push([k, v]);
    }
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const [k, v] of b) if (!a.has(k)) candidates.push([k, v]);
  for (const [k, v] of pending) {
    const i = candidates.findIndex((c) => looseEqual(k, c[0], memo) && looseEqual(v, c[1], memo));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

// ---- partial ------------------------------------------------------------------------------

function isPartialStrictEqual(actual, expected) {
  return partialEqual(actual, expected, new Memo());
}

function enumerableOwnKeys(obj) {
  return ownKeys(obj).filter((k) => reflectApply(propertyIsEnumerable, obj, [k]));
}

function partialEqual(actual, expected, memo) {
  if (!isObjectLike(expected)) return sameValue(actual, expected);
  if (!isObjectLike(actual)) return false;
  if (actual === expected) return true;
  if (getPrototypeOf(actual) !== getPrototypeOf(expected) || tagOf(actual) !== tagOf(expected)) {
    return false;
  }
  if (!memo.enter(actual, expected)) return true;
  const result = partialObjects(actual, expected, memo);
  memo.leave(actual, expected);
  return result;
}

function partialObjects(actual, expected, memo) {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || !partialArrays(actual, expected, memo)) return false;
    return partialKeys(actual, expected, memo, true);
  }
  if (types.isSet(expected)) {
    return types.isSet(actual) && partialSets(actual, expected, memo) &&
      partialKeys(actual, expected, memo);
  }
  if (types.isMap(expected)) {
    return types.isMap(actual) && partialMaps(actual, expected, memo) &&
      partialKeys(actual, expected, memo);
  }
  if (types.isDate(expected) || types.isRegExp(expected) || types.isBoxedPrimitive(expected) ||
      types.isArrayBufferView(expected) || types.isAnyArrayBuffer(expected) ||
      types.isNativeError(expected) || expected instanceof Error ||
      types.isWeakMap(expected) || types.isWeakSet(expected)) {
    return isDeepStrictEqual(actual, expected);
  }
  return partialKeys(actual, expected, memo);
}

function partialKeys(actual, expected, memo, skipIndices = false) {
  for (const key of enumerableOwnKeys(expected)) {
    if (skipIndices && typeof key === 'string' && isIndex(key)) continue;
    if (!hasOwn(actual, key) || !partialEqual(actual[key], expected[key], memo)) return false;
  }
  return true;
}

// The elements of `expected` must appear in `actual` in the same order (not necessarily
// adjacent).
function partialArrays(actual, expected, memo) {
  let at = 0;
  for (let i = 0; i < expected.length; i++) {
    while (at < actual.length && !partialEqual(actual[at], expected[i], memo)) at++;
    if (at === actual.length) return false;
    at++;
  }
  return true;
}

function partialSets(actual, expected, memo) {
  const pending = [];
  for (const v of expected) {
    if (actual.has(v)) continue;
    if (!isObjectLike(v)) return false;
    pending.push(v);
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const v of actual) if (isObjectLike(v) && !expected.has(v)) candidates.push(v);
  for (const v of pending) {
    const i = candidates.findIndex((c) => partialEqual(c, v, memo));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

function partialMaps(actual, expected, memo) {
  const pending = [];
  for (const [k, v] of expected) {
    if (actual.has(k)) {
      if (!partialEqual(actual.get(k), v, memo)) return false;
    } else if (isObjectLike(k)) {
      pending.push([k, v]);
    } else {
      return false;
    }
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const [k, v] of actual) if (isObjectLike(k) && !expected.has(k)) candidates.push([k, v]);
  for (const [k, v] of pending) {
    const i = candidates.findIndex((c) => partialEqual(c[0], k, memo) &&
      partialEqual(c[1], v, memo));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

module.exports = { isDeepEqual, isPartialStrictEqual };
