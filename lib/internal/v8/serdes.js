'use strict';
// V8's ValueSerializer wire format (version 15) in JS: the Serializer/Deserializer classes of
// node:v8, producing the bytes Node writes and reading what Node wrote.
//
// V8 picks some encodings from its internal representation, which JSC does not expose; these
// are decided from the value instead: numbers that are int32 (not -0) are written as Smis ('I'),
// others as doubles ('N'); an array whose elements are all numbers with at least one non-int32
// is written as V8 writes PACKED_DOUBLE arrays (every element 'N'); an array with holes is
// written sparse ('a'), others dense ('A'); strings with only code units <= 0xFF are one-byte.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const types = require('internal/util/types');

const kLatestVersion = 15;

const T = {
  version: 0xFF, padding: 0x00, verifyCount: 0x3F, hole: 0x2D, undefined: 0x5F, null: 0x30,
  true: 0x54, false: 0x46, int32: 0x49, uint32: 0x55, double: 0x4E, bigint: 0x5A,
  utf8: 0x53, oneByte: 0x22, twoByte: 0x63, ref: 0x5E, beginObject: 0x6F, endObject: 0x7B,
  beginSparse: 0x61, endSparse: 0x40, beginDense: 0x41, endDense: 0x24, date: 0x44,
  trueObject: 0x79, falseObject: 0x78, numberObject: 0x6E, bigintObject: 0x7A,
  stringObject: 0x73, regexp: 0x52, beginMap: 0x3B, endMap: 0x3A, beginSet: 0x27, endSet: 0x2C,
  arrayBuffer: 0x42, resizableArrayBuffer: 0x7E, arrayBufferTransfer: 0x74, view: 0x56,
  sharedArrayBuffer: 0x75, sharedObject: 0x70, hostObject: 0x5C, error: 0x72,
};

// Error sub-tags.
const E = { eval: 0x45, range: 0x52, reference: 0x46, syntax: 0x53, type: 0x54, uri: 0x55,
  message: 0x6D, cause: 0x63, stack: 0x73, end: 0x2E };
const errorTagByName = {
  EvalError: E.eval, RangeError: E.range, ReferenceError: E.reference, SyntaxError: E.syntax,
  TypeError: E.type, URIError: E.uri,
};
const errorCtorByTag = {
  [E.eval]: EvalError, [E.range]: RangeError, [E.reference]: ReferenceError,
  [E.syntax]: SyntaxError, [E.type]: TypeError, [E.uri]: URIError,
};

// ArrayBufferView sub-tags of the 'V' record.
const viewTags = [
  [Int8Array, 0x62], [Uint8Array, 0x42], [Uint8ClampedArray, 0x43], [Int16Array, 0x77],
  [Uint16Array, 0x57], [Int32Array, 0x64], [Uint32Array, 0x44], [Float32Array, 0x66],
  [Float64Array, 0x46], [BigInt64Array, 0x71], [BigUint64Array, 0x51], [DataView, 0x3F],
];
if (typeof globalThis.Float16Array === 'function') viewTags.push([globalThis.Float16Array, 0x68]);
const viewCtorByTag = new Map(viewTags.map(([C, tag]) => [tag, C]));

const regexpFlagBits = { g: 1, i: 2, m: 4, y: 8, u: 16, s: 32, l: 64, d: 128, v: 256 };

const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);

function isInt32(n) {
  return (n | 0) === n && !Object.is(n, -0);
}

function isViewValue(v) {
  return ArrayBuffer.isView(v);
}

// Objects V8 cannot clone: functions and exotic or engine-internal objects.
function isUncloneable(v) {
  return typeof v === 'function' || types.isProxy(v) || types.isWeakMap(v) || types.isWeakSet(v) ||
    types.isPromise(v) || types.isGeneratorObject(v) || types.isModuleNamespaceObject(v) ||
    types.isMapIterator(v) || types.isSetIterator(v) || types.isArgumentsObject(v) ||
    (typeof WeakRef === 'function' && v instanceof WeakRef) ||
    (typeof FinalizationRegistry === 'function' && v instanceof FinalizationRegistry) ||
    types.isSharedArrayBuffer(v);
}

function describe(v) {
  if (typeof v === 'function' || typeof v === 'symbol') return String(v);
  let name = 'Object';
  try {
    if (!types.isProxy(v)) {
      const ctor = v.constructor;
      if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name) name = ctor.name;
    }
  } catch {
    // keep 'Object'
  }
  return `#<${name}>`;
}

function checkView(value, name) {
  if (!ArrayBuffer.isView(value)) {
    const err = new TypeError(`${name} must be a TypedArray or a DataView`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
}

class Serializer {
  #buf;
  #pos;
  #ids;
  #nextId;
  #transfers;
  #hostViews;

  constructor() {
    this.#buf = new Uint8Array(64);
    this.#pos = 0;
    this.#ids = new Map();
    this.#nextId = 0;
    this.#transfers = new Map();
    this.#hostViews = false;
  }

  #reserve(n) {
    if (this.#pos + n <= this.#buf.length) return;
    let size = this.#buf.length * 2;
    while (size < this.#pos + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.#buf.subarray(0, this.#pos));
    this.#buf = grown;
  }

  #byte(b) {
    this.#reserve(1);
    this.#buf[this.#pos++] = b;
  }

  #varint(n) {
    this.#reserve(10);
    // Unsigned LEB128 over a non-negative integer up to 2^53.
    while (n >= 0x80) {
      this.#buf[this.#pos++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    this.#buf[this.#pos++] = n;
  }

  #raw(u8) {
    this.#reserve(u8.length);
    this.#buf.set(u8, this.#pos);
    this.#pos += u8.length;
  }

  #double(d) {
    f64[0] = d;
    this.#raw(f64Bytes);
  }

  #throwClone(message) {
    const Ctor = this._getDataCloneError;
    throw new Ctor(message);
  }

  writeHeader() {
    this.#byte(T.version);
    this.#varint(kLatestVersion);
  }

  writeValue(value) {
    this.#write(value);
    return true;
  }

  releaseBuffer() {
    const out = Buffer.from(this.#buf.buffer, 0, this.#pos);
    this.#buf = new Uint8Array(64);
    this.#pos = 0;
    return out;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!types.isAnyArrayBuffer(arrayBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('arrayBuffer', ['ArrayBuffer', 'SharedArrayBuffer'], arrayBuffer);
    }
    this.#transfers.set(arrayBuffer, id >>> 0);
  }

  writeUint32(value) {
    this.#varint(value >>> 0);
  }

  writeUint64(hi, lo) {
    this.#varint((hi >>> 0) * 0x100000000 + (lo >>> 0));
  }

  writeDouble(value) {
    this.#double(+value);
  }

  writeRawBytes(source) {
    checkView(source, 'source');
    this.#raw(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    this.#hostViews = !!flag;
  }

  #writeString(s) {
    let oneByte = true;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0xFF) {
        oneByte = false;
        break;
      }
    }
    if (oneByte) {
      this.#byte(T.oneByte);
      this.#varint(s.length);
      this.#reserve(s.length);
      for (let i = 0; i < s.length; i++) this.#buf[this.#pos++] = s.charCodeAt(i);
      return;
    }
    const byteLength = s.length * 2;
    // Two-byte data starts at an even offset: pad first when it would not.
    let lenBytes = 1;
    for (let n = byteLength; n >= 0x80; n = Math.floor(n / 0x80)) lenBytes++;
    if ((this.#pos + 1 + lenBytes) & 1) this.#byte(T.padding);
    this.#byte(T.twoByte);
    this.#varint(byteLength);
    this.#reserve(byteLength);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.#buf[this.#pos++] = c & 0xFF;
      this.#buf[this.#pos++] = c >>> 8;
    }
  }

  #writeNumber(n) {
    if (isInt32(n)) {
      this.#byte(T.int32);
      this.#varint(((n << 1) ^ (n >> 31)) >>> 0);
    } else {
      this.#byte(T.double);
      this.#double(n);
    }
  }

  #writeBigIntBody(b) {
    const negative = b < 0n;
    let mag = negative ? -b : b;
    const words = [];
    while (mag > 0n) {
      words.push(mag & 0xFFFFFFFFFFFFFFFFn);
      mag >>= 64n;
    }
    const byteLength = words.length * 8;
    this.#varint(byteLength * 2 + (negative ? 1 : 0));
    for (const w of words) {
      let x = w;
      for (let i = 0; i < 8; i++) {
        this.#byte(Number(x & 0xFFn));
        x >>= 8n;
      }
    }
  }

  #write(v) {
    switch (typeof v) {
      case 'undefined': this.#byte(T.undefined); return;
      case 'boolean': this.#byte(v ? T.true : T.false); return;
      case 'number': this.#writeNumber(v); return;
      case 'bigint': this.#byte(T.bigint); this.#writeBigIntBody(v); return;
      case 'string': this.#writeString(v); return;
      case 'symbol': this.#throwClone(`${describe(v)} could not be cloned.`); return;
      default: break;
    }
    if (v === null) {
      this.#byte(T.null);
      return;
    }
    this.#writeReceiver(v);
  }

  #writeReceiver(v) {
    const seen = this.#ids.get(v);
    if (seen !== undefined) {
      this.#byte(T.ref);
      this.#varint(seen);
      return;
    }
    if (isUncloneable(v)) this.#throwClone(`${describe(v)} could not be cloned.`);
    if (types.isArrayBuffer(v)) {
      const transferId = this.#transfers.get(v);
      this.#ids.set(v, this.#nextId++);
      if (transferId !== undefined) {
        this.#byte(T.arrayBufferTransfer);
        this.#varint(transferId);
        return;
      }
      this.#writeArrayBuffer(v);
      return;
    }
    if (isViewValue(v)) {
      if (this.#hostViews) {
        this.#ids.set(v, this.#nextId++);
        this.#byte(T.hostObject);
        if (typeof this._writeHostObject !== 'function') {
          this.#throwClone(`Unserializable host object: ${describe(v)}`);
        }
        this._writeHostObject(v);
        return;
      }
      // The backing buffer first (it gets its own id), then the view record.
      this.#writeReceiver(v.buffer);
      this.#ids.set(v, this.#nextId++);
      this.#writeViewRecord(v);
      return;
    }
    this.#ids.set(v, this.#nextId++);
    if (Array.isArray(v)) return this.#writeArray(v);
    if (types.isDate(v)) {
      this.#byte(T.date);
      this.#double(v.getTime());
      return;
    }
    if (types.isRegExp(v)) {
      this.#byte(T.regexp);
      this.#writeString(v.source);
      let bits = 0;
      for (const f of v.flags) bits |= regexpFlagBits[f] || 0;
      this.#varint(bits);
      return;
    }
    if (types.isMap(v)) {
      this.#byte(T.beginMap);
      const entries = [...Map.prototype.entries.call(v)];
      for (const [k, val] of entries) {
        this.#write(k);
        this.#write(val);
      }
      this.#byte(T.endMap);
      this.#varint(entries.length * 2);
      return;
    }
    if (types.isSet(v)) {
      this.#byte(T.beginSet);
      const values = [...Set.prototype.values.call(v)];
      for (const val of values) this.#write(val);
      this.#byte(T.endSet);
      this.#varint(values.length);
      return;
    }
    if (types.isNumberObject(v)) {
      this.#byte(T.numberObject);
      this.#double(Number.prototype.valueOf.call(v));
      return;
    }
    if (types.isBooleanObject(v)) {
      this.#byte(Boolean.prototype.valueOf.call(v) ? T.trueObject : T.falseObject);
      return;
    }
    if (types.isStringObject(v)) {
      this.#byte(T.stringObject);
      this.#writeString(String.prototype.valueOf.call(v));
      return;
    }
    if (types.isBigIntObject(v)) {
      this.#byte(T.bigintObject);
      this.#writeBigIntBody(BigInt.prototype.valueOf.call(v));
      return;
    }
    if (types.isNativeError(v)) return this.#writeError(v);
    this.#byte(T.beginObject);
    const n = this.#writeProperties(v, Object.keys(v));
    this.#byte(T.endObject);
    this.#varint(n);
  }

  // Writes key/value pairs for the keys still present and enumerable; returns how many.
  #writeProperties(obj, keys) {
    let n = 0;
    for (const key of keys) {
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (desc === undefined || !desc.enumerable) continue;
      const value = obj[key];
      const index = arrayIndex(key);
      if (index >= 0) this.#writeNumber(index);
      else this.#writeString(key);
      this.#write(value);
      n++;
    }
    return n;
  }

  #writeArray(arr) {
    const length = arr.length;
    let holey = false;
    let allNumbers = true;
    let anyDouble = false;
    for (let i = 0; i < length; i++) {
      if (!Object.prototype.hasOwnProperty.call(arr, i)) {
        holey = true;
        break;
      }
      const e = arr[i];
      if (typeof e !== 'number') allNumbers = false;
      else if (!isInt32(e)) anyDouble = true;
    }
    if (holey) {
      this.#byte(T.beginSparse);
      this.#varint(length);
      const n = this.#writeProperties(arr, Object.keys(arr));
      this.#byte(T.endSparse);
      this.#varint(n);
      this.#varint(length);
      return;
    }
    this.#byte(T.beginDense);
    this.#varint(length);
    const doubles = allNumbers && anyDouble;
    for (let i = 0; i < length; i++) {
      if (doubles) {
        this.#byte(T.double);
        this.#double(arr[i]);
      } else {
        this.#write(arr[i]);
      }
    }
    const extra = Object.keys(arr).filter((k) => arrayIndex(k) < 0);
    const n = this.#writeProperties(arr, extra);
    this.#byte(T.endDense);
    this.#varint(n);
    this.#varint(length);
  }

  #writeArrayBuffer(ab) {
    const bytes = new Uint8Array(ab);
    if (ab.resizable) {
      this.#byte(T.resizableArrayBuffer);
      this.#varint(ab.byteLength);
      this.#varint(ab.maxByteLength);
    } else {
      this.#byte(T.arrayBuffer);
      this.#varint(ab.byteLength);
    }
    this.#raw(bytes);
  }

  #writeViewRecord(view) {
    let tag;
    for (const [C, t] of viewTags) {
      if (view instanceof C) {
        tag = t;
        break;
      }
    }
    if (tag === undefined) this.#throwClone(`${describe(view)} could not be cloned.`);
    this.#byte(T.view);
    this.#byte(tag);
    this.#varint(view.byteOffset);
    this.#varint(view.byteLength);
    this.#varint(0);
  }

  #writeError(err) {
    this.#byte(T.error);
    let name;
    try {
      name = String(err.name);
    } catch {
      name = '';
    }
    if (errorTagByName[name] !== undefined) this.#byte(errorTagByName[name]);
    const message = Object.getOwnPropertyDescriptor(err, 'message');
    if (message !== undefined && 'value' in message) {
      this.#byte(E.message);
      this.#writeString(String(message.value));
    }
    const stack = Object.getOwnPropertyDescriptor(err, 'stack');
    if (stack !== undefined && 'value' in stack && typeof stack.value === 'string') {
      this.#byte(E.stack);
      this.#writeString(stack.value);
    }
    const cause = Object.getOwnPropertyDescriptor(err, 'cause');
    if (cause !== undefined && 'value' in cause) {
      this.#byte(E.cause);
      this.#write(cause.value);
    }
    this.#byte(E.end);
  }

}
// Node's native classes list `constructor` after the native methods.
function moveConstructorLast(C) {
  const desc = Object.getOwnPropertyDescriptor(C.prototype, 'constructor');
  delete C.prototype.constructor;
  Object.defineProperty(C.prototype, 'constructor', desc);
}
moveConstructorLast(Serializer);
Serializer.prototype._getDataCloneError = Error;

// The array index a property key names, or -1.
function arrayIndex(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return -1;
  const n = Number(key);
  if (!Number.isInteger(n) || n < 0 || n >= 4294967295 || String(n) !== key) return -1;
  return n;
}

class DeserializeError extends Error {}

class Deserializer {
  #u8;
  #state;

  constructor(buffer) {
    checkView(buffer, 'buffer');
    Object.defineProperty(this, 'buffer', { value: buffer, enumerable: true, configurable: true, writable: true });
    this.#u8 = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    this.#state = { pos: 0, version: 0, objects: [], transfers: new Map() };
  }

  #fail() {
    throw new DeserializeError('Unable to deserialize cloned data.');
  }

  #byte() {
    const s = this.#state;
    if (s.pos >= this.#u8.length) this.#fail();
    return this.#u8[s.pos++];
  }

  #peek() {
    const s = this.#state;
    return s.pos < this.#u8.length ? this.#u8[s.pos] : -1;
  }

  #varint() {
    let result = 0;
    let scale = 1;
    for (;;) {
      const b = this.#byte();
      result += (b & 0x7F) * scale;
      if ((b & 0x80) === 0) return result;
      scale *= 0x80;
      if (scale > 2 ** 63) this.#fail();
    }
  }

  #bytes(n) {
    const s = this.#state;
    if (n > this.#u8.length - s.pos) this.#fail();
    const out = this.#u8.subarray(s.pos, s.pos + n);
    s.pos += n;
    return out;
  }

  #double() {
    f64Bytes.set(this.#bytes(8));
    return f64[0];
  }

  readHeader() {
    if (this.#peek() === T.version) {
      this.#state.pos++;
      let version;
      try {
        version = this.#varint();
      } catch {
        version = Infinity;
      }
      this.#state.version = version;
      if (version > kLatestVersion) {
        throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
      }
      return true;
    }
    throw new Error('Unable to deserialize cloned data due to invalid or unsupported version.');
  }

  readValue() {
    try {
      return this.#read();
    } catch (err) {
      if (err instanceof DeserializeError) throw new Error(err.message);
      throw err;
    }
  }

  getWireFormatVersion() {
    return this.#state.version;
  }

  transferArrayBuffer(id, arrayBuffer) {
    if (!types.isAnyArrayBuffer(arrayBuffer) && !ArrayBuffer.isView(arrayBuffer)) {
      throw new ERR_INVALID_ARG_TYPE('arrayBuffer', ['ArrayBuffer', 'SharedArrayBuffer'], arrayBuffer);
    }
    this.#state.transfers.set(id >>> 0, ArrayBuffer.isView(arrayBuffer) ? arrayBuffer.buffer : arrayBuffer);
  }

  readUint32() {
    const start = this.#state.pos;
    try {
      const v = this.#varint();
      return v >>> 0;
    } catch {
      this.#state.pos = start;
      throw new Error('ReadUint32() failed');
    }
  }

  readUint64() {
    const start = this.#state.pos;
    try {
      const v = this.#varint();
      return [Math.floor(v / 0x100000000) >>> 0, v >>> 0];
    } catch {
      this.#state.pos = start;
      throw new Error('ReadUint64() failed');
    }
  }

  readDouble() {
    try {
      return this.#double();
    } catch {
      throw new Error('ReadDouble() failed');
    }
  }

  _readRawBytes(length) {
    const start = this.#state.pos;
    try {
      this.#bytes(length >>> 0);
    } catch {
      throw new Error('ReadRawBytes() failed');
    }
    return start;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    const b = this.buffer;
    return Buffer.from(b.buffer, b.byteOffset + offset, length >>> 0);
  }

  #addObject(obj) {
    this.#state.objects.push(obj);
    return obj;
  }

  #readString(tag) {
    if (tag === T.oneByte) {
      const bytes = this.#bytes(this.#varint());
      let s = '';
      for (let i = 0; i < bytes.length; i += 8192) {
        s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
      }
      return s;
    }
    if (tag === T.twoByte) {
      const n = this.#varint();
      if (n & 1) this.#fail();
      const bytes = this.#bytes(n);
      let s = '';
      const units = [];
      for (let i = 0; i < n; i += 2) {
        units.push(bytes[i] | (bytes[i + 1] << 8));
        if (units.length === 8192) {
          s += String.fromCharCode.apply(null, units);
          units.length = 0;
        }
      }
      return s + String.fromCharCode.apply(null, units);
    }
    if (tag === T.utf8) {
      return Buffer.from(this.#bytes(this.#varint())).toString('utf8');
    }
    this.#fail();
  }

  #readStringValue() {
    let tag = this.#byte();
    while (tag === T.padding) tag = this.#byte();
    return this.#readString(tag);
  }

  #readBigIntBody() {
    const bitfield = this.#varint();
    const byteLength = Math.floor(bitfield / 2);
    const bytes = this.#bytes(byteLength);
    let v = 0n;
    for (let i = byteLength - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
    return bitfield & 1 ? -v : v;
  }

  #read() {
    let tag = this.#byte();
    while (tag === T.padding || tag === T.verifyCount) {
      if (tag === T.verifyCount) this.#varint();
      tag = this.#byte();
    }
    switch (tag) {
      case T.undefined: return undefined;
      case T.null: return null;
      case T.true: return true;
      case T.false: return false;
      case T.int32: {
        const z = this.#varint() >>> 0;
        return (z >>> 1) ^ -(z & 1);
      }
      case T.uint32: return this.#varint() >>> 0;
      case T.double: return this.#double();
      case T.bigint: return this.#readBigIntBody();
      case T.oneByte: case T.twoByte: case T.utf8: return this.#readString(tag);
      case T.ref: {
        const id = this.#varint();
        if (id >= this.#state.objects.length) this.#fail();
        return this.#state.objects[id];
      }
      case T.beginObject: {
        const obj = this.#addObject({});
        const n = this.#readProperties(obj, T.endObject);
        if (this.#varint() !== n) this.#fail();
        return obj;
      }
      case T.beginSparse: {
        const length = this.#varint();
        const arr = this.#addObject(new Array(length));
        const n = this.#readProperties(arr, T.endSparse);
        if (this.#varint() !== n) this.#fail();
        if (this.#varint() !== length) this.#fail();
        return arr;
      }
      case T.beginDense: {
        const length = this.#varint();
        if (length > this.#u8.length - this.#state.pos) this.#fail();
        const arr = this.#addObject(new Array(length));
        for (let i = 0; i < length; i++) {
          if (this.#peek() === T.hole) {
            this.#state.pos++;
            continue;
          }
          arr[i] = this.#read();
        }
        const n = this.#readProperties(arr, T.endDense);
        if (this.#varint() !== n) this.#fail();
        if (this.#varint() !== length) this.#fail();
        return arr;
      }
      case T.date: return this.#addObject(new Date(this.#double()));
      case T.trueObject: return this.#addObject(Object(true));
      case T.falseObject: return this.#addObject(Object(false));
      case T.numberObject: return this.#addObject(Object(this.#double()));
      case T.bigintObject: return this.#addObject(Object(this.#readBigIntBody()));
      case T.stringObject: return this.#addObject(Object(this.#readStringValue()));
      case T.regexp: {
        const source = this.#readStringValue();
        const bits = this.#varint();
        let flags = '';
        for (const f of 'dgimsuvy') if (bits & regexpFlagBits[f]) flags += f;
        let re;
        try {
          re = new RegExp(source, flags);
        } catch {
          this.#fail();
        }
        return this.#addObject(re);
      }
      case T.beginMap: {
        const map = this.#addObject(new Map());
        let n = 0;
        while (this.#peek() !== T.endMap) {
          const k = this.#read();
          const v = this.#read();
          map.set(k, v);
          n += 2;
        }
        this.#state.pos++;
        if (this.#varint() !== n) this.#fail();
        return map;
      }
      case T.beginSet: {
        const set = this.#addObject(new Set());
        let n = 0;
        while (this.#peek() !== T.endSet) {
          set.add(this.#read());
          n++;
        }
        this.#state.pos++;
        if (this.#varint() !== n) this.#fail();
        return set;
      }
      case T.arrayBuffer: {
        const length = this.#varint();
        const ab = new ArrayBuffer(length);
        new Uint8Array(ab).set(this.#bytes(length));
        this.#addObject(ab);
        return this.#maybeView(ab);
      }
      case T.resizableArrayBuffer: {
        const length = this.#varint();
        const max = this.#varint();
        if (length > max) this.#fail();
        const ab = new ArrayBuffer(length, { maxByteLength: max });
        new Uint8Array(ab).set(this.#bytes(length));
        this.#addObject(ab);
        return this.#maybeView(ab);
      }
      case T.arrayBufferTransfer: {
        const ab = this.#state.transfers.get(this.#varint());
        if (ab === undefined) this.#fail();
        this.#addObject(ab);
        return this.#maybeView(ab);
      }
      case T.hostObject: {
        const id = this.#state.objects.length;
        this.#state.objects.push(undefined);
        if (typeof this._readHostObject !== 'function') this.#fail();
        const obj = this._readHostObject();
        this.#state.objects[id] = obj;
        return obj;
      }
      case T.error: return this.#readError();
      default:
        this.#fail();
    }
  }

  #maybeView(ab) {
    if (this.#peek() !== T.view) return ab;
    this.#state.pos++;
    const sub = this.#byte();
    const offset = this.#varint();
    const byteLength = this.#varint();
    if (this.#state.version >= 14) this.#varint();
    const C = viewCtorByTag.get(sub);
    if (C === undefined || offset + byteLength > ab.byteLength) this.#fail();
    let view;
    if (C === DataView) {
      view = new DataView(ab, offset, byteLength);
    } else {
      if (offset % C.BYTES_PER_ELEMENT !== 0 || byteLength % C.BYTES_PER_ELEMENT !== 0) this.#fail();
      view = new C(ab, offset, byteLength / C.BYTES_PER_ELEMENT);
    }
    return this.#addObject(view);
  }

  // Reads key/value pairs until endTag; returns how many.
  #readProperties(obj, endTag) {
    let n = 0;
    while (this.#peek() !== endTag) {
      const key = this.#read();
      if (typeof key !== 'string' && typeof key !== 'number') this.#fail();
      const value = this.#read();
      Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
      n++;
    }
    this.#state.pos++;
    return n;
  }

  #readError() {
    const id = this.#state.objects.length;
    this.#state.objects.push(undefined);
    let Ctor = Error;
    let message;
    let stack;
    let cause;
    let hasCause = false;
    for (;;) {
      const tag = this.#byte();
      if (errorCtorByTag[tag] !== undefined) {
        Ctor = errorCtorByTag[tag];
      } else if (tag === E.message) {
        message = this.#readStringValue();
      } else if (tag === E.stack) {
        stack = this.#readStringValue();
      } else if (tag === E.cause) {
        cause = this.#read();
        hasCause = true;
      } else if (tag === E.end) {
        break;
      } else {
        this.#fail();
      }
    }
    // A real error object (so it has the [[ErrorData]] slot), stripped of what the engine
    // put on it, then given the recorded properties in V8's order.
    const err = Reflect.construct(Ctor, []);
    for (const key of Reflect.ownKeys(err)) delete err[key];
    Object.defineProperty(err, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
    if (message !== undefined) {
      Object.defineProperty(err, 'message', { value: message, writable: true, enumerable: false, configurable: true });
    }
    if (hasCause) {
      Object.defineProperty(err, 'cause', { value: cause, writable: true, enumerable: false, configurable: true });
    }
    this.#state.objects[id] = err;
    return err;
  }

}

{
  moveConstructorLast(Deserializer);
  const desc = Object.getOwnPropertyDescriptor(Deserializer.prototype, 'readRawBytes');
  delete Deserializer.prototype.readRawBytes;
  Object.defineProperty(Deserializer.prototype, 'readRawBytes', desc);
}

// Node's host-object encoding of ArrayBufferViews: index into this table, byte length, bytes.
function hostViewTypes() {
  return [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
    Uint32Array, Float32Array, Float64Array, DataView, Buffer, BigInt64Array, BigUint64Array];
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let index = -1;
    if (Buffer.isBuffer(abView)) {
      index = 10;
    } else {
      const list = hostViewTypes();
      for (let i = 0; i < list.length; i++) {
        if (i !== 10 && Object.getPrototypeOf(abView) === list[i].prototype) {
          index = i;
          break;
        }
      }
      if (index < 0) {
        for (let i = 0; i < list.length; i++) {
          if (i !== 10 && abView instanceof list[i]) {
            index = i;
            break;
          }
        }
      }
    }
    if (index < 0) {
      throw new this._getDataCloneError(`Unserializable host object: ${describe(abView)}`);
    }
    this.writeUint32(index);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const index = this.readUint32();
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const Ctor = hostViewTypes()[index];
    const b = this.buffer;
    const src = new Uint8Array(b.buffer, b.byteOffset + offset, byteLength);
    // A copy, so the result is aligned and independent of the input buffer.
    if (Ctor === Buffer) return Buffer.from(src);
    const perElement = Ctor.BYTES_PER_ELEMENT || 1;
    const ab = new ArrayBuffer(byteLength);
    new Uint8Array(ab).set(src);
    return Ctor === DataView ? new DataView(ab) : new Ctor(ab, 0, Math.floor(byteLength / perElement));
  }
}

module.exports = {
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
};
