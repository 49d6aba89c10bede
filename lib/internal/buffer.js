'use strict';
// Buffer internals: FastBuffer (the Uint8Array subclass every Buffer is), encoding lookup and
// the binding calls per encoding, and the numeric read/write methods of Buffer.prototype.

const binding = internalBinding('buffer');
const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');

// A Buffer without the Buffer() constructor's argument handling: `new FastBuffer(ab, off, len)`
// wraps memory without copying. Its prototype becomes Buffer.prototype (see lib/buffer.js).
class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// ---- encodings ---------------------------------------------------------------------------

const ENC_UTF8 = 1;
const ENC_UCS2 = 2;
const ENC_LATIN1 = 3;
const ENC_ASCII = 4;
const ENC_BASE64 = 5;
const ENC_BASE64URL = 6;
const ENC_HEX = 7;

const encodingIds = {
  __proto__: null,
  'utf8': ENC_UTF8, 'utf-8': ENC_UTF8,
  'ucs2': ENC_UCS2, 'ucs-2': ENC_UCS2, 'utf16le': ENC_UCS2, 'utf-16le': ENC_UCS2,
  'latin1': ENC_LATIN1, 'binary': ENC_LATIN1,
  'ascii': ENC_ASCII,
  'base64': ENC_BASE64,
  'base64url': ENC_BASE64URL,
  'hex': ENC_HEX,
};
const encodingNames = [undefined, 'utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url',
  'hex'];

// Returns the encoding id for a name (any case), or 0 when it is not an encoding.
function encodingId(enc) {
  if (typeof enc !== 'string') enc = `${enc}`;
  const id = encodingIds[enc];
  if (id !== undefined) return id;
  return encodingIds[enc.toLowerCase()] || 0;
}

// Node's normalizeEncoding: canonical name, 'utf8' for null/undefined/'', else undefined.
function normalizeEncoding(enc) {
  if (enc == null || enc === '') return 'utf8';
  const id = encodingId(enc);
  return id ? encodingNames[id] : undefined;
}

// ---- strings <-> bytes -------------------------------------------------------------------

const kLargeString = binding.kLargeString;
const bindingToString = binding.toString;
const releaseString = binding.releaseString;

// Decodes view[start, end) (already clamped) with encoding id `enc` into a string.
function decode(view, start, end, enc) {
  const n = end - start;
  if (n === 0) return '';
  if (n >= 1024 && (enc === ENC_BASE64 || enc === ENC_BASE64URL || enc === ENC_HEX)) {
    // The engine's own encoders build compact one-byte strings directly.
    const part = start === 0 && end === view.length ? view :
      new Uint8Array(view.buffer, view.byteOffset + start, n);
    if (enc === ENC_HEX) return Uint8Array.prototype.toHex.call(part);
    return Uint8Array.prototype.toBase64.call(part,
      enc === ENC_BASE64 ? undefined : { alphabet: 'base64url', omitPadding: true });
  }
  const s = bindingToString(view, start, end, enc);
  if (s.length < kLargeString) return s;
  // Large results share memory owned by C: make the engine copy them into a string of its
  // own, then free the C memory. Reading a character of a concatenation flattens it into a
  // fresh buffer (a slice taken before that could still point into `s`).
  const joined = s + ' ';
  joined.charCodeAt(joined.length - 1);
  const copy = joined.slice(0, -1);
  releaseString();
  return copy;
}

function byteLengthOf(string, enc) {
  switch (enc) {
    case ENC_UTF8: return binding.byteLengthUtf8(string);
    case ENC_UCS2: return string.length * 2;
    case ENC_LATIN1:
    case ENC_ASCII: return string.length;
    case ENC_HEX: return string.length >>> 1;
    default: return base64ByteLength(string);
  }
}

// Bytes a base64 string decodes to when it is well formed (Node's estimate: trailing '='
// padding does not count).
function base64ByteLength(str) {
  let len = str.length;
  if (len > 0 && str.charCodeAt(len - 1) === 0x3D) len--;
  if (len > 1 && str.charCodeAt(len - 1) === 0x3D) len--;
  return (len * 3) >>> 2;
}

// Writes string into view at offset, at most length bytes; returns bytes written.
function encodeInto(view, string, offset, length, enc) {
  return binding.write(view, string, offset, length, enc);
}

// Decodes a large base64/hex string with the engine's strict decoder; undefined when the
// string needs Node's lenient rules (the C decoder then handles it).
function fastDecode(string, enc) {
  try {
    if (enc === ENC_HEX) return Uint8Array.fromHex(string);
    return Uint8Array.fromBase64(string,
      { alphabet: enc === ENC_BASE64 ? 'base64' : 'base64url' });
  } catch {
    return undefined;
  }
}

// ---- numeric read/write ------------------------------------------------------------------

const f32 = new Float32Array(1);
const f32b = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64b = new Uint8Array(f64.buffer);
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function validateOffsetNumber(offset) {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}

// Throws the error Node gives for an offset that does not leave `last + 1` bytes.
function boundsError(value, last, name = 'offset') {
  if (Math.floor(value) !== value) {
    if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
    throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(name, `>= ${name === 'offset' ? 0 : 1} and <= ${last}`, value);
}

// Validates offset for an access of `size` bytes and returns it.
function checkRead(buf, offset, size) {
  if (offset === undefined) offset = 0;
  else validateOffsetNumber(offset);
  if (!(offset >= 0 && offset + size <= buf.length) || Math.floor(offset) !== offset) {
    boundsError(offset, buf.length - size);
  }
  return offset;
}

function rangeText(min, max, bytes) {
  if (typeof min === 'bigint') {
    return min === 0n ? `>= 0n and < 2n ** ${bytes * 8}n` :
      `>= -(2n ** ${bytes * 8 - 1}n) and < 2n ** ${bytes * 8 - 1}n`;
  }
  if (bytes > 4) {
    return min === 0 ? `>= 0 and < 2 ** ${bytes * 8}` :
      `>= -(2 ** ${bytes * 8 - 1}) and < 2 ** ${bytes * 8 - 1}`;
  }
  return `>= ${min} and <= ${max}`;
}

// Validates value and offset for writing an integer of `bytes` bytes in [min, max].
function checkWrite(buf, value, offset, min, max, bytes) {
  if (offset === undefined) offset = 0;
  else validateOffsetNumber(offset);
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', rangeText(min, max, bytes), value);
  }
  if (!(offset >= 0 && offset + bytes <= buf.length) || Math.floor(offset) !== offset) {
    boundsError(offset, buf.length - bytes);
  }
  return offset;
}

function checkByteLength(byteLength) {
  if (typeof byteLength !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  }
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

// Unsigned little/big-endian integers of 1-6 bytes without validation.
function getUIntLE(buf, offset, n) {
  let v = 0;
  let mul = 1;
  for (let i = 0; i < n; i++) {
    v += buf[offset + i] * mul;
    mul *= 256;
  }
  return v;
}
function getUIntBE(buf, offset, n) {
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 256 + buf[offset + i];
  return v;
}
function setUIntLE(buf, value, offset, n) {
  for (let i = 0; i < n; i++) {
    buf[offset + i] = value;
    value = Math.floor(value / 256);
  }
  return offset + n;
}
function setUIntBE(buf, value, offset, n) {
  for (let i = n - 1; i >= 0; i--) {
    buf[offset + i] = value;
    value = Math.floor(value / 256);
  }
  return offset + n;
}
function toSigned(v, n) {
  const half = 2 ** (n * 8 - 1);
  return v >= half ? v - half * 2 : v;
}
// Writes a (possibly negative, possibly fractional) number's low n bytes like Node does.
function wrap(value, n) {
  value = Math.trunc(+value);
  if (value !== value || value === Infinity || value === -Infinity) return 0;
  if (value < 0) value += 2 ** (n * 8);
  return value;
}

const methods = {
  readUInt8(offset) {
    offset = checkRead(this, offset, 1);
    return this[offset];
  },
  readUInt16LE(offset) {
    offset = checkRead(this, offset, 2);
    return this[offset] | (this[offset + 1] << 8);
  },
  readUInt16BE(offset) {
    offset = checkRead(this, offset, 2);
    return (this[offset] << 8) | this[offset + 1];
  },
  readUInt32LE(offset) {
    offset = checkRead(this, offset, 4);
    return (this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16)) +
      this[offset + 3] * 0x1000000;
  },
  readUInt32BE(offset) {
    offset = checkRead(this, offset, 4);
    return this[offset] * 0x1000000 +
      ((this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3]);
  },
  readUIntLE(offset, byteLength) {
    checkByteLength(byteLength);
    offset = checkRead(this, offset, byteLength);
    return getUIntLE(this, offset, byteLength);
  },
  readUIntBE(offset, byteLength) {
    checkByteLength(byteLength);
    offset = checkRead(this, offset, byteLength);
    return getUIntBE(this, offset, byteLength);
  },
  readInt8(offset) {
    offset = checkRead(this, offset, 1);
    return (this[offset] << 24) >> 24;
  },
  readInt16LE(offset) {
    offset = checkRead(this, offset, 2);
    return ((this[offset] | (this[offset + 1] << 8)) << 16) >> 16;
  },
  readInt16BE(offset) {
    offset = checkRead(this, offset, 2);
    return (((this[offset] << 8) | this[offset + 1]) << 16) >> 16;
  },
  readInt32LE(offset) {
    offset = checkRead(this, offset, 4);
    return this[offset] | (this[offset + 1] << 8) | (this[offset + 2] << 16) |
      (this[offset + 3] << 24);
  },
  readInt32BE(offset) {
    offset = checkRead(this, offset, 4);
    return (this[offset] << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) |
      this[offset + 3];
  },
  readIntLE(offset, byteLength) {
    checkByteLength(byteLength);
    offset = checkRead(this, offset, byteLength);
    return toSigned(getUIntLE(this, offset, byteLength), byteLength);
  },
  readIntBE(offset, byteLength) {
    checkByteLength(byteLength);
    offset = checkRead(this, offset, byteLength);
    return toSigned(getUIntBE(this, offset, byteLength), byteLength);
  },
  readBigUInt64LE(offset) {
    offset = checkRead(this, offset, 8);
    return BigInt(getUIntLE(this, offset, 4)) + (BigInt(getUIntLE(this, offset + 4, 4)) << 32n);
  },
  readBigUInt64BE(offset) {
    offset = checkRead(this, offset, 8);
    return (BigInt(getUIntBE(this, offset, 4)) << 32n) + BigInt(getUIntBE(this, offset + 4, 4));
  },
  readBigInt64LE(offset) {
    offset = checkRead(this, offset, 8);
    return BigInt.asIntN(64,
      BigInt(getUIntLE(this, offset, 4)) + (BigInt(getUIntLE(this, offset + 4, 4)) << 32n));
  },
  readBigInt64BE(offset) {
    offset = checkRead(this, offset, 8);
    return BigInt.asIntN(64,
      (BigInt(getUIntBE(this, offset, 4)) << 32n) + BigInt(getUIntBE(this, offset + 4, 4)));
  },
  readFloatLE(offset) { return readFloat(this, offset, true); },
  readFloatBE(offset) { return readFloat(this, offset, false); },
  readDoubleLE(offset) { return readDouble(this, offset, true); },
  readDoubleBE(offset) { return readDouble(this, offset, false); },

  writeUInt8(value, offset) {
    offset = checkWrite(this, value, offset, 0, 0xff, 1);
    this[offset] = value;
    return offset + 1;
  },
  writeUInt16LE(value, offset) {
    offset = checkWrite(this, value, offset, 0, 0xffff, 2);
    return setUIntLE(this, wrap(value, 2), offset, 2);
  },
  writeUInt16BE(value, offset) {
    offset = checkWrite(this, value, offset, 0, 0xffff, 2);
    return setUIntBE(this, wrap(value, 2), offset, 2);
  },
  writeUInt32LE(value, offset) {
    offset = checkWrite(this, value, offset, 0, 0xffffffff, 4);
    return setUIntLE(this, wrap(value, 4), offset, 4);
  },
  writeUInt32BE(value, offset) {
    offset = checkWrite(this, value, offset, 0, 0xffffffff, 4);
    return setUIntBE(this, wrap(value, 4), offset, 4);
  },
  writeUIntLE(value, offset, byteLength) {
    checkByteLength(byteLength);
    offset = checkWrite(this, value, offset, 0, 2 ** (8 * byteLength) - 1, byteLength);
    return setUIntLE(this, wrap(value, byteLength), offset, byteLength);
  },
  writeUIntBE(value, offset, byteLength) {
    checkByteLength(byteLength);
    offset = checkWrite(this, value, offset, 0, 2 ** (8 * byteLength) - 1, byteLength);
    return setUIntBE(this, wrap(value, byteLength), offset, byteLength);
  },
  writeInt8(value, offset) {
    offset = checkWrite(this, value, offset, -0x80, 0x7f, 1);
    this[offset] = value;
    return offset + 1;
  },
  writeInt16LE(value, offset) {
    offset = checkWrite(this, value, offset, -0x8000, 0x7fff, 2);
    return setUIntLE(this, wrap(value, 2), offset, 2);
  },
  writeInt16BE(value, offset) {
    offset = checkWrite(this, value, offset, -0x8000, 0x7fff, 2);
    return setUIntBE(this, wrap(value, 2), offset, 2);
  },
  writeInt32LE(value, offset) {
    offset = checkWrite(this, value, offset, -0x80000000, 0x7fffffff, 4);
    return setUIntLE(this, wrap(value, 4), offset, 4);
  },
  writeInt32BE(value, offset) {
    offset = checkWrite(this, value, offset, -0x80000000, 0x7fffffff, 4);
    return setUIntBE(this, wrap(value, 4), offset, 4);
  },
  writeIntLE(value, offset, byteLength) {
    checkByteLength(byteLength);
    const half = 2 ** (8 * byteLength - 1);
    offset = checkWrite(this, value, offset, -half, half - 1, byteLength);
    return setUIntLE(this, wrap(value, byteLength), offset, byteLength);
  },
  writeIntBE(value, offset, byteLength) {
    checkByteLength(byteLength);
    const half = 2 ** (8 * byteLength - 1);
    offset = checkWrite(this, value, offset, -half, half - 1, byteLength);
    return setUIntBE(this, wrap(value, byteLength), offset, byteLength);
  },
  writeBigUInt64LE(value, offset) {
    return writeBig(this, value, offset, 0n, 0xffffffffffffffffn, true);
  },
  writeBigUInt64BE(value, offset) {
    return writeBig(this, value, offset, 0n, 0xffffffffffffffffn, false);
  },
  writeBigInt64LE(value, offset) {
    return writeBig(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
  },
  writeBigInt64BE(value, offset) {
    return writeBig(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
  },
  writeFloatLE(value, offset) { return writeFloat(this, value, offset, true); },
  writeFloatBE(value, offset) { return writeFloat(this, value, offset, false); },
  writeDoubleLE(value, offset) { return writeDouble(this, value, offset, true); },
  writeDoubleBE(value, offset) { return writeDouble(this, value, offset, false); },
};

function readFloat(buf, offset, le) {
  offset = checkRead(buf, offset, 4);
  for (let i = 0; i < 4; i++) f32b[le === littleEndian ? i : 3 - i] = buf[offset + i];
  return f32[0];
}
function readDouble(buf, offset, le) {
  offset = checkRead(buf, offset, 8);
  for (let i = 0; i < 8; i++) f64b[le === littleEndian ? i : 7 - i] = buf[offset + i];
  return f64[0];
}
function writeFloat(buf, value, offset, le) {
  value = +value;
  offset = checkRead(buf, offset, 4);
  f32[0] = value;
  for (let i = 0; i < 4; i++) buf[offset + i] = f32b[le === littleEndian ? i : 3 - i];
  return offset + 4;
}
function writeDouble(buf, value, offset, le) {
  value = +value;
  offset = checkRead(buf, offset, 8);
  f64[0] = value;
  for (let i = 0; i < 8; i++) buf[offset + i] = f64b[le === littleEndian ? i : 7 - i];
  return offset + 8;
}
function writeBig(buf, value, offset, min, max, le) {
  if (offset === undefined) offset = 0;
  else validateOffsetNumber(offset);
  if (value > max || value < min) {
    throw new ERR_OUT_OF_RANGE('value', rangeText(min, max, 8), value);
  }
  if (!(offset >= 0 && offset + 8 <= buf.length) || Math.floor(offset) !== offset) {
    boundsError(offset, buf.length - 8);
  }
  if (typeof value !== 'bigint') {
    // What V8 says when BigInt arithmetic meets another type.
    throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
  }
  const u = BigInt.asUintN(64, value);
  const lo = Number(u & 0xffffffffn);
  const hi = Number(u >> 32n);
  if (le) {
    setUIntLE(buf, lo, offset, 4);
    setUIntLE(buf, hi, offset + 4, 4);
  } else {
    setUIntBE(buf, hi, offset, 4);
    setUIntBE(buf, lo, offset + 4, 4);
  }
  return offset + 8;
}

// Installs the numeric methods (and their lower-case "Uint" aliases) on proto.
function addNumericMethods(proto) {
  for (const name of Object.keys(methods)) {
    const fn = methods[name];
    Object.defineProperty(proto, name,
      { __proto__: null, value: fn, writable: true, enumerable: false, configurable: true });
    if (name.includes('UInt')) {
      Object.defineProperty(proto, name.replace('UInt', 'Uint'),
        { __proto__: null, value: fn, writable: true, enumerable: false, configurable: true });
    }
  }
}

module.exports = {
  FastBuffer,
  binding,
  ENC_UTF8, ENC_UCS2, ENC_LATIN1, ENC_ASCII, ENC_BASE64, ENC_BASE64URL, ENC_HEX,
  encodingId,
  encodingNames,
  normalizeEncoding,
  decode,
  byteLengthOf,
  encodeInto,
  fastDecode,
  addNumericMethods,
  boundsError,
};
