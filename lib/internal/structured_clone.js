'use strict';
// structuredClone: the HTML structured clone algorithm (the types V8's serializer handles),
// with identity preserved for shared and circular references and ArrayBuffer transfer.

const { DOMException } = require('internal/per_context/domexception');

const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
const errorCtors = { __proto__: null, Error, EvalError, RangeError, ReferenceError, SyntaxError,
  TypeError, URIError };

function cloneError(value) {
  // V8 describes a value with its source text or its constructor, never running user code.
  let text;
  if (typeof value === 'function') text = Function.prototype.toString.call(value);
  else if (typeof value === 'symbol') text = Symbol.prototype.toString.call(value);
  else {
    const ctor = Object.getPrototypeOf(value)?.constructor;
    text = `#<${typeof ctor === 'function' && ctor.name ? ctor.name : 'Object'}>`;
  }
  return new DOMException(`${text} could not be cloned.`, 'DataCloneError');
}

function brand(value, proto, method) {
  try {
    Reflect.apply(method, value, []);
    return true;
  } catch {
    return false;
  }
}

function structuredCloneInternal(value, transferred) {
  const memory = new Map();

  function clone(v) {
    if (typeof v === 'symbol' || typeof v === 'function') throw cloneError(v);
    if (v === null || typeof v !== 'object') return v;
    if (memory.has(v)) return memory.get(v);
    let out;
    if (Array.isArray(v)) {
      out = new Array(v.length);
      memory.set(v, out);
      for (const key of Object.keys(v)) out[key] = clone(v[key]);
      return out;
    }
    if (v instanceof ArrayBuffer || brand(v, ArrayBuffer, Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get)) {
      out = transferred.has(v) ? transferred.get(v) : v.slice(0);
      memory.set(v, out);
      return out;
    }
    if (ArrayBuffer.isView(v)) {
      const buffer = clone(v.buffer);
      if (v instanceof DataView) out = new DataView(buffer, v.byteOffset, v.byteLength);
      else {
        const Ctor = globalThis[typedArrayTag.call(v)];
        out = new Ctor(buffer, v.byteOffset, v.length);
      }
      memory.set(v, out);
      return out;
    }
    const tag = Object.prototype.toString.call(v);
    if (v instanceof Date || brand(v, Date, Date.prototype.getTime)) {
      out = new Date(Date.prototype.getTime.call(v));
    } else if (v instanceof RegExp) {
      out = new RegExp(v.source, v.flags);
    } else if (v instanceof Map || brand(v, Map, Object.getOwnPropertyDescriptor(Map.prototype, 'size').get)) {
      out = new Map();
      memory.set(v, out);
      for (const [k, val] of Map.prototype.entries.call(v)) out.set(clone(k), clone(val));
      return out;
    } else if (v instanceof Set || brand(v, Set, Object.getOwnPropertyDescriptor(Set.prototype, 'size').get)) {
      out = new Set();
      memory.set(v, out);
      for (const k of Set.prototype.values.call(v)) out.add(clone(k));
      return out;
    } else if (tag === '[object Error]') {
      const name = v.name;
      const Ctor = errorCtors[name] ?? Error;
      out = Object.create(Ctor.prototype);
      memory.set(v, out);
      const define = (key, val) => Object.defineProperty(out, key, {
        __proto__: null, value: val, writable: true, enumerable: false, configurable: true,
      });
      if (v.message !== undefined) define('message', String(v.message));
      if (typeof v.stack === 'string') define('stack', v.stack);
      if ('cause' in v) define('cause', clone(v.cause));
      return out;
    } else if (tag === '[object Boolean]') {
      out = Object(Boolean.prototype.valueOf.call(v));
    } else if (tag === '[object Number]') {
      out = Object(Number.prototype.valueOf.call(v));
    } else if (tag === '[object String]') {
      out = Object(String.prototype.valueOf.call(v));
    } else if (tag === '[object BigInt]') {
      out = Object(BigInt.prototype.valueOf.call(v));
    } else if (tag === '[object Object]' || tag === '[object Arguments]') {
      if (v instanceof Promise) throw cloneError(v);
      out = {};
      memory.set(v, out);
      for (const key of Object.keys(v)) out[key] = clone(v[key]);
      return out;
    } else if (typeof Blob === 'function' && v instanceof Blob) {
      out = v.slice(0, v.size, v.type);
    } else {
      throw cloneError(v);
    }
    memory.set(v, out);
    return out;
  }

  return clone(value);
}

function structuredClone(value, options = undefined) {
  if (arguments.length === 0) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_MISSING_ARGS('The value argument must be specified');
  }
  const transferred = new Map();
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      const err = new TypeError("Failed to execute 'structuredClone': Options can not be converted to a dictionary.");
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    const transfer = options.transfer;
    if (transfer !== undefined) {
      if (transfer === null || typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
        const err = new TypeError("Failed to execute 'structuredClone': transfer in Options can not be converted to sequence.");
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      for (const item of transfer) {
        if (!(item instanceof ArrayBuffer)) throw cloneError(item);
        if (transferred.has(item)) {
          throw new DOMException('ArrayBuffer at index 1 is a duplicate of an earlier ArrayBuffer. ' +
            'Duplicate ArrayBuffers in the transfer list are not allowed.', 'DataCloneError');
        }
        transferred.set(item, null);
      }
    }
  }
  // Transfer happens after the whole value is known to be cloneable.
  for (const buffer of transferred.keys()) transferred.set(buffer, buffer.transfer());
  return structuredCloneInternal(value, transferred);
}

module.exports = { structuredClone };
