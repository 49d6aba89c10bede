'use strict';
// Hash, Hmac and crypto.hash(): message digests over internalBinding('crypto'), one binding
// call per update. Both classes are (lazily) Transform streams.

const binding = internalBinding('crypto');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateString, validateObject, validateUint32 } = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
// node:buffer installs the Buffer methods on FastBuffer.prototype.
require('buffer');
const { FastBuffer, normalizeEncoding } = require('internal/buffer');
const { LazyTransform } = require('internal/crypto/lazy_transform');

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

const { hashNew, hashCopy, hmacNew, update, digest, oneShotDigest } = binding;

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// crypto.Hash and crypto.Hmac: the classes' deprecated public faces (DEP0179, DEP0181), which
// warn once and share the real prototypes so instanceof keeps working.
function deprecatedConstructor(Real, name, code) {
  let warned = false;
  function Public(...args) {
    if (!warned) {
      warned = true;
      process.emitWarning(`crypto.${name} constructor is deprecated.`, 'DeprecationWarning', code);
    }
    return new Real(...args);
  }
  Object.defineProperty(Public, 'name', { __proto__: null, value: name });
  Public.prototype = Real.prototype;
  return Public;
}

// Handles print as `Hash {}` / `Hmac {}`, as in Node: name their prototypes' constructors once.
function nameHandle(handle, name) {
  const proto = Object.getPrototypeOf(handle);
  if (Object.hasOwn(proto, 'constructor')) return;
  const ctor = { [name]: function() {} }[name];
  ctor.prototype = proto;
  Object.defineProperty(proto, 'constructor', {
    __proto__: null, value: ctor, writable: true, enumerable: false, configurable: true,
  });
}

function defineOwn(obj, key, value) {
  Object.defineProperty(obj, key, {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
}

// The outputLength option as the binding takes it: -1 for "the digest's own length".
function xofLength(options) {
  if (options === null || typeof options !== 'object') return -1;
  const len = options.outputLength;
  if (len === undefined) return -1;
  validateUint32(len, 'options.outputLength');
  return len;
}

// Hashes a string in `encoding` or bytes; the binding takes strings as UTF-8 itself.
function feed(handle, data, encoding) {
  let ok;
  if (typeof data === 'string') {
    const enc = normalizeEncoding(encoding);
    if (enc === undefined || enc === 'utf8') ok = update(handle, data);
    else ok = update(handle, require('buffer').Buffer.from(data, enc));
  } else if (isArrayBufferView(data)) {
    ok = update(handle, data);
  } else {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (!ok) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
}

// A digest result in the caller's encoding: a Buffer unless a known string encoding is named.
function encodeResult(ab, encoding) {
  const buf = new FastBuffer(ab);
  if (!encoding || encoding === 'buffer') return buf;
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) return buf;
  return buf.toString(enc);
}

let handleNamed = false;
let hmacHandleNamed = false;

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  const isCopy = algorithm instanceof Hash;
  if (!isCopy) validateString(algorithm, 'algorithm');
  const len = xofLength(options);
  let handle;
  if (isCopy) {
    handle = hashCopy(algorithm[kHandle], len);
  } else {
    handle = hashNew(algorithm, len);
    if (handle === undefined) throw new Error('Digest method not supported');
  }
  if (!handleNamed) {
    handleNamed = true;
    nameHandle(handle, 'Hash');
  }
  LazyTransform.call(this, options);
  defineOwn(this, kHandle, handle);
  defineOwn(this, kState, { [kFinalized]: false });
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  feed(this[kHandle], chunk, encoding);
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(this.digest());
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  feed(this[kHandle], data, encoding);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  state[kFinalized] = true;
  return encodeResult(binding.digest(this[kHandle]), outputEncoding);
};

// The key bytes for an HMAC: strings in `encoding` (UTF-8 by default), or any bytes.
function keyBytes(key, encoding) {
  if (typeof key === 'string') return require('buffer').Buffer.from(key, encoding);
  if (isArrayBufferView(key) || isAnyArrayBuffer(key)) return key;
  throw new ERR_INVALID_ARG_TYPE('key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
}

function Hmac(hmac, key, options) {
  if (!new.target) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  let encoding;
  if (options !== undefined && options !== null && typeof options === 'object') {
    encoding = options.encoding;
    if (encoding !== undefined) validateString(encoding, 'options.encoding');
  }
  const bytes = keyBytes(key, encoding);
  const handle = hmacNew(hmac, bytes);
  if (handle === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  if (!hmacHandleNamed) {
    hmacHandleNamed = true;
    nameHandle(handle, 'Hmac');
  }
  LazyTransform.call(this, options);
  defineOwn(this, kHandle, handle);
  defineOwn(this, kState, { [kFinalized]: false });
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

// A second digest() of an Hmac is not an error: it yields an empty result.
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) return encodeResult(new ArrayBuffer(0), outputEncoding);
  state[kFinalized] = true;
  return encodeResult(binding.digest(this[kHandle]), outputEncoding);
};

// crypto.hash(algorithm, data[, outputEncoding = 'hex']): a one-shot digest.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let enc = outputEncoding;
  if (enc !== 'buffer') {
    validateString(enc, 'outputEncoding');
    enc = normalizeEncoding(enc);
    if (enc === undefined) throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
  }
  const ab = oneShotDigest(algorithm, input);
  if (ab === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  return enc === 'buffer' ? new FastBuffer(ab) : new FastBuffer(ab).toString(enc);
}

module.exports = {
  Hash,
  Hmac,
  PublicHash: deprecatedConstructor(Hash, 'Hash', 'DEP0179'),
  PublicHmac: deprecatedConstructor(Hmac, 'Hmac', 'DEP0181'),
  hash,
  createHash,
  createHmac,
};
