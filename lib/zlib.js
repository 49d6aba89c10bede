'use strict';
// node:zlib — deflate/inflate/gzip/brotli streams and one-shot helpers over internalBinding('zlib').

const binding = internalBinding('zlib');
const { Buffer, kMaxLength } = require('buffer');
const Transform = require('internal/streams/transform');
const finished = require('internal/streams/end-of-stream');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
  genericNodeError,
} = require('internal/errors');
const {
  checkRangesOrGetDefault,
  validateFiniteNumber,
  validateFunction,
  validateUint32,
} = require('internal/validators');
const { isArrayBufferView, isAnyArrayBuffer, isUint8Array } = require('internal/util/types');
const { deprecate } = require('internal/util');

// Read-only like Node's (the object itself stays extensible, so it is not "frozen").
const constants = binding.constants;
for (const key of Object.keys(constants)) {
  Object.defineProperty(constants, key, { __proto__: null, writable: false, configurable: false });
}
const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
  Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA,
} = constants;

// zlib.codes: names to numbers and back, as Node has it.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;
Object.freeze(codes);

// Flush kinds ordered from weakest to strongest: the last chunk of a stream uses the
// stronger of its own flush and finishFlush.
const kFlushStrength = new Map([
  [Z_NO_FLUSH, 0], [Z_BLOCK, 1], [Z_PARTIAL_FLUSH, 2], [Z_SYNC_FLUSH, 3], [Z_FULL_FLUSH, 4],
  [Z_FINISH, 5],
]);
function strongerFlush(a, b) {
  return (kFlushStrength.get(a) ?? -1) > (kFlushStrength.get(b) ?? -1) ? a : b;
}

// flush(kind) writes an empty chunk carrying the flush kind through the Transform machinery.
const kFlushKind = Symbol('kFlushKind');
const kError = Symbol('kError');
const kOwner = Symbol('kOwner');
const flushMarkers = new Map();
function flushMarker(kind) {
  let b = flushMarkers.get(kind);
  if (b === undefined) {
    b = Buffer.alloc(0);
    b[kFlushKind] = kind;
    flushMarkers.set(kind, b);
  }
  return b;
}

const zlibDefaults = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };
const brotliDefaults = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};

// Called by the binding with the handle as `this` when the engine reports a failure.
function onHandleError(message, errno, code) {
  const self = this[kOwner];
  const err = genericNodeError(message, { errno, code });
  err.errno = errno;
  err.code = code;
  self[kError] = err;
  self.destroy(err);
}

function closeHandle(self) {
  if (self._handle) {
    self._handle.close();
    self._handle = null;
  }
}

// The shared base of every zlib and brotli stream: options common to all, the
// Transform plumbing, and the write loop that keeps calling the engine until a chunk is used.
function ZlibBase(opts, mode, handle, defaults) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  let flush = defaults.flush;
  let finishFlush = defaults.finishFlush;
  const brotli = mode === BROTLI_DECODE || mode === BROTLI_ENCODE;
  const maxFlush = brotli ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK;
  if (opts) {
    chunkSize = opts.chunkSize;
    if (!validateFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush', 0, maxFlush, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush', 0, maxFlush,
                                          finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
                                              1, kMaxLength, kMaxLength);
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[kOwner] = this;
  handle.onerror = onHandleError;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = defaults.fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

// bytesRead was the old name of bytesWritten (DEP0108).
const kBytesReadMsg = 'zlib.bytesRead is deprecated and will change its meaning in the future. ' +
  'Use zlib.bytesWritten instead.';
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: deprecate(function() { return this.bytesWritten; }, kBytesReadMsg, 'DEP0108'),
  set: deprecate(function(value) { this.bytesWritten = value; }, kBytesReadMsg, 'DEP0108'),
});

ZlibBase.prototype.reset = function reset() {
  if (!this._handle) throw new ERR_INTERNAL_ASSERTION('zlib binding closed');
  return this._handle.reset();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(flushMarker(kind), '', callback);
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushKind = this._defaultFlushFlag;
  if (typeof chunk[kFlushKind] === 'number') flushKind = chunk[kFlushKind];
  // The last chunk of an ended stream also finishes it.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushKind = strongerFlush(flushKind, this._finishFlushFlag);
  }
  startWrite(this, chunk, flushKind, cb);
};

ZlibBase.prototype._processChunk = function _processChunk(chunk, flushKind, cb) {
  if (typeof cb === 'function') return startWrite(this, chunk, flushKind, cb);
  return processChunkSync(this, chunk, flushKind);
};

// Per-write bookkeeping lives on the handle, which the binding passes back as `this`.
function startWrite(self, chunk, flushKind, cb) {
  const handle = self._handle;
  if (!handle) return process.nextTick(cb);
  handle.buffer = chunk;
  handle.cb = cb;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushKind;
  handle.write(flushKind, chunk, 0, handle.availInBefore, self._outBuffer, self._outOffset,
               handle.availOutBefore);
}

function continueWrite(handle, self) {
  handle.write(handle.flushFlag, handle.buffer, handle.inOff, handle.availInBefore,
               self._outBuffer, self._outOffset, self._chunkSize);
}

// The binding's write callback: `this` is the handle.
function afterWrite() {
  const handle = this;
  const self = handle[kOwner];
  const state = self._writeState;
  if (self.destroyed) {
    handle.buffer = null;
    handle.cb();
    return;
  }
  const availOutAfter = state[0];
  const availInAfter = state[1];
  const consumed = handle.availInBefore - availInAfter;
  self.bytesWritten += consumed;
  const produced = handle.availOutBefore - availOutAfter;
  let full = false;
  if (produced > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + produced);
    self._outOffset += produced;
    full = !self.push(out);
  }
  if (self.destroyed) {
    handle.cb();
    return;
  }
  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    handle.availOutBefore = self._chunkSize;
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
  }
  if (availOutAfter === 0) {
    // The output filled up: the engine has more to give for this chunk.
    handle.inOff += consumed;
    handle.availInBefore = availInAfter;
    if (!full) {
      continueWrite(handle, self);
    } else {
      // Wait until the consumer reads before producing more.
      const ownRead = self._read;
      self._read = function(n) {
        self._read = ownRead;
        continueWrite(handle, self);
        ownRead.call(self, n);
      };
    }
    return;
  }
  if (availInAfter > 0) {
    // Output space is left but input was not taken: the compressed stream ended early.
    self.push(null);
  }
  handle.buffer = null;
  handle.cb();
}

function processChunkSync(self, chunk, flushKind) {
  let availInBefore = chunk.byteLength;
  let availOutBefore = self._chunkSize - self._outOffset;
  let inOff = 0;
  const buffers = [];
  let nread = 0;
  let inputRead = 0;
  const state = self._writeState;
  const handle = self._handle;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  const chunkSize = self._chunkSize;
  let error;
  self.on('error', (er) => { error = er; });
  for (;;) {
    handle.writeSync(flushKind, chunk, inOff, availInBefore, buffer, offset, availOutBefore);
    if (error) throw error;
    if (self[kError]) throw self[kError];
    const availOutAfter = state[0];
    const availInAfter = state[1];
    const consumed = availInBefore - availInAfter;
    inputRead += consumed;
    const produced = availOutBefore - availOutAfter;
    if (produced > 0) {
      buffers.push(buffer.slice(offset, offset + produced));
      offset += produced;
      nread += produced;
      if (nread > self._maxOutputLength) {
        closeHandle(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }
    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }
    if (availOutAfter !== 0) break;
    inOff += consumed;
    availInBefore = availInAfter;
  }
  self.bytesWritten = inputRead;
  closeHandle(self);
  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

// The binding reads bytes from Uint8Arrays; other views (DataView included) are re-viewed.
function asBytes(view) {
  if (isUint8Array(view)) return view;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

// ---- zlib family ----

function Zlib(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // Decompressors take windowBits 0 as "use the size in the stream header".
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits', min,
                                           Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
                                    Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL,
                                       Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY,
                                       Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
                                       ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                       dictionary);
      }
    }
  }
  if (dictionary !== undefined) dictionary = asBytes(dictionary);
  const handle = new binding.Zlib(mode);
  this._writeState = new Uint32Array(2);
  if (!handle.init(windowBits, level, memLevel, strategy, this._writeState, afterWrite,
                   dictionary)) {
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  ZlibBase.call(this, opts, mode, handle, zlibDefaults);
  this._level = level;
  this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

function afterParamsFlush(level, strategy, callback) {
  if (!this._handle) throw new ERR_INTERNAL_ASSERTION('zlib binding closed');
  this._handle.params(level, strategy);
  if (!this.destroyed) {
    this._level = level;
    this._strategy = strategy;
    if (callback) callback();
  }
}

Zlib.prototype.params = function params(level, strategy, callback) {
  checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
  checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, afterParamsFlush.bind(this, level, strategy, callback));
  } else {
    process.nextTick(callback);
  }
};

// Public classes: callable with or without `new`, as in Node.
function defineZlibClass(name, mode, adjust) {
  const ctor = {
    [name]: function(opts) {
      if (!new.target) return new ctor(opts);
      if (adjust) opts = adjust(opts);
      Zlib.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Zlib.prototype);
  Object.setPrototypeOf(ctor, Zlib);
  return ctor;
}

const Deflate = defineZlibClass('Deflate', DEFLATE);
const Inflate = defineZlibClass('Inflate', INFLATE);
const Gzip = defineZlibClass('Gzip', GZIP);
const Gunzip = defineZlibClass('Gunzip', GUNZIP);
// zlib refuses raw deflate with an 8-bit window; Node quietly uses 9.
const DeflateRaw = defineZlibClass('DeflateRaw', DEFLATERAW, (opts) => {
  if (opts && opts.windowBits === 8) opts.windowBits = 9;
  return opts;
});
const InflateRaw = defineZlibClass('InflateRaw', INFLATERAW);
const Unzip = defineZlibClass('Unzip', UNZIP);

// ---- brotli ----

const kBrotliParamCount = 9;
const brotliParamScratch = new Uint32Array(kBrotliParamCount);

function Brotli(opts, mode) {
  brotliParamScratch.fill(-1);
  if (opts?.params) {
    for (const key of Object.keys(opts.params)) {
      const index = +key;
      if (Number.isNaN(index) || index < 0 || index >= kBrotliParamCount ||
          (brotliParamScratch[index] | 0) !== -1) {
        throw new ERR_BROTLI_INVALID_PARAM(key);
      }
      const value = opts.params[key];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
      }
      brotliParamScratch[index] = value;
    }
  }
  const handle = mode === BROTLI_DECODE ? new binding.BrotliDecoder(mode) :
    new binding.BrotliEncoder(mode);
  this._writeState = new Uint32Array(2);
  if (!handle.init(brotliParamScratch, this._writeState, afterWrite)) {
    this._writeState = null;
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  ZlibBase.call(this, opts, mode, handle, brotliDefaults);
}
// As in Node, brotli streams inherit params() from the zlib family (a no-op for brotli).
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

function defineBrotliClass(name, mode) {
  const ctor = {
    [name]: function(opts) {
      if (!new.target) return new ctor(opts);
      Brotli.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(ctor.prototype, Brotli.prototype);
  Object.setPrototypeOf(ctor, Brotli);
  return ctor;
}

const BrotliCompress = defineBrotliClass('BrotliCompress', BROTLI_ENCODE);
const BrotliDecompress = defineBrotliClass('BrotliDecompress', BROTLI_DECODE);

// ---- one-shot helpers ----

function collectOnData(chunk) {
  if (this.buffers === null) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

function collectOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function collectOnEnd() {
  let buf;
  if (this.nread === 0) buf = Buffer.alloc(0);
  else if (this.buffers.length === 1) buf = this.buffers[0];
  else buf = Buffer.concat(this.buffers, this.nread);
  this.close();
  if (this._info) this.cb(null, { buffer: buf, engine: this });
  else this.cb(null, buf);
}

function runBuffered(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // Streams take Uint8Arrays; view other binary inputs as Buffers without copying.
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', collectOnData);
  engine.on('error', collectOnError);
  engine.on('end', collectOnEnd);
  engine.end(buffer);
}

function runBufferedSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer',
                                     ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                     buffer);
    }
  }
  buffer = processChunkSync(engine, asBytes(buffer), engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

// The helpers carry Node's function names (asyncBufferWrapper / syncBufferWrapper).
function makeAsync(Ctor) {
  return function asyncBufferWrapper(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    return runBuffered(new Ctor(opts), buffer, callback);
  };
}

function makeSync(Ctor) {
  return function syncBufferWrapper(buffer, opts) {
    return runBufferedSync(new Ctor(opts), buffer);
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(typeof data === 'string' ? data : asBytes(data), value);
}

// Node defines the create* factories as property values, so their name is "value".
function factory(Ctor) {
  return { value(options) { return new Ctor(options); } }.value;
}

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,

  deflate: makeAsync(Deflate),
  deflateSync: makeSync(Deflate),
  gzip: makeAsync(Gzip),
  gzipSync: makeSync(Gzip),
  deflateRaw: makeAsync(DeflateRaw),
  deflateRawSync: makeSync(DeflateRaw),
  unzip: makeAsync(Unzip),
  unzipSync: makeSync(Unzip),
  inflate: makeAsync(Inflate),
  inflateSync: makeSync(Inflate),
  gunzip: makeAsync(Gunzip),
  gunzipSync: makeSync(Gunzip),
  inflateRaw: makeAsync(InflateRaw),
  inflateRawSync: makeSync(InflateRaw),
  brotliCompress: makeAsync(BrotliCompress),
  brotliCompressSync: makeSync(BrotliCompress),
  brotliDecompress: makeAsync(BrotliDecompress),
  brotliDecompressSync: makeSync(BrotliDecompress),

  createDeflate: factory(Deflate),
  createInflate: factory(Inflate),
  createDeflateRaw: factory(DeflateRaw),
  createInflateRaw: factory(InflateRaw),
  createGzip: factory(Gzip),
  createGunzip: factory(Gunzip),
  createUnzip: factory(Unzip),
  createBrotliCompress: factory(BrotliCompress),
  createBrotliDecompress: factory(BrotliDecompress),
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  codes: { __proto__: null, enumerable: true, writable: false, value: codes },
});

// The old top-level copies of the zlib (not brotli) constants.
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, key, {
    __proto__: null, enumerable: false, value: constants[key], writable: false,
  });
}
