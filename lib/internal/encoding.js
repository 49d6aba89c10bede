'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding): UTF-8 both ways, and decoding of UTF-16LE
// and windows-1252 (the labels Node accepts), with fatal, ignoreBOM and streaming.

const { codes } = require('internal/errors');
const ib = require('internal/buffer');

const kEncoding = Symbol('encoding');
const kFatal = Symbol('fatal');
const kIgnoreBOM = Symbol('ignoreBOM');
const kPending = Symbol('pending');
const kBOMSeen = Symbol('BOMSeen');

const labels = {
  __proto__: null,
  'unicode-1-1-utf-8': 'utf-8', 'unicode11utf8': 'utf-8', 'unicode20utf8': 'utf-8',
  'utf-8': 'utf-8', 'utf8': 'utf-8', 'x-unicode20utf8': 'utf-8',
  'csunicode': 'utf-16le', 'iso-10646-ucs-2': 'utf-16le', 'ucs-2': 'utf-16le',
  'unicode': 'utf-16le', 'unicodefeff': 'utf-16le', 'utf-16': 'utf-16le', 'utf-16le': 'utf-16le',
  'ansi_x3.4-1968': 'windows-1252', 'ascii': 'windows-1252', 'cp1252': 'windows-1252',
  'cp819': 'windows-1252', 'csisolatin1': 'windows-1252', 'ibm819': 'windows-1252',
  'iso-8859-1': 'windows-1252', 'iso-ir-100': 'windows-1252', 'iso8859-1': 'windows-1252',
  'iso88591': 'windows-1252', 'iso_8859-1': 'windows-1252', 'iso_8859-1:1987': 'windows-1252',
  'l1': 'windows-1252', 'latin1': 'windows-1252', 'us-ascii': 'windows-1252',
  'windows-1252': 'windows-1252', 'x-cp1252': 'windows-1252',
};

// windows-1252 differs from latin1 in 0x80-0x9F.
const cp1252High = [0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
  0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
  0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178];

function toBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' &&
      input instanceof SharedArrayBuffer)) {
    return new Uint8Array(input);
  }
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  // Node raises this one from C++: a plain TypeError carrying the code.
  const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ' +
    'ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

function validateThis(self, key, name) {
  if (self === null || typeof self !== 'object' || !(key in self)) {
    throw new codes.ERR_INVALID_THIS(name);
  }
}

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    const string = `${input}`;
    const length = ib.byteLengthOf(string, ib.ENC_UTF8);
    const out = new Uint8Array(length);
    if (length > 0) ib.encodeInto(out, string, 0, length, ib.ENC_UTF8);
    return out;
  }

  encodeInto(src, dest) {
    if (!(dest instanceof Uint8Array)) throw new codes.ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const string = `${src}`;
    const written = dest.length === 0 ? 0 : ib.encodeInto(dest, string, 0, dest.length, ib.ENC_UTF8);
    // UTF-16 units that produced `written` bytes (the C encoder never splits a character).
    let read = 0;
    for (let bytes = 0; bytes < written;) {
      const c = string.codePointAt(read);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      read += c >= 0x10000 ? 2 : 1;
    }
    return { read, written };
  }

  get [Symbol.toStringTag]() {
    return 'TextEncoder';
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return inspect({ encoding: 'utf-8' }, options);
  }
}

// Length of an incomplete UTF-8 sequence at the end of bytes (0 when it ends cleanly).
function incompleteTail(bytes) {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xC0) === 0x80) continue;
    const need = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b < 0xE0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`.trim().toLowerCase();
    const name = labels[label];
    if (name === undefined) throw new codes.ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this[kEncoding] = name;
    this[kFatal] = !!options?.fatal;
    this[kIgnoreBOM] = !!options?.ignoreBOM;
    this[kPending] = null;
    this[kBOMSeen] = false;
  }

  get encoding() {
    validateThis(this, kEncoding, 'TextDecoder');
    return this[kEncoding];
  }

  get fatal() {
    validateThis(this, kEncoding, 'TextDecoder');
    return this[kFatal];
  }

  get ignoreBOM() {
    validateThis(this, kEncoding, 'TextDecoder');
    return this[kIgnoreBOM];
  }

  decode(input = undefined, options = {}) {
    validateThis(this, kEncoding, 'TextDecoder');
    let bytes = toBytes(input);
    const stream = !!options?.stream;
    if (this[kPending] !== null) {
      const joined = new Uint8Array(this[kPending].length + bytes.length);
      joined.set(this[kPending]);
      joined.set(bytes, this[kPending].length);
      bytes = joined;
      this[kPending] = null;
    }
    let keep = 0;
    const enc = this[kEncoding];
    if (enc === 'utf-8') {
      if (stream) keep = incompleteTail(bytes);
    } else if (enc === 'utf-16le') {
      if (stream) {
        keep = bytes.length % 2;
        const last = bytes.length - keep;
        if (last >= 2) {
          const unit = bytes[last - 2] | (bytes[last - 1] << 8);
          if (unit >= 0xD800 && unit <= 0xDBFF) keep += 2;
        }
      }
    }
    if (keep > 0) {
      this[kPending] = bytes.slice(bytes.length - keep);
      bytes = bytes.subarray(0, bytes.length - keep);
    }
    let text;
    if (enc === 'windows-1252') {
      let s = '';
      for (let i = 0; i < bytes.length; i += 8192) {
        const part = bytes.subarray(i, i + 8192);
        s += String.fromCharCode.apply(null, Array.from(part, (b) =>
          (b >= 0x80 && b < 0xA0 ? cp1252High[b - 0x80] : b)));
      }
      text = s;
    } else {
      const id = enc === 'utf-8' ? ib.ENC_UTF8 : ib.ENC_UCS2;
      if (this[kFatal] && enc === 'utf-8' && !internalBinding('buffer').isUtf8(bytes)) {
        this[kPending] = null;
        throw new codes.ERR_ENCODING_INVALID_ENCODED_DATA(enc, undefined);
      }
      text = ib.decode(bytes, 0, bytes.length, id);
      if (enc === 'utf-16le' && !stream && bytes.length % 2 === 1) text += '\ufffd';
      if (this[kFatal] && text.includes('\ufffd') && enc === 'utf-16le') {
        throw new codes.ERR_ENCODING_INVALID_ENCODED_DATA(enc, undefined);
      }
      if (enc === 'utf-16le') text = text.toWellFormed();
    }
    if (!this[kBOMSeen] && text.length > 0) {
      this[kBOMSeen] = true;
      if (!this[kIgnoreBOM] && enc !== 'windows-1252' && text.charCodeAt(0) === 0xFEFF) {
        text = text.slice(1);
      }
    }
    if (!stream) {
      this[kBOMSeen] = false;
      if (this[kPending] !== null) {
        this[kPending] = null;
        if (this[kFatal]) throw new codes.ERR_ENCODING_INVALID_ENCODED_DATA(enc, undefined);
        text += '\ufffd';
      }
    }
    return text;
  }

  get [Symbol.toStringTag]() {
    return 'TextDecoder';
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `TextDecoder ${inspect({
      encoding: this[kEncoding], fatal: this[kFatal], ignoreBOM: this[kIgnoreBOM],
    }, options)}`;
  }
}

module.exports = { TextEncoder, TextDecoder };
