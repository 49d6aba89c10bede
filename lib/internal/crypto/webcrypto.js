'use strict';
// Web Crypto: the Crypto object behind globalThis.crypto (getRandomValues, randomUUID,
// subtle) and SubtleCrypto.digest for the SHA family, hashed on the thread pool.

const binding = internalBinding('crypto');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const random = require('internal/crypto/random');

const kConstruct = Symbol('kConstruct');

function withMessage(err, message) {
  Object.defineProperty(err, 'message', {
    __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
  });
  return err;
}

function domException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

// OpenSSL names of the digests Web Crypto offers, by upper-cased WebIDL name.
const kDigests = new Map([
  ['SHA-1', 'sha1'],
  ['SHA-256', 'sha256'],
  ['SHA-384', 'sha384'],
  ['SHA-512', 'sha512'],
]);

class SubtleCrypto {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
    if (arguments.length < 2) {
      throw withMessage(new ERR_MISSING_ARGS('algorithm', 'data'),
        `${prefix}: 2 arguments required, but only ${arguments.length} present.`);
    }
    if (!isArrayBufferView(data) && !isAnyArrayBuffer(data)) {
      throw withMessage(new ERR_INVALID_ARG_TYPE('data', ['ArrayBuffer'], data),
        `${prefix}: 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
    let name;
    if (algorithm !== null && typeof algorithm === 'object') {
      if (algorithm.name === undefined) {
        throw withMessage(new ERR_MISSING_OPTION('algorithm.name'),
          "Failed to normalize algorithm: passed algorithm can not be converted to 'Algorithm' " +
          "because 'name' is required in 'Algorithm'.");
      }
      name = `${algorithm.name}`;
    } else {
      name = `${algorithm}`;
    }
    const md = kDigests.get(name.toUpperCase());
    if (md === undefined) throw domException('Unrecognized algorithm name', 'NotSupportedError');
    const bytes = isAnyArrayBuffer(data) ? new Uint8Array(data) : data;
    return new Promise((resolve, reject) => {
      binding.oneShotDigest(md, bytes, {
        oncomplete(err, result) {
          if (err) reject(err);
          else resolve(result);
        },
      });
    });
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'SubtleCrypto', writable: false, enumerable: false, configurable: true,
});

const subtle = new SubtleCrypto(kConstruct);

class Crypto {
  constructor(key) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Crypto', writable: false, enumerable: false, configurable: true,
});
for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
  const d = Object.getOwnPropertyDescriptor(Crypto.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Crypto.prototype, name, d);
}
Object.defineProperty(SubtleCrypto.prototype, 'digest', {
  ...Object.getOwnPropertyDescriptor(SubtleCrypto.prototype, 'digest'), enumerable: true,
});

const webcrypto = new Crypto(kConstruct);

module.exports = { Crypto, SubtleCrypto, webcrypto };
