'use strict';
// node:crypto — hashes, HMAC, randomness, constant-time comparison, algorithm lists and Web
// Crypto, over OpenSSL 3 through internalBinding('crypto').

const binding = internalBinding('crypto');
const {
  codes: {
    ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const {
  PublicHash: Hash,
  PublicHmac: Hmac,
  hash,
  createHash,
  createHmac,
} = require('internal/crypto/hash');
const {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
} = require('internal/crypto/random');

// Compares two byte ranges of equal length in time independent of their contents.
// (Declared without parameters: its length is 0, as Node's native function.)
function timingSafeEqual() {
  const buf1 = arguments[0];
  const buf2 = arguments[1];
  for (const [name, value] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isArrayBufferView(value) && !isAnyArrayBuffer(value)) {
      // Node reports this one without the usual "Received ..." tail.
      const err = new ERR_INVALID_ARG_TYPE(name,
        ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
      Object.defineProperty(err, 'message', {
        __proto__: null,
        value: `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, ` +
          'or DataView.',
        writable: true,
        enumerable: false,
        configurable: true,
      });
      throw err;
    }
  }
  if (buf1.byteLength !== buf2.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(buf1, buf2);
}

let hashes;
let ciphers;
let curves;

function getHashes() {
  if (hashes === undefined) hashes = binding.getHashes();
  return hashes.slice();
}

function getCiphers() {
  if (ciphers === undefined) ciphers = binding.getCiphers();
  return ciphers.slice();
}

function getCurves() {
  if (curves === undefined) curves = binding.getCurves().sort();
  return curves.slice();
}

// Node's own default TLS cipher list (not OpenSSL's).
const kDefaultCipherList = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:' +
  'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:' +
  'DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:' +
  '!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

const constants = binding.constants;
constants.defaultCoreCipherList = kDefaultCipherList;
constants.defaultCipherList = kDefaultCipherList;

let webcryptoModule;
function lazyWebcrypto() {
  if (webcryptoModule === undefined) webcryptoModule = require('internal/crypto/webcrypto');
  return webcryptoModule;
}

// crypto.getRandomValues works unbound, unlike webcrypto.getRandomValues.
function getRandomValues(array) {
  return lazyWebcrypto().webcrypto.getRandomValues(array);
}

module.exports = {
  createHash,
  createHmac,
  getCiphers,
  getCurves,
  getHashes,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  timingSafeEqual,
  hash,
  Hash,
  Hmac,
  constants,
};

Object.defineProperties(module.exports, {
  webcrypto: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return lazyWebcrypto().webcrypto; },
    set: undefined,
  },
  subtle: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return lazyWebcrypto().webcrypto.subtle; },
    set: undefined,
  },
  getRandomValues: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return getRandomValues; },
    set: undefined,
  },
});
