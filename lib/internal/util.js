'use strict';
// Small helpers shared across lib/: deprecation wrappers, promisify, lazy properties, symbols.

const kEmptyObject = Object.freeze({ __proto__: null });
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const customPromisifyArgs = Symbol('customPromisifyArgs');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kEnumerableProperty = { __proto__: null, enumerable: true };
Object.freeze(kEnumerableProperty);

let errorsModule;
function lazyErrors() {
  errorsModule ??= require('internal/errors');
  return errorsModule;
}

// ---- deprecation ---------------------------------------------------------------------------

// Codes that already warned, so that a code warns once per process however many wrappers share it.
const warnedCodes = new Set();

// Object.setPrototypeOf with a primitive throws, but with the engine's wording; Node programs
// see V8's, so throw that first.
function assertValidPrototype(proto) {
  if (proto !== null && typeof proto !== 'object' && typeof proto !== 'function') {
    const shown = typeof proto === 'symbol' ? proto.toString() : String(proto);
    throw new TypeError(`Object prototype may only be an Object or null: ${shown}`);
  }
}

// Wraps `fn` so that its first call emits a DeprecationWarning (once per `code` when given).
// The wrapper keeps `fn`'s length and prototype, works with `new`, and is named "deprecated".
function deprecate(fn, msg, code, useEmitSync) {
  if (code !== undefined && typeof code !== 'string') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('code', 'string', code);
  }
  assertValidPrototype(fn);
  if (fn === null) {
    // Node reads fn.prototype here; keep V8's wording for the resulting TypeError.
    throw new TypeError("Cannot read properties of null (reading 'prototype')");
  }
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!warnedCodes.has(code)) {
          warnedCodes.add(code);
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype !== undefined) deprecated.prototype = fn.prototype;
  Object.defineProperty(deprecated, 'length', {
    __proto__: null, value: fn.length, configurable: true,
  });
  return deprecated;
}

// ---- functions -----------------------------------------------------------------------------

// Runs `fn` on the first call only and returns undefined afterwards.
function once(fn, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let result;
  return function onceWrapper(...args) {
    if (called) return preserveReturnValue ? result : undefined;
    called = true;
    result = Reflect.apply(fn, this, args);
    return result;
  };
}

// Turns a callback-last function into one returning a promise. `fn[promisify.custom]` wins;
// `fn[customPromisifyArgs]` (internal) names the values of multi-value callbacks.
function promisify(original) {
  if (typeof original !== 'function') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('original', 'Function', original);
  }
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    if (typeof fn !== 'function') {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('util.promisify.custom', 'Function', fn);
    }
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[customPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
  return fn;
}
promisify.custom = kCustomPromisifiedSymbol;

// ---- lazy properties -----------------------------------------------------------------------

// Returns a function computing `initializer()` once and caching the result.
function getLazy(initializer) {
  let value;
  let initialized = false;
  return function lazy() {
    if (!initialized) {
      value = initializer();
      initialized = true;
    }
    return value;
  };
}

// Defines `keys` on `target` as accessors that `require(id)[key]` on first read, then become
// data properties (assignments replace them too).
function defineLazyProperties(target, id, keys, enumerable = true) {
  let mod;
  for (const key of keys) {
    let value;
    let set = false;
    Object.defineProperty(target, key, {
      __proto__: null,
      enumerable,
      configurable: true,
      get() {
        if (!set) {
          mod ??= require(id);
          value = mod[key];
          set = true;
        }
        return value;
      },
      set(v) {
        value = v;
        set = true;
      },
    });
  }
}

// ---- misc ----------------------------------------------------------------------------------

// Removes list[index] in place (faster than splice for the single-element case).
function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

// True for real Error objects (including ones from other realms), false for look-alikes.
function isError(e) {
  return isNativeError(e) || e instanceof Error;
}

let typesModule;
function isNativeError(e) {
  typesModule ??= require('internal/util/types');
  return typesModule.isNativeError(e);
}

// Joins array-like `output` with `separator` without relying on Array.prototype.join.
function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const lastIndex = output.length - 1;
    for (let i = 0; i < lastIndex; i++) {
      str += output[i];
      str += separator;
    }
    str += output[lastIndex];
  }
  return str;
}

// Defines an own writable/enumerable/configurable data property without invoking setters.
function setOwnProperty(obj, key, value) {
  return Object.defineProperty(obj, key, {
    __proto__: null, configurable: true, enumerable: true, value, writable: true,
  });
}

function getSystemErrorName(err) {
  return lazyErrors().getSystemErrorName(err);
}

function getSystemErrorMap() {
  const map = new Map();
  const raw = internalBinding('uv').getErrorMap();
  if (raw instanceof Map) {
    for (const [k, v] of raw) map.set(k, [v[0], v[1]]);
    return map;
  }
  for (const entry of raw) map.set(entry[0], [entry[1], entry[2]]);
  return map;
}

// Creates { promise, resolve, reject } (Promise.withResolvers when the engine has it).
function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

module.exports = {
  assertValidPrototype,
  kEmptyObject,
  kEnumerableProperty,
  customInspectSymbol,
  customPromisifyArgs,
  kCustomPromisifiedSymbol,
  deprecate,
  once,
  promisify,
  getLazy,
  defineLazyProperties,
  spliceOne,
  isError,
  join,
  setOwnProperty,
  getSystemErrorName,
  getSystemErrorMap,
  createDeferredPromise,
};
