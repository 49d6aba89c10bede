'use strict';
// node:buffer — Buffer (a Uint8Array subclass with Node's encodings and byte helpers),
// atob/btoa, isUtf8/isAscii, transcode, Blob and File.

const {
  FastBuffer,
  binding,
  ENC_UTF8, ENC_UCS2, ENC_LATIN1, ENC_ASCII, ENC_BASE64, ENC_BASE64URL, ENC_HEX,
  encodingId,
  normalizeEncoding,
  decode,
  byteLengthOf,
  encodeInto,
  fastDecode,
  addNumericMethods,
} = require('internal/buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_INVALID_STATE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
} = require('internal/util/types');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kMaxLength = Number.MAX_SAFE_INTEGER;
const kStringMaxLength = 536870888;
const constants = { __proto__: null, MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };
Object.setPrototypeOf(constants, Object.prototype);

let INSPECT_MAX_BYTES = 50;

const TypedArrayFill = Uint8Array.prototype.fill;
const TypedArraySet = Uint8Array.prototype.set;

// ---- allocation --------------------------------------------------------------------------

// Small allocUnsafe()/from() results are carved out of a shared 8 KiB pool, like Node.
let poolSize = 8 * 1024;
let pool;
let poolOffset = 0;

function newPool() {
  pool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 7) poolOffset = (poolOffset | 7) + 1;
}

// A buffer of size bytes whose contents are not meant to be relied on.
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (pool === undefined || size > poolSize - poolOffset) newPool();
    const b = new FastBuffer(pool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return newBuffer(size);
}

// Large buffers live on memory from C that the kernel can back with huge pages.
const kLargeBuffer = 1024 * 1024;
function newBuffer(size) {
  if (size >= kLargeBuffer) return new FastBuffer(binding.createArrayBuffer(size), 0, size);
  return new FastBuffer(size);
}

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

// ---- Buffer ------------------------------------------------------------------------------

let deprecationShown = false;

function showDeprecation() {
  if (deprecationShown) return;
  const stack = new Error().stack || '';
  if (stack.includes('node_modules')) return;
  deprecationShown = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please ' +
    'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
  'DeprecationWarning', 'DEP0005');
}

// The legacy constructor: Buffer(size) / Buffer(string, enc) / Buffer(arrayBuffer, off, len).
function Buffer(arg, encodingOrOffset, length) {
  showDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species,
  { __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; } });

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
addNumericMethods(Buffer.prototype);

Object.defineProperty(Buffer, 'poolSize', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return poolSize; },
  set(v) { poolSize = v; },
});

function fromString(string, encoding) {
  let enc;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    enc = ENC_UTF8;
  } else {
    enc = encodingId(encoding);
    if (enc === 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  const half = Buffer.poolSize >>> 1;
  // Short strings: encode straight into the pool with a worst-case reservation.
  const worst = enc === ENC_UTF8 ? string.length * 3 : string.length * 2;
  if (worst < half) {
    if (pool === undefined || worst > poolSize - poolOffset) newPool();
    const b = new FastBuffer(pool, poolOffset, worst);
    const n = encodeInto(b, string, 0, worst, enc);
    const out = new FastBuffer(pool, poolOffset, n);
    poolOffset += n;
    alignPool();
    return out;
  }
  if (string.length >= 1024 && (enc === ENC_BASE64 || enc === ENC_BASE64URL || enc === ENC_HEX)) {
    const u8 = fastDecode(string, enc);
    if (u8 !== undefined) return new FastBuffer(u8.buffer, u8.byteOffset, u8.length);
  }
  const length = byteLengthOf(string, enc);
  const b = allocate(length);
  const n = encodeInto(b, string, 0, length, enc);
  if (n !== length) return new FastBuffer(b.buffer, b.byteOffset, n);
  return b;
}

function fromArrayBuffer(ab, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = 0;
  }
  const maxLength = ab.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(ab, byteOffset, length);
}

function fromArrayLike(obj) {
  const len = obj.length;
  if (len <= 0) return new FastBuffer();
  const b = allocate(len);
  if (isUint8Array(obj)) {
    TypedArraySet.call(b, obj);
  } else {
    for (let i = 0; i < len; i++) b[i] = obj[i];
  }
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

function invalidFirstArgument(value) {
  return new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw invalidFirstArgument(value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return new FastBuffer();
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return fromArrayLike(bytes);
};

Buffer.of = function of(...items) {
  const b = allocate(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const b = newBuffer(size);
    return fillImpl(b, fill, 0, b.length, encoding);
  }
  return newBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return newBuffer(size);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && encodingId(encoding) !== 0;
};

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (!isUint8Array(list[i])) {
        throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
      }
      length += list[i].length;
    }
  } else {
    validateInteger(length, 'length', 0, kMaxLength);
  }
  const b = allocate(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!isUint8Array(item)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], item);
    }
    if (pos >= length) break;
    const n = Math.min(item.length, length - pos);
    TypedArraySet.call(b, n === item.length ? item : item.subarray(0, n), pos);
    pos += n;
  }
  if (pos < length) TypedArrayFill.call(b, 0, pos, length);
  return b;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  const enc = encoding ? encodingId(encoding) : ENC_UTF8;
  return byteLengthOf(string, enc === 0 ? ENC_UTF8 : enc);
}
Buffer.byteLength = byteLength;

// ---- Buffer.prototype --------------------------------------------------------------------

const proto = Buffer.prototype;

function defineMethods(target, fns) {
  for (const name of Reflect.ownKeys(fns)) {
    Object.defineProperty(target, name, {
      __proto__: null, value: fns[name], writable: true, enumerable: false, configurable: true,
    });
  }
}

function sliceMethod(enc) {
  return function(start, end) {
    const len = this.length;
    start = start === undefined ? 0 : Math.trunc(+start) || 0;
    end = end === undefined ? len : Math.trunc(+end) || 0;
    if (start < 0 || end > len) {
      const e = new ERR_OUT_OF_RANGE('start', 'in range', start);
      e.message = 'Index out of range';
      throw e;
    }
    if (end <= start) return '';
    return decode(this, start, end, enc);
  };
}

function writeMethod(enc) {
  return function(string, offset, length) {
    if (typeof string !== 'string') throw stringArgError();
    offset = offset === undefined ? 0 : Math.trunc(+offset) || 0;
    if (offset < 0 || offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
    const remaining = this.length - offset;
    length = length === undefined ? remaining : Math.trunc(+length) || 0;
    if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    if (length > remaining) length = remaining;
    return encodeInto(this, string, offset, length, enc);
  };
}

// The error Node's C++ layer gives for a non-string write argument.
function stringArgError() {
  const e = new TypeError('argument must be a string');
  Object.defineProperty(e, 'code', {
    __proto__: null, value: 'ERR_INVALID_ARG_TYPE', writable: true, enumerable: true,
    configurable: true,
  });
  return e;
}

const encNames = [['ascii', ENC_ASCII], ['base64', ENC_BASE64], ['base64url', ENC_BASE64URL],
  ['latin1', ENC_LATIN1], ['hex', ENC_HEX], ['ucs2', ENC_UCS2], ['utf8', ENC_UTF8]];
for (const [name, enc] of encNames) {
  defineMethods(proto, { [`${name}Slice`]: sliceMethod(enc) });
}
for (const [name, enc] of encNames) {
  defineMethods(proto, { [`${name}Write`]: writeMethod(enc) });
}

Object.defineProperty(proto, 'parent', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null, enumerable: true, configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

function toInteger(n, fallback) {
  n = +n;
  if (n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return Math.floor(n);
  return fallback;
}

function copyImpl(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  if (sourceEnd > source.length) sourceEnd = source.length;
  let n = sourceEnd - sourceStart;
  if (n > target.length - targetStart) n = target.length - targetStart;
  if (n <= 0) return 0;
  const src = sourceStart === 0 && n === source.length ? source :
    new Uint8Array(source.buffer, source.byteOffset + sourceStart, n);
  TypedArraySet.call(target, src, targetStart);
  return n;
}

// Node's validateOffset: an integer in [min, max] (message uses &&).
function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

function fillImpl(buf, value, offset, end, encoding) {
  let enc = ENC_UTF8;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    enc = encodingId(normalized);
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((enc === ENC_UTF8 && code < 128) || enc === ENC_LATIN1) value = code;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    TypedArrayFill.call(buf, value, offset, end);
    return buf;
  }
  if (typeof value !== 'string' && !isArrayBufferView(value)) {
    TypedArrayFill.call(buf, (value >>> 0) & 255, offset, end);
    return buf;
  }
  let bytes = value;
  if (typeof value !== 'string' && !isTypedArray(value)) {
    bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  if (binding.fill(buf, bytes, offset, end, enc) === -1) {
    throw new ERR_INVALID_ARG_VALUE('value', value);
  }
  return buf;
}

function indexOfImpl(buffer, val, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (byteOffset !== byteOffset) byteOffset = forward ? 0 : buffer.length;
  if (typeof val === 'number') {
    return binding.indexOfNumber(buffer, val >>> 0, byteOffset, forward);
  }
  const enc = encoding === undefined ? ENC_UTF8 : encodingId(encoding);
  if (typeof val === 'string') {
    if (enc === 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    return binding.indexOf(buffer, val, byteOffset, enc, forward);
  }
  if (isUint8Array(val)) {
    return binding.indexOf(buffer, val, byteOffset, enc === 0 ? ENC_UTF8 : enc, forward);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

function swapCheck(buf, bits) {
  if (buf.length % (bits / 8) !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${bits}-bits`);
}

defineMethods(proto, {
  copy(target, targetStart, sourceStart, sourceEnd) {
    return copyImpl(this, target, targetStart, sourceStart, sourceEnd);
  },

  toString(encoding, start, end) {
    const len = this.length;
    if (arguments.length === 0) return decode(this, 0, len, ENC_UTF8);
    if (start === undefined || start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    let enc = ENC_UTF8;
    if (encoding !== undefined) {
      enc = encodingId(encoding);
      if (enc === 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    return decode(this, start, end, enc);
  },

  equals(otherBuffer) {
    if (!isUint8Array(otherBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
    }
    if (this === otherBuffer) return true;
    const len = this.length;
    if (len !== otherBuffer.length) return false;
    if (len === 0) return true;
    return binding.compare(this, 0, len, otherBuffer, 0, len) === 0;
  },

  [customInspectSymbol](recurseTimes, ctx) {
    const max = INSPECT_MAX_BYTES;
    const shown = Math.min(max, this.length);
    let str = '';
    for (let i = 0; i < shown; i++) {
      str += (i === 0 ? '' : ' ') + (this[i] < 16 ? '0' : '') + this[i].toString(16);
    }
    const remaining = this.length - max;
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      const extras = { __proto__: null };
      let any = false;
      for (const key of Object.keys(this)) {
        if (`${key >>> 0}` === key && key >>> 0 !== 0xffffffff) continue;
        extras[key] = this[key];
        any = true;
      }
      if (any) {
        const { inspect } = require('internal/util/inspect');
        const text = inspect(extras, { ...ctx, breakLength: Infinity, compact: true });
        // `[Object: null prototype] { a: 1 }` -> `a: 1`
        const body = text.slice(text.indexOf('{') + 2, -2);
        str += `${str === '' ? '' : ','} ${body}`;
      }
    }
    return `<${this.constructor.name} ${str}>`;
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) {
      throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    }
    if (arguments.length === 1) return binding.compare(this, 0, this.length, target, 0,
      target.length);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    targetStart = Math.min(targetStart, targetEnd);
    sourceStart = Math.min(sourceStart, sourceEnd);
    return binding.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
  },

  indexOf(val, byteOffset, encoding) {
    return indexOfImpl(this, val, byteOffset, encoding, true);
  },

  lastIndexOf(val, byteOffset, encoding) {
    return indexOfImpl(this, val, byteOffset, encoding, false);
  },

  includes(val, byteOffset, encoding) {
    return indexOfImpl(this, val, byteOffset, encoding, true) !== -1;
  },

  fill(value, offset, end, encoding) {
    return fillImpl(this, value, offset, end, encoding);
  },

  write(string, offset, length, encoding) {
    if (typeof string !== 'string') throw stringArgError();
    if (offset === undefined) return encodeInto(this, string, 0, this.length, ENC_UTF8);
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    let enc = ENC_UTF8;
    if (encoding) {
      enc = encodingId(encoding);
      if (enc === 0) throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    return encodeInto(this, string, offset, length, enc);
  },

  toJSON() {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; i++) data[i] = this[i];
    return { type: 'Buffer', data };
  },

  subarray(start, end) {
    const len = this.length;
    start = relativeIndex(start, len, 0);
    end = relativeIndex(end, len, len);
    const n = end > start ? end - start : 0;
    return new FastBuffer(this.buffer, this.byteOffset + start, n);
  },

  slice(start, end) {
    return this.subarray(start, end);
  },

  swap16() {
    swapCheck(this, 16);
    if (this.length < 128) {
      for (let i = 0; i < this.length; i += 2) {
        const t = this[i];
        this[i] = this[i + 1];
        this[i + 1] = t;
      }
    } else {
      binding.swap(this, 2);
    }
    return this;
  },

  swap32() {
    swapCheck(this, 32);
    binding.swap(this, 4);
    return this;
  },

  swap64() {
    swapCheck(this, 64);
    binding.swap(this, 8);
    return this;
  },
});
proto.toLocaleString = proto.toString;
Object.defineProperty(proto, 'inspect', {
  __proto__: null, value: proto[customInspectSymbol], writable: true, enumerable: false,
  configurable: true,
});

// TypedArray-style index: negative counts from the end; clamped to [0, len].
function relativeIndex(v, len, fallback) {
  if (v === undefined) return fallback;
  v = Math.trunc(+v);
  if (v !== v) return 0;
  if (v < 0) return Math.max(len + v, 0);
  return Math.min(v, len);
}

// ---- module functions --------------------------------------------------------------------

function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    return binding.isUtf8(checkedBytes(input));
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    return binding.isAscii(checkedBytes(input));
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

// A Uint8Array over the bytes of an ArrayBuffer or view; throws for detached buffers.
function checkedBytes(input) {
  const ab = isAnyArrayBuffer(input) ? input : input.buffer;
  if (ab.detached) throw new ERR_INVALID_STATE('Cannot validate on a detached buffer');
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

function domException(message) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, 'InvalidCharacterError');
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw domException('Invalid character');
  }
  return fromString(input, 'latin1').toString('base64');
}

const kBase64Chars = /^[A-Za-z0-9+/=]*$/;

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`.replace(/[\t\n\f\r ]+/g, '');
  if (!kBase64Chars.test(input)) throw domException('Invalid character');
  if (input.length % 4 === 0) {
    if (input.endsWith('==')) input = input.slice(0, -2);
    else if (input.endsWith('=')) input = input.slice(0, -1);
  }
  if (input.includes('=')) throw domException('Invalid character');
  if (input.length % 4 === 1) {
    throw domException('The string to be decoded is not correctly encoded.');
  }
  return fromString(input, 'base64').toString('latin1');
}

function transcodeError(code) {
  const e = new Error(`Unable to transcode Buffer [${code}]`);
  e.code = code;
  e.errno = code === 'U_ILLEGAL_ARGUMENT_ERROR' ? 1 : 10;
  return e;
}

const transcodable = { __proto__: null, utf8: true, utf16le: true, latin1: true, ascii: true };

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (!transcodable[from] || !transcodable[to]) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR');
  let text;
  if (from === 'ascii') {
    text = '';
    for (let i = 0; i < source.length; i++) {
      text += source[i] < 0x80 ? String.fromCharCode(source[i]) : '\ufffd';
    }
  } else {
    text = Buffer.prototype.toString.call(source, from);
  }
  if (to === 'utf8' || to === 'utf16le') {
    if (to === 'utf16le' && from === 'utf8' && !binding.isUtf8(source)) {
      throw transcodeError('U_INVALID_CHAR_FOUND');
    }
    return fromString(text, to);
  }
  const limit = to === 'ascii' ? 0x7f : 0xff;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    out += cp <= limit ? ch : '?';
  }
  return fromString(out, 'latin1');
}

let blobModule;
function loadBlob() {
  if (blobModule === undefined) blobModule = require('internal/blob');
  return blobModule;
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob: undefined,
  resolveObjectURL: undefined,
  File: undefined,
};

Object.defineProperties(module.exports, {
  INSPECT_MAX_BYTES: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
  Blob: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return loadBlob().Blob; },
  },
  File: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return loadBlob().File; },
  },
  resolveObjectURL: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return loadBlob().resolveObjectURL; },
  },
});
