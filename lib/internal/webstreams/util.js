'use strict';
// Shared pieces of the WHATWG Streams implementation: slots, queues, strategies, promises, inspect.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
} = require('internal/errors');

// Every stream object keeps its internal slots in one plain record under this key.
const kState = Symbol('kState');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

function hasBrand(obj, brand) {
  return obj !== null && (typeof obj === 'object' || typeof obj === 'function') &&
    obj[kState] !== undefined && obj[kState].brand === brand;
}

function checkThis(obj, brand) {
  if (!hasBrand(obj, brand)) throw new ERR_INVALID_THIS(brand);
}

// Node prints stream objects as `Name { key: value, ... }` one level shallower than the caller.
function customInspect(depth, options, name, data) {
  if (depth < 0) return name;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

function defineProto(Ctor, methods, tag) {
  const props = {};
  for (const name of methods) props[name] = { __proto__: null, enumerable: true };
  Object.defineProperties(Ctor.prototype, props);
  if (tag !== null) {
    Object.defineProperty(Ctor.prototype, Symbol.toStringTag, {
      __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
    });
  }
}

// A promise with its resolving functions; `settled` says whether either has been called.
function createDeferred() {
  const deferred = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  deferred.promise = new Promise((res, rej) => {
    deferred.resolve = (value) => {
      deferred.settled = true;
      res(value);
    };
    deferred.reject = (reason) => {
      deferred.settled = true;
      rej(reason);
    };
  });
  return deferred;
}

function noop() {}

// Marks a promise handled so that a rejection the user never observes is not reported.
function setHandled(promise) {
  promise.then(noop, noop);
}

// Calls method `name` of a user dictionary and always yields a promise (WebIDL callback
// conversion): a throw becomes a rejection, a value becomes a resolved promise.
function promiseCall(fn, thisArg, ...args) {
  try {
    return Promise.resolve(Reflect.apply(fn, thisArg, args));
  } catch (err) {
    return Promise.reject(err);
  }
}

function getMethod(dict, key, dictName) {
  const fn = dict[key];
  if (fn === undefined) return undefined;
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(`${dictName}.${key}`, 'Function', fn);
  return fn;
}

// ---- queuing strategies -----------------------------------------------------------------

function validateHighWaterMark(hwm) {
  const n = Number(hwm);
  if (Number.isNaN(n) || n < 0) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', hwm);
  return n;
}

function extractHighWaterMark(strategy, defaultHWM) {
  const hwm = strategy.highWaterMark;
  if (hwm === undefined) return defaultHWM;
  return validateHighWaterMark(hwm);
}

function defaultSize() {
  return 1;
}

function extractSizeAlgorithm(strategy) {
  const size = strategy.size;
  if (size === undefined) return defaultSize;
  if (typeof size !== 'function') throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  return (chunk) => Number(size(chunk));
}

function validateStrategy(strategy) {
  if (strategy === undefined || strategy === null) return {};
  if (typeof strategy !== 'object' && typeof strategy !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('strategy', 'Object', strategy);
  }
  return strategy;
}

// ---- queue-with-sizes -------------------------------------------------------------------

function resetQueue(controller) {
  controller.queue = [];
  controller.queueTotalSize = 0;
}

function enqueueValueWithSize(controller, value, size) {
  if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  controller.queue.push({ value, size });
  controller.queueTotalSize += size;
}

function dequeueValue(controller) {
  const pair = controller.queue.shift();
  controller.queueTotalSize -= pair.size;
  if (controller.queueTotalSize < 0) controller.queueTotalSize = 0;
  return pair.value;
}

function peekQueueValue(controller) {
  return controller.queue[0].value;
}

// ---- buffers ----------------------------------------------------------------------------

function isDetached(buffer) {
  if (buffer.detached !== undefined) return buffer.detached;
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

// The spec's TransferArrayBuffer: the old buffer becomes detached, the new one owns the bytes.
function transferArrayBuffer(buffer) {
  if (typeof buffer.transfer === 'function') return buffer.transfer();
  const copy = buffer.slice(0);
  structuredClone(buffer, { transfer: [buffer] });
  return copy;
}

function canTransfer(buffer) {
  if (typeof SharedArrayBuffer === 'function' && buffer instanceof SharedArrayBuffer) return false;
  return !isDetached(buffer);
}

function copyBytes(dest, destOffset, src, srcOffset, n) {
  new Uint8Array(dest, destOffset, n).set(new Uint8Array(src, srcOffset, n));
}

module.exports = {
  kState,
  kInspect,
  inspect,
  hasBrand,
  checkThis,
  customInspect,
  defineProto,
  createDeferred,
  noop,
  setHandled,
  promiseCall,
  getMethod,
  validateHighWaterMark,
  extractHighWaterMark,
  extractSizeAlgorithm,
  validateStrategy,
  resetQueue,
  enqueueValueWithSize,
  dequeueValue,
  peekQueueValue,
  isDetached,
  transferArrayBuffer,
  canTransfer,
  copyBytes,
};
