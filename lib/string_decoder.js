'use strict';
// node:string_decoder — decodes byte chunks to strings, holding back characters split across chunks.

const kReplacement = 0xfffd;
const kChunk = 8192;

let errorCodes;
function codes() {
  errorCodes ??= require('internal/errors').codes;
  return errorCodes;
}

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) {
    try {
      BufferCtor = require('buffer').Buffer || null;
    } catch {
      BufferCtor = null;
    }
  }
  return BufferCtor;
}

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  const e = `${enc}`.toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'hex': case 'ascii': return e;
    default: return undefined;
  }
}

// Turns code units in units[0..n) into a string, in slices small enough for apply().
function unitsToString(units, n) {
  if (n <= kChunk) return String.fromCharCode.apply(null, n === units.length ? units : units.subarray(0, n));
  let s = '';
  for (let i = 0; i < n; i += kChunk) {
    s += String.fromCharCode.apply(null, units.subarray(i, Math.min(n, i + kChunk)));
  }
  return s;
}

// UTF-8 to string; each maximal ill-formed subpart becomes one U+FFFD (the WHATWG rule, as V8).
function decodeUtf8(bytes, start, end) {
  if (end <= start) return '';
  const units = new Uint16Array(end - start);
  let n = 0;
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      units[n++] = b;
      i++;
      continue;
    }
    let need;
    let lo = 0x80;
    let hi = 0xbf;
    let cp;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      cp = b & 0x0f;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      cp = b & 0x07;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else {
      units[n++] = kReplacement;
      i++;
      continue;
    }
    let k = 1;
    for (; k <= need; k++) {
      if (i + k >= end) break;
      const c = bytes[i + k];
      if (c < lo || c > hi) break;
      cp = (cp << 6) | (c & 0x3f);
      lo = 0x80;
      hi = 0xbf;
    }
    if (k <= need) {
      units[n++] = kReplacement;
      i += k;
      continue;
    }
    i += need + 1;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units[n++] = 0xd800 | (cp >> 10);
      units[n++] = 0xdc00 | (cp & 0x3ff);
    } else {
      units[n++] = cp;
    }
  }
  return unitsToString(units, n);
}

function decodeUtf16le(bytes, start, end) {
  const count = (end - start) >> 1;
  if (count <= 0) return '';
  const units = new Uint16Array(count);
  for (let k = 0, i = start; k < count; k++, i += 2) units[k] = bytes[i] | (bytes[i + 1] << 8);
  return unitsToString(units, count);
}

function decodeLatin1(bytes, start, end, mask) {
  if (end <= start) return '';
  const units = new Uint16Array(end - start);
  for (let i = start; i < end; i++) units[i - start] = bytes[i] & mask;
  return unitsToString(units, end - start);
}

const kHex = '0123456789abcdef';
function decodeHex(bytes, start, end) {
  let s = '';
  for (let i = start; i < end; i++) s += kHex[bytes[i] >> 4] + kHex[bytes[i] & 15];
  return s;
}

const kB64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const kB64Url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function encodeBase64(bytes, start, end, url) {
  const abc = url ? kB64Url : kB64;
  let s = '';
  let i = start;
  for (; i + 2 < end; i += 3) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    s += abc[v >> 18] + abc[(v >> 12) & 63] + abc[(v >> 6) & 63] + abc[v & 63];
  }
  const rest = end - i;
  if (rest === 1) {
    const v = bytes[i] << 16;
    s += abc[v >> 18] + abc[(v >> 12) & 63] + (url ? '' : '==');
  } else if (rest === 2) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8);
    s += abc[v >> 18] + abc[(v >> 12) & 63] + abc[(v >> 6) & 63] + (url ? '' : '=');
  }
  return s;
}

function decodeStateless(enc, bytes, start, end) {
  switch (enc) {
    case 'latin1': return decodeLatin1(bytes, start, end, 0xff);
    case 'ascii': return decodeLatin1(bytes, start, end, 0x7f);
    case 'hex': return decodeHex(bytes, start, end);
    default: return '';
  }
}

const kState = Symbol('kState');

// Per-decoder state: the bytes of one incomplete character (at most 4), how many are held
// (buffered) and how many are still missing.
class DecoderState {
  constructor() {
    this.chars = new Uint8Array(4);
    this.buffered = 0;
    this.missing = 0;
  }
}

function toBytes(buf) {
  if (!ArrayBuffer.isView(buf)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function isContinuation(b) {
  return (b & 0xc0) === 0x80;
}

function writeUtf8(st, bytes) {
  let pos = 0;
  const len = bytes.length;
  let prefix = '';
  if (st.missing > 0) {
    while (pos < len && st.missing > 0) {
      const b = bytes[pos];
      // A byte that cannot continue the held character ends it; it starts the next one.
      if (!isContinuation(b)) {
        st.missing = 0;
        break;
      }
      st.chars[st.buffered++] = b;
      st.missing--;
      pos++;
    }
    if (st.missing > 0) return '';
    prefix = decodeUtf8(st.chars, 0, st.buffered);
    st.buffered = 0;
  }
  // Hold back a character whose lead byte says it continues past the end of this chunk.
  let hold = 0;
  let count = 0;
  for (let i = len - 1; i >= pos; i--) {
    const b = bytes[i];
    count++;
    if (isContinuation(b)) {
      if (count >= 4 || i === pos) break;
      continue;
    }
    let need = 0;
    if ((b & 0xe0) === 0xc0) need = 2;
    else if ((b & 0xf0) === 0xe0) need = 3;
    else if ((b & 0xf8) === 0xf0) need = 4;
    if (need > count) {
      hold = count;
      st.missing = need - count;
    }
    break;
  }
  const end = len - hold;
  for (let i = 0; i < hold; i++) st.chars[i] = bytes[end + i];
  st.buffered = hold;
  const body = decodeUtf8(bytes, pos, end);
  return prefix.length === 0 ? body : prefix + body;
}

function isHighSurrogateAt(bytes, i) {
  return (bytes[i + 1] & 0xfc) === 0xd8;
}

function writeUtf16(st, bytes) {
  let pos = 0;
  const len = bytes.length;
  let prefix = '';
  if (st.missing > 0) {
    while (pos < len && st.missing > 0) {
      st.chars[st.buffered++] = bytes[pos++];
      st.missing--;
    }
    // A unit completed from a held odd byte is emitted even when it is a high surrogate (Node).
    if (st.missing > 0) return '';
    prefix = decodeUtf16le(st.chars, 0, st.buffered);
    st.buffered = 0;
  }
  let end = len;
  if ((len - pos) & 1) {
    end = len - 1;
    st.chars[0] = bytes[end];
    st.buffered = 1;
    st.missing = 1;
  } else if (len - pos >= 2 && isHighSurrogateAt(bytes, len - 2)) {
    end = len - 2;
    st.chars[0] = bytes[end];
    st.chars[1] = bytes[end + 1];
    st.buffered = 2;
    st.missing = 2;
  }
  const body = decodeUtf16le(bytes, pos, end);
  return prefix.length === 0 ? body : prefix + body;
}

function writeBase64(st, bytes, url) {
  let pos = 0;
  const len = bytes.length;
  let prefix = '';
  if (st.missing > 0) {
    while (pos < len && st.missing > 0) {
      st.chars[st.buffered++] = bytes[pos++];
      st.missing--;
    }
    if (st.missing > 0) return '';
    prefix = encodeBase64(st.chars, 0, 3, url);
    st.buffered = 0;
  }
  const rest = (len - pos) % 3;
  const end = len - rest;
  for (let i = 0; i < rest; i++) st.chars[i] = bytes[end + i];
  st.buffered = rest;
  st.missing = rest > 0 ? 3 - rest : 0;
  const body = encodeBase64(bytes, pos, end, url);
  return prefix.length === 0 ? body : prefix + body;
}

function writeBytes(decoder, bytes) {
  const st = decoder[kState];
  switch (decoder.encoding) {
    case 'utf8': return writeUtf8(st, bytes);
    case 'utf16le': return writeUtf16(st, bytes);
    case 'base64': return writeBase64(st, bytes, false);
    case 'base64url': return writeBase64(st, bytes, true);
    default: return decodeStateless(decoder.encoding, bytes, 0, bytes.length);
  }
}

// Decodes whatever is held and clears the state.
function flush(decoder) {
  const st = decoder[kState];
  const n = st.buffered;
  st.buffered = 0;
  st.missing = 0;
  if (n === 0) return '';
  switch (decoder.encoding) {
    case 'utf8': return decodeUtf8(st.chars, 0, n);
    case 'utf16le': return decodeUtf16le(st.chars, 0, n);
    case 'base64': return encodeBase64(st.chars, 0, n, false);
    case 'base64url': return encodeBase64(st.chars, 0, n, true);
    default: return '';
  }
}

function StringDecoder(encoding) {
  const enc = normalizeEncoding(encoding);
  if (enc === undefined) throw new (codes().ERR_UNKNOWN_ENCODING)(encoding);
  this.encoding = enc;
  Object.defineProperty(this, kState, { value: new DecoderState(), writable: true });
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  return writeBytes(this, toBytes(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  const rest = flush(this);
  return rest.length === 0 ? ret : ret + rest;
};

StringDecoder.prototype.text = function text(buf, offset) {
  const st = this[kState];
  st.buffered = 0;
  st.missing = 0;
  if (typeof buf === 'string') return buf.slice(offset);
  const bytes = toBytes(buf);
  return writeBytes(this, bytes.subarray(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      const chars = this[kState].chars;
      const B = lazyBuffer();
      return B ? B.from(chars.buffer, chars.byteOffset, 4) : chars;
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kState].missing;
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      const st = this[kState];
      return st.buffered + st.missing;
    },
  },
});

module.exports = { StringDecoder };
