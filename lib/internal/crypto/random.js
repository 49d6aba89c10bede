'use strict';
// Cryptographically strong randomness: randomBytes, randomFill(Sync), randomInt, randomUUID
// and getRandomValues, over OpenSSL's RAND_bytes in internalBinding('crypto') (on the thread
// pool for the callback forms).

const binding = internalBinding('crypto');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateFunction, validateObject, validateBoolean } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
// node:buffer installs the Buffer methods on FastBuffer.prototype.
require('buffer');
const { FastBuffer } = require('internal/buffer');

const kMaxLength = 2 ** 31 - 1;
// randomInt draws 48-bit integers.
const kRandMax = 2 ** 48 - 1;

// Fills buf[offset, offset + size) now, or on the thread pool then calls done(err).
function fill(buf, offset, size, done) {
  if (done === undefined) {
    binding.randomFill(buf, offset, size);
    return;
  }
  const req = { buffer: buf, oncomplete: done };
  binding.randomFill(buf, offset, size, req);
}

function checkSize(size, name = 'size', max = kMaxLength) {
  if (typeof size !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', size);
  if (!(size >= 0 && size <= max)) throw new ERR_OUT_OF_RANGE(name, `>= 0 && <= ${max}`, size);
  return Math.trunc(size);
}

function randomBytes(size, callback) {
  size = checkSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = new FastBuffer(size);
  if (callback === undefined) {
    fill(buf, 0, size);
    return buf;
  }
  fill(buf, 0, size, (err) => {
    if (err) callback(err);
    else callback(null, buf);
  });
}

function checkBuf(buf) {
  if (!isArrayBufferView(buf) && !isAnyArrayBuffer(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

// Byte offset and length for the (element-counted) offset/size of randomFill(Sync).
function fillRange(buf, offset, size) {
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const byteLength = buf.byteLength;
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  offset *= elementSize;
  if (!(offset >= 0 && offset <= byteLength)) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${byteLength}`, offset);
  }
  if (size === undefined) {
    size = byteLength - offset;
  } else {
    if (typeof size !== 'number') throw new ERR_INVALID_ARG_TYPE('size', 'number', size);
    size *= elementSize;
    if (!(size >= 0 && size <= kMaxLength)) {
      throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxLength}`, size);
    }
    if (size + offset > byteLength) {
      throw new ERR_OUT_OF_RANGE('size + offset', `<= ${byteLength}`, size + offset);
    }
  }
  return [Math.trunc(offset), Math.trunc(size)];
}

function randomFillSync(buf, offset = 0, size) {
  checkBuf(buf);
  const [off, n] = fillRange(buf, offset, size);
  fill(buf, off, n);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkBuf(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  const [off, n] = fillRange(buf, offset, size);
  fill(buf, off, n, (err) => {
    if (err) callback(err);
    else callback(null, buf);
  });
}

// ---- randomInt ---------------------------------------------------------------------------

// Random 48-bit values are read 6 bytes at a time from a refillable pool.
const kIntPoolSize = 6 * 1024;
let intPool;
let intPoolOffset = kIntPoolSize;
const waitingForInts = [];
let intPoolRefilling = false;

function nextInt48() {
  const p = intPool;
  const o = intPoolOffset;
  intPoolOffset += 6;
  return (p[o] * 2 ** 40) + (p[o + 1] * 2 ** 32) + (p[o + 2] * 2 ** 24) + (p[o + 3] * 2 ** 16) +
    (p[o + 4] * 2 ** 8) + p[o + 5];
}

// A uniform integer in [min, max) by rejection sampling: values at or above the largest
// multiple of the range are redrawn, so every residue is equally likely.
function drawInt(min, range) {
  const limit = kRandMax - (kRandMax % range);
  for (;;) {
    if (intPoolOffset >= kIntPoolSize) return undefined;
    const x = nextInt48();
    if (x < limit) return min + (x % range);
  }
}

function refillIntPoolSync() {
  if (intPool === undefined) intPool = new FastBuffer(kIntPoolSize);
  binding.randomFill(intPool, 0, kIntPoolSize);
  intPoolOffset = 0;
}

// Serves queued async randomInt calls, refilling the pool off-thread when it runs dry.
function serveWaiting() {
  while (waitingForInts.length > 0) {
    const { min, range, callback } = waitingForInts[0];
    const n = drawInt(min, range);
    if (n === undefined) {
      if (intPoolRefilling) return;
      intPoolRefilling = true;
      if (intPool === undefined) intPool = new FastBuffer(kIntPoolSize);
      fill(intPool, 0, kIntPoolSize, (err) => {
        intPoolRefilling = false;
        if (err) {
          const pending = waitingForInts.splice(0);
          for (const w of pending) w.callback(err);
          return;
        }
        intPoolOffset = 0;
        serveWaiting();
      });
      return;
    }
    waitingForInts.shift();
    callback(undefined, n);
  }
}

function randomInt(min, max, callback) {
  const minNotSpecified = max === undefined || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = callback === undefined;
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kRandMax)) {
    throw new ERR_OUT_OF_RANGE(minNotSpecified ? 'max' : 'max - min', `<= ${kRandMax}`, range);
  }
  if (isSync) {
    for (;;) {
      const n = drawInt(min, range);
      if (n !== undefined) return n;
      refillIntPoolSync();
    }
  }
  waitingForInts.push({ min, range, callback });
  if (waitingForInts.length === 1) process.nextTick(serveWaiting);
}

// ---- randomUUID --------------------------------------------------------------------------

const kUUIDBatch = 128;
let uuidPool;
let uuidOffset = kUUIDBatch * 16;
let hexTable;

function formatUUID(b, o) {
  if (hexTable === undefined) {
    hexTable = [];
    for (let i = 0; i < 256; i++) hexTable.push((i < 16 ? '0' : '') + i.toString(16));
  }
  const h = hexTable;
  return h[b[o]] + h[b[o + 1]] + h[b[o + 2]] + h[b[o + 3]] + '-' +
    h[b[o + 4]] + h[b[o + 5]] + '-' +
    h[(b[o + 6] & 0x0f) | 0x40] + h[b[o + 7]] + '-' +
    h[(b[o + 8] & 0x3f) | 0x80] + h[b[o + 9]] + '-' +
    h[b[o + 10]] + h[b[o + 11]] + h[b[o + 12]] + h[b[o + 13]] + h[b[o + 14]] + h[b[o + 15]];
}

// A version 4 UUID. By default 128 UUIDs' worth of random bytes are drawn at a time.
function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) {
    const b = new FastBuffer(16);
    binding.randomFill(b, 0, 16);
    return formatUUID(b, 0);
  }
  if (uuidOffset >= kUUIDBatch * 16) {
    if (uuidPool === undefined) uuidPool = new FastBuffer(kUUIDBatch * 16);
    binding.randomFill(uuidPool, 0, kUUIDBatch * 16);
    uuidOffset = 0;
  }
  const s = formatUUID(uuidPool, uuidOffset);
  uuidOffset += 16;
  return s;
}

// ---- getRandomValues (Web Crypto) ----------------------------------------------------------

const kIntegerArrays = new Set([
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'BigInt64Array', 'BigUint64Array',
]);

function typedArrayName(value) {
  if (!isArrayBufferView(value)) return undefined;
  const tag = Object.getOwnPropertyDescriptor(
    Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get.call(value);
  return tag;
}

function domException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

// Fills an integer typed array (at most 65536 bytes) and returns it.
function getRandomValues(data) {
  if (!kIntegerArrays.has(typedArrayName(data))) {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  binding.randomFill(data, 0, data.byteLength);
  return data;
}

module.exports = {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues,
};
