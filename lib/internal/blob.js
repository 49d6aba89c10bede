'use strict';
// Blob and File (WHATWG File API) over an immutable byte copy, and the blob: URL registry
// behind buffer.resolveObjectURL.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kBytes = Symbol('kBytes');
const kType = Symbol('kType');

function bufferFrom(string) {
  return require('buffer').Buffer.from(string, 'utf8');
}

// The bytes one blob part contributes (copied, so later changes to the source don't show).
function partBytes(part, nativeEndings) {
  if (part instanceof Blob) return part[kBytes];
  if (isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  if (isArrayBufferView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  let text = `${part}`;
  if (nativeEndings) text = text.replace(/\r\n|\r/g, '\n');
  return bufferFrom(text);
}

function normalizeType(type) {
  type = `${type}`;
  for (let i = 0; i < type.length; i++) {
    const c = type.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return '';
  }
  return type.toLowerCase();
}

function checkBlob(self) {
  if (self === null || typeof self !== 'object' || !(kBytes in self)) {
    throw new ERR_INVALID_THIS('Blob');
  }
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' ||
        typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    const endings = options?.endings ?? 'transparent';
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const parts = [];
    let size = 0;
    for (const source of sources) {
      const bytes = partBytes(source, endings === 'native');
      parts.push(bytes);
      size += bytes.length;
    }
    const all = new Uint8Array(size);
    let pos = 0;
    for (const p of parts) {
      all.set(p, pos);
      pos += p.length;
    }
    this[kBytes] = all;
    this[kType] = options?.type === undefined ? '' : normalizeType(options.type);
  }

  get size() {
    checkBlob(this);
    return this[kBytes].length;
  }

  get type() {
    checkBlob(this);
    return this[kType];
  }

  slice(start = 0, end = undefined, contentType = '') {
    checkBlob(this);
    const len = this[kBytes].length;
    const rel = (v, dflt) => {
      if (v === undefined) return dflt;
      v = Math.trunc(+v) || 0;
      return v < 0 ? Math.max(len + v, 0) : Math.min(v, len);
    };
    const from = rel(start, 0);
    const to = rel(end, len);
    const blob = Object.create(Blob.prototype);
    blob[kBytes] = this[kBytes].subarray(from, Math.max(from, to));
    blob[kType] = normalizeType(contentType);
    return blob;
  }

  text() {
    try {
      checkBlob(this);
    } catch (err) {
      return Promise.reject(err);
    }
    const b = this[kBytes];
    return Promise.resolve(require('buffer').Buffer.from(b.buffer, b.byteOffset, b.length)
      .toString('utf8'));
  }

  arrayBuffer() {
    try {
      checkBlob(this);
    } catch (err) {
      return Promise.reject(err);
    }
    const b = this[kBytes];
    return Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
  }

  bytes() {
    try {
      checkBlob(this);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(this[kBytes].slice());
  }

  get [Symbol.toStringTag]() {
    return 'Blob';
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return `Blob ${inspect({ size: this.size, type: this.type },
      { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag,
  { __proto__: null, value: 'Blob', writable: false, enumerable: false, configurable: true });

const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    this[kName] = `${fileName}`;
    const lm = options?.lastModified;
    this[kLastModified] = lm === undefined ? Date.now() : Math.trunc(+lm) || 0;
  }

  get name() {
    if (!(kName in this)) throw new ERR_INVALID_THIS('File');
    return this[kName];
  }

  get lastModified() {
    if (!(kName in this)) throw new ERR_INVALID_THIS('File');
    return this[kLastModified];
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    return `File ${inspect({ size: this.size, type: this.type, name: this.name,
      lastModified: this.lastModified },
    { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag,
  { __proto__: null, value: 'File', writable: false, enumerable: false, configurable: true });

// blob:nodedata:<id> URLs made by URL.createObjectURL.
const registry = new Map();

function registerObjectURL(id, blob) {
  registry.set(id, blob);
}

function revokeObjectURL(id) {
  registry.delete(id);
}

function resolveObjectURL(url) {
  url = `${url}`;
  const prefix = 'blob:nodedata:';
  if (!url.startsWith(prefix)) return undefined;
  let id = url.slice(prefix.length);
  const cut = id.search(/[?#]/);
  if (cut !== -1) id = id.slice(0, cut);
  return registry.get(id);
}

module.exports = { Blob, File, resolveObjectURL, registerObjectURL, revokeObjectURL };
