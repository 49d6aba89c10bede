'use strict';
// The structured-clone wire format for messages that cross runtimes (threads): values become
// bytes here and are rebuilt in the receiving VM. Object identity (shared and circular
// references) is kept with back-references numbered in first-visit order on both sides.

const { DOMException } = require('internal/per_context/domexception');

const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
const abByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sabByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;
const dateGetTime = Date.prototype.getTime;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const regexpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const regexpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;

const kViewKinds = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
  'BigUint64Array', 'DataView'];
const kErrorNames = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
  'TypeError', 'URIError']);

// Tags of the wire format.
const T_UNDEFINED = 1, T_NULL = 2, T_TRUE = 3, T_FALSE = 4, T_INT = 5, T_DOUBLE = 6,
  T_BIGINT = 7, T_STRING = 8, T_REF = 9, T_OBJECT = 10, T_ARRAY = 11, T_DATE = 12,
  T_REGEXP = 13, T_MAP = 14, T_SET = 15, T_ARRAYBUFFER = 16, T_VIEW = 17, T_ERROR = 18,
  T_PORT = 19, T_BOXED = 20, T_END = 21, T_HOLE = 22, T_SAB = 23, T_HOST = 24;

function brand(value, getter) {
  try {
    getter.call(value);
    return true;
  } catch {
    return false;
  }
}

function isArrayBuffer(v) { return brand(v, abByteLength); }
function isSharedArrayBuffer(v) { return sabByteLength !== undefined && brand(v, sabByteLength); }

function cloneError(value) {
  let text;
  if (typeof value === 'function') text = Function.prototype.toString.call(value);
  else if (typeof value === 'symbol') text = Symbol.prototype.toString.call(value);
  else {
    const ctor = Object.getPrototypeOf(value)?.constructor;
    text = `#<${typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'}>`;
  }
  return new DOMException(`${text} could not be cloned.`, 'DataCloneError');
}

class Writer {
  constructor() {
    this.buf = new Uint8Array(256);
    this.view = new DataView(this.buf.buffer);
    this.pos = 0;
  }

  reserve(n) {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  u8(n) { this.reserve(1); this.buf[this.pos++] = n; }
  u32(n) { this.reserve(4); this.view.setUint32(this.pos, n, true); this.pos += 4; }
  i32(n) { this.reserve(4); this.view.setInt32(this.pos, n, true); this.pos += 4; }
  f64(n) { this.reserve(8); this.view.setFloat64(this.pos, n, true); this.pos += 8; }

  str(s) {
    const len = s.length;
    let wide = false;
    for (let i = 0; i < len; i++) {
      if (s.charCodeAt(i) > 0xff) {
        wide = true;
        break;
      }
    }
    this.u8(wide ? 1 : 0);
    this.u32(len);
    if (wide) {
      this.reserve(len * 2);
      for (let i = 0; i < len; i++) {
        this.view.setUint16(this.pos, s.charCodeAt(i), true);
        this.pos += 2;
      }
    } else {
      this.reserve(len);
      for (let i = 0; i < len; i++) this.buf[this.pos++] = s.charCodeAt(i);
    }
  }

  bytes(u8) {
    this.u32(u8.length);
    this.reserve(u8.length);
    this.buf.set(u8, this.pos);
    this.pos += u8.length;
  }

  result() { return this.buf.subarray(0, this.pos); }
}

// Serializes value. `transfer` maps transferred ArrayBuffers and ports to their index in
// the list the receiver gets; `portHandle(port)` returns a port's native handle.
// Returns { bytes: Uint8Array, ports: [handle...] }. Throws DataCloneError DOMExceptions.
function serialize(value, options = {}) {
  const w = new Writer();
  const ids = new Map();
  const transferPorts = options.ports ?? [];
  const transferBuffers = options.buffers ?? new Set();
  const isPort = options.isPort ?? (() => false);

  function write(v) {
    switch (typeof v) {
      case 'undefined': w.u8(T_UNDEFINED); return;
      case 'boolean': w.u8(v ? T_TRUE : T_FALSE); return;
      case 'number':
        if (Number.isInteger(v) && v >= -0x80000000 && v <= 0x7fffffff && !Object.is(v, -0)) {
          w.u8(T_INT);
          w.i32(v);
        } else {
          w.u8(T_DOUBLE);
          w.f64(v);
        }
        return;
      case 'bigint': w.u8(T_BIGINT); w.str(v.toString(16)); return;
      case 'string': w.u8(T_STRING); w.str(v); return;
      case 'symbol':
      case 'function':
        throw cloneError(v);
      default:
        break;
    }
    if (v === null) {
      w.u8(T_NULL);
      return;
    }
    const seen = ids.get(v);
    if (seen !== undefined) {
      w.u8(T_REF);
      w.u32(seen);
      return;
    }
    if (isPort(v)) {
      const index = transferPorts.indexOf(v);
      if (index === -1) {
        throw new DOMException('Object that needs transfer was found in message but not ' +
          'listed in transferList', 'DataCloneError');
      }
      ids.set(v, ids.size);
      w.u8(T_PORT);
      w.u32(index);
      return;
    }
    if (options.untransferable?.has(v)) throw cloneError(v);
    ids.set(v, ids.size);
    if (Array.isArray(v)) {
      w.u8(T_ARRAY);
      w.u32(v.length);
      const keys = Object.keys(v);
      for (const key of keys) {
        w.str(key);
        write(v[key]);
      }
      w.u8(T_END);
      return;
    }
    if (ArrayBuffer.isView(v)) {
      const kind = v instanceof DataView || !brand(v, typedArrayTag) ? 'DataView' : typedArrayTag.call(v);
      // Read before the buffer is written: transferring it detaches the view.
      const offset = v.byteOffset;
      const length = kind === 'DataView' ? v.byteLength : v.length;
      w.u8(T_VIEW);
      w.u8(kViewKinds.indexOf(kind));
      write(v.buffer);
      w.u32(offset);
      w.u32(length);
      return;
    }
    if (isArrayBuffer(v)) {
      if (transferBuffers.has(v)) {
        // Detached on the sending side; the bytes move to the receiver.
        const moved = v.transfer();
        w.u8(T_ARRAYBUFFER);
        w.bytes(new Uint8Array(moved));
        return;
      }
      if (v.detached) {
        throw new DOMException('An ArrayBuffer is detached and could not be cloned.',
          'DataCloneError');
      }
      w.u8(T_ARRAYBUFFER);
      w.bytes(new Uint8Array(v));
      return;
    }
    if (isSharedArrayBuffer(v)) {
      // JSC's C API cannot make a SharedArrayBuffer over memory owned by another VM: the
      // receiver gets a copy (see src/bindings/worker.c).
      w.u8(T_SAB);
      w.bytes(new Uint8Array(v));
      return;
    }
    if (brand(v, dateGetTime)) {
      w.u8(T_DATE);
      w.f64(dateGetTime.call(v));
      return;
    }
    if (brand(v, regexpSource) && v instanceof RegExp) {
      w.u8(T_REGEXP);
      w.str(regexpSource.call(v));
      w.str(regexpFlags.call(v));
      return;
    }
    if (brand(v, mapSize)) {
      w.u8(T_MAP);
      for (const [k, val] of Map.prototype.entries.call(v)) {
        write(k);
        write(val);
      }
      w.u8(T_END);
      return;
    }
    if (brand(v, setSize)) {
      w.u8(T_SET);
      for (const k of Set.prototype.values.call(v)) write(k);
      w.u8(T_END);
      return;
    }
    if (v instanceof Error || Object.prototype.toString.call(v) === '[object Error]') {
      writeError(v);
      return;
    }
    for (const [Ctor, kind] of [[Number, 0], [String, 1], [Boolean, 2], [BigInt, 3]]) {
      let prim;
      try {
        prim = Ctor.prototype.valueOf.call(v);
      } catch {
        continue;
      }
      w.u8(T_BOXED);
      w.u8(kind);
      write(prim);
      return;
    }
    if (v instanceof Promise || v instanceof WeakMap || v instanceof WeakSet ||
        (typeof WeakRef === 'function' && v instanceof WeakRef)) {
      throw cloneError(v);
    }
    if (options.hostObject !== undefined) {
      const host = options.hostObject(v);
      if (host !== undefined) {
        w.u8(T_HOST);
        w.str(host.type);
        write(host.value);
        return;
      }
    }
    w.u8(T_OBJECT);
    for (const key of Object.keys(v)) {
      w.str(key);
      write(v[key]);
    }
    w.u8(T_END);
  }

  function writeError(e) {
    w.u8(T_ERROR);
    let name = 'Error';
    try {
      const n = e.name;
      if (kErrorNames.has(n)) name = n;
    } catch {
      // A throwing getter leaves the default name.
    }
    w.str(name);
    const message = Object.getOwnPropertyDescriptor(e, 'message');
    if (message !== undefined && 'value' in message) {
      w.u8(1);
      w.str(String(message.value));
    } else {
      w.u8(0);
    }
    const stack = e.stack;
    if (typeof stack === 'string') {
      w.u8(1);
      w.str(stack);
    } else {
      w.u8(0);
    }
    if (Object.prototype.hasOwnProperty.call(e, 'cause')) {
      w.u8(1);
      write(e.cause);
    } else {
      w.u8(0);
    }
  }

  write(value);
  return w.result();
}

class Reader {
  constructor(bytes) {
    this.buf = bytes;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = 0;
  }

  u8() { return this.buf[this.pos++]; }
  u32() { const n = this.view.getUint32(this.pos, true); this.pos += 4; return n; }
  i32() { const n = this.view.getInt32(this.pos, true); this.pos += 4; return n; }
  f64() { const n = this.view.getFloat64(this.pos, true); this.pos += 8; return n; }

  str() {
    const wide = this.u8();
    const len = this.u32();
    let out = '';
    const CHUNK = 8192;
    if (wide) {
      const units = new Uint16Array(len);
      for (let i = 0; i < len; i++) units[i] = this.view.getUint16(this.pos + i * 2, true);
      this.pos += len * 2;
      for (let i = 0; i < len; i += CHUNK) {
        out += String.fromCharCode.apply(null, units.subarray(i, i + CHUNK));
      }
    } else {
      const chars = this.buf.subarray(this.pos, this.pos + len);
      this.pos += len;
      for (let i = 0; i < len; i += CHUNK) {
        out += String.fromCharCode.apply(null, chars.subarray(i, i + CHUNK));
      }
    }
    return out;
  }

  bytes() {
    const len = this.u32();
    const out = new ArrayBuffer(len);
    new Uint8Array(out).set(this.buf.subarray(this.pos, this.pos + len));
    this.pos += len;
    return out;
  }
}

// Rebuilds a value from bytes (a Uint8Array or ArrayBuffer). `ports` are the received
// MessagePort objects in transfer order; `hostObject(type, value)` rebuilds host objects.
function deserialize(bytes, options = {}) {
  const r = new Reader(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  const objects = [];
  const ports = options.ports ?? [];

  function read() {
    const tag = r.u8();
    switch (tag) {
      case T_UNDEFINED: return undefined;
      case T_NULL: return null;
      case T_TRUE: return true;
      case T_FALSE: return false;
      case T_INT: return r.i32();
      case T_DOUBLE: return r.f64();
      case T_BIGINT: {
        const hex = r.str();
        return hex[0] === '-' ? -BigInt(`0x${hex.slice(1)}`) : BigInt(`0x${hex}`);
      }
      case T_STRING: return r.str();
      case T_REF: return objects[r.u32()];
      case T_PORT: {
        const port = ports[r.u32()];
        objects.push(port);
        return port;
      }
      case T_ARRAY: {
        const out = new Array(r.u32());
        objects.push(out);
        while (r.buf[r.pos] !== T_END) {
          const key = r.str();
          out[key] = read();
        }
        r.pos++;
        return out;
      }
      case T_OBJECT: {
        const out = {};
        objects.push(out);
        while (r.buf[r.pos] !== T_END) {
          const key = r.str();
          const value = read();
          Object.defineProperty(out, key, {
            __proto__: null, value, writable: true, enumerable: true, configurable: true,
          });
        }
        r.pos++;
        return out;
      }
      case T_VIEW: {
        const kind = kViewKinds[r.u8()];
        const index = objects.length;
        objects.push(undefined);
        const buffer = read();
        const offset = r.u32();
        const length = r.u32();
        const out = new globalThis[kind](buffer, offset, length);
        objects[index] = out;
        return out;
      }
      case T_ARRAYBUFFER: {
        const out = r.bytes();
        objects.push(out);
        return out;
      }
      case T_SAB: {
        const src = r.bytes();
        const out = new SharedArrayBuffer(src.byteLength);
        new Uint8Array(out).set(new Uint8Array(src));
        objects.push(out);
        return out;
      }
      case T_DATE: {
        const out = new Date(r.f64());
        objects.push(out);
        return out;
      }
      case T_REGEXP: {
        const source = r.str();
        const out = new RegExp(source, r.str());
        objects.push(out);
        return out;
      }
      case T_MAP: {
        const out = new Map();
        objects.push(out);
        while (r.buf[r.pos] !== T_END) {
          const k = read();
          out.set(k, read());
        }
        r.pos++;
        return out;
      }
      case T_SET: {
        const out = new Set();
        objects.push(out);
        while (r.buf[r.pos] !== T_END) out.add(read());
        r.pos++;
        return out;
      }
      case T_ERROR: {
        const name = r.str();
        const Ctor = globalThis[name] ?? Error;
        const out = Object.create(Ctor.prototype);
        objects.push(out);
        if (r.u8()) {
          Object.defineProperty(out, 'message', {
            __proto__: null, value: r.str(), writable: true, enumerable: false, configurable: true,
          });
        }
        if (r.u8()) {
          Object.defineProperty(out, 'stack', {
            __proto__: null, value: r.str(), writable: true, enumerable: false, configurable: true,
          });
        }
        if (r.u8()) {
          Object.defineProperty(out, 'cause', {
            __proto__: null, value: read(), writable: true, enumerable: false, configurable: true,
          });
        }
        return out;
      }
      case T_BOXED: {
        const kind = r.u8();
        const index = objects.length;
        objects.push(undefined);
        const prim = read();
        const out = Object(prim);
        objects[index] = out;
        return out;
      }
      case T_HOST: {
        const type = r.str();
        const index = objects.length;
        objects.push(undefined);
        const value = read();
        const out = options.hostObject ? options.hostObject(type, value) : value;
        objects[index] = out;
        return out;
      }
      default:
        throw new Error(`Unable to deserialize cloned data (tag ${tag}).`);
    }
  }

  return read();
}

module.exports = { serialize, deserialize, cloneError, isArrayBuffer };
