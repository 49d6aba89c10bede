'use strict';
// WHATWG ReadableStream: default and byte streams, readers, controllers, tee, pipes, iteration.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR,
    ERR_OUT_OF_RANGE, ERR_ARG_NOT_ITERABLE,
  },
} = require('internal/errors');
const {
  kState, kInspect, hasBrand, checkThis, customInspect, defineProto, createDeferred, noop,
  setHandled, promiseCall, getMethod, extractHighWaterMark, extractSizeAlgorithm, validateStrategy,
  resetQueue, enqueueValueWithSize, dequeueValue, isDetached, transferArrayBuffer, canTransfer,
  copyBytes,
} = require('internal/webstreams/util');
const {
  kIsDisturbed, kIsErrored, kIsReadable, kIsClosedPromise, kControllerErrorFunction,
} = require('internal/streams/utils');

let writable;
function lazyWritable() {
  writable ??= require('internal/webstreams/writablestream');
  return writable;
}

const kSkip = Symbol('kSkip');
const resolvedUndefined = () => Promise.resolve(undefined);

function stateError(msg) {
  return new ERR_INVALID_STATE.TypeError(msg);
}

// ---- ReadableStream ---------------------------------------------------------------------

class ReadableStream {
  constructor(underlyingSource = undefined, strategy = undefined) {
    if (underlyingSource === kSkip) return;
    if (underlyingSource !== undefined &&
        (underlyingSource === null || (typeof underlyingSource !== 'object' &&
          typeof underlyingSource !== 'function'))) {
      throw new ERR_INVALID_ARG_TYPE('source', 'Object', underlyingSource);
    }
    const source = underlyingSource ?? {};
    const strat = validateStrategy(strategy);
    initializeReadableStream(this);
    const type = source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strat.size !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strat.size);
      const hwm = extractHighWaterMark(strat, 0);
      setUpByteControllerFromSource(this[kState], source, hwm);
    } else if (type === undefined) {
      const size = extractSizeAlgorithm(strat);
      const hwm = extractHighWaterMark(strat, 1);
      setUpDefaultControllerFromSource(this[kState], source, hwm, size);
    } else {
      throw new ERR_INVALID_ARG_VALUE('source.type', type);
    }
  }

  get locked() {
    checkThis(this, 'ReadableStream');
    return this[kState].reader !== undefined;
  }

  cancel(reason = undefined) {
    if (!hasBrand(this, 'ReadableStream')) return rejectInvalidThis('ReadableStream');
    const stream = this[kState];
    if (stream.reader !== undefined) return Promise.reject(stateError('ReadableStream is locked'));
    return readableStreamCancel(stream, reason);
  }

  getReader(options = undefined) {
    checkThis(this, 'ReadableStream');
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const mode = options?.mode;
    if (mode === undefined) return acquireDefaultReader(this[kState]).self;
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return acquireBYOBReader(this[kState]).self;
  }

  pipeThrough(transform, options = {}) {
    checkThis(this, 'ReadableStream');
    const readable = transform?.readable;
    if (!hasBrand(readable, 'ReadableStream')) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const dest = transform.writable;
    if (!lazyWritable().isWritableStream(dest)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', dest);
    }
    const opts = convertPipeOptions(options);
    if (this[kState].reader !== undefined) throw stateError('The ReadableStream is locked');
    if (dest[kState].writer !== undefined) throw stateError('The WritableStream is locked');
    const promise = readableStreamPipeTo(this[kState], dest[kState], opts.preventClose,
      opts.preventAbort, opts.preventCancel, opts.signal);
    setHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      checkThis(this, 'ReadableStream');
      if (!lazyWritable().isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const opts = convertPipeOptions(options);
      if (this[kState].reader !== undefined) throw stateError('The ReadableStream is locked');
      if (destination[kState].writer !== undefined) throw stateError('The WritableStream is locked');
      return readableStreamPipeTo(this[kState], destination[kState], opts.preventClose,
        opts.preventAbort, opts.preventCancel, opts.signal);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  tee() {
    checkThis(this, 'ReadableStream');
    const branches = readableStreamTee(this[kState]);
    return [branches[0].self, branches[1].self];
  }

  values(options = undefined) {
    checkThis(this, 'ReadableStream');
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const preventCancel = !!options?.preventCancel;
    const reader = acquireDefaultReader(this[kState]);
    return createAsyncIterator(reader, preventCancel);
  }

  static from(asyncIterable) {
    return readableStreamFromIterable(asyncIterable).self;
  }

  get [kIsDisturbed]() {
    return this[kState].disturbed;
  }

  get [kIsErrored]() {
    return this[kState].state === 'errored';
  }

  get [kIsReadable]() {
    return this[kState].state === 'readable';
  }

  [kInspect](depth, options) {
    const stream = this[kState];
    return customInspect(depth, options, 'ReadableStream', {
      locked: stream.reader !== undefined,
      state: stream.state,
      supportsBYOB: stream.controller !== undefined && stream.controller.brand === 'ReadableByteStreamController',
    });
  }
}

Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null, value: ReadableStream.prototype.values, writable: true, enumerable: false,
  configurable: true,
});
defineProto(ReadableStream, ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values'],
  'ReadableStream');

function rejectInvalidThis(brand) {
  try {
    checkThis(undefined, brand);
  } catch (err) {
    return Promise.reject(err);
  }
}

function convertPipeOptions(options) {
  if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const opts = options ?? {};
  const preventAbort = !!opts.preventAbort;
  const preventCancel = !!opts.preventCancel;
  const preventClose = !!opts.preventClose;
  const signal = opts.signal;
  if (signal !== undefined) {
    const { AbortSignal } = require('internal/abort_controller');
    if (!(signal instanceof AbortSignal)) throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return { preventAbort, preventCancel, preventClose, signal };
}

function initializeReadableStream(self) {
  const closed = createDeferred();
  setHandled(closed.promise);
  Object.defineProperty(self, kIsClosedPromise, {
    __proto__: null, value: closed, writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(self, kState, {
    __proto__: null, writable: false, enumerable: false, configurable: false,
    value: {
      brand: 'ReadableStream',
      self,
      state: 'readable',
      reader: undefined,
      storedError: undefined,
      disturbed: false,
      controller: undefined,
      closed,
    },
  });
  Object.defineProperty(self, kControllerErrorFunction, {
    __proto__: null, writable: true, enumerable: false, configurable: true,
    value: (err) => {
      const controller = self[kState].controller;
      if (controller.brand === 'ReadableByteStreamController') byteControllerError(controller, err);
      else defaultControllerError(controller, err);
    },
  });
  return self[kState];
}

function makeReadableStream() {
  const self = new ReadableStream(kSkip);
  return initializeReadableStream(self);
}

function isReadableStreamLocked(stream) {
  return stream.reader !== undefined;
}

function readableStreamCancel(stream, reason) {
  stream.disturbed = true;
  if (stream.state === 'closed') return Promise.resolve(undefined);
  if (stream.state === 'errored') return Promise.reject(stream.storedError);
  readableStreamClose(stream);
  const reader = stream.reader;
  if (reader !== undefined && reader.brand === 'ReadableStreamBYOBReader') {
    const requests = reader.readIntoRequests;
    reader.readIntoRequests = [];
    for (const req of requests) req.close(undefined);
  }
  const controller = stream.controller;
  const sourceCancel = controller.brand === 'ReadableByteStreamController' ?
    byteControllerCancelSteps(controller, reason) : defaultControllerCancelSteps(controller, reason);
  return sourceCancel.then(noop);
}

function readableStreamClose(stream) {
  stream.state = 'closed';
  stream.closed.resolve();
  const reader = stream.reader;
  if (reader === undefined) return;
  reader.closed.resolve(undefined);
  if (reader.brand === 'ReadableStreamDefaultReader') {
    const requests = reader.readRequests;
    reader.readRequests = [];
    for (const req of requests) req.close();
  }
}

function readableStreamError(stream, e) {
  stream.state = 'errored';
  stream.storedError = e;
  stream.closed.reject(e);
  const reader = stream.reader;
  if (reader === undefined) return;
  reader.closed.reject(e);
  setHandled(reader.closed.promise);
  if (reader.brand === 'ReadableStreamDefaultReader') defaultReaderErrorReadRequests(reader, e);
  else byobReaderErrorReadIntoRequests(reader, e);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const req = stream.reader.readRequests.shift();
  if (done) req.close();
  else req.chunk(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const req = stream.reader.readIntoRequests.shift();
  if (done) req.close(chunk);
  else req.chunk(chunk);
}

function numReadRequests(stream) {
  return stream.reader.readRequests.length;
}

function numReadIntoRequests(stream) {
  return stream.reader.readIntoRequests.length;
}

function hasDefaultReader(stream) {
  return stream.reader !== undefined && stream.reader.brand === 'ReadableStreamDefaultReader';
}

function hasBYOBReader(stream) {
  return stream.reader !== undefined && stream.reader.brand === 'ReadableStreamBYOBReader';
}

// ---- readers ----------------------------------------------------------------------------

function readerGenericInitialize(reader, stream) {
  reader.stream = stream;
  stream.reader = reader;
  reader.closed = createDeferred();
  if (stream.state === 'closed') {
    reader.closed.resolve(undefined);
  } else if (stream.state === 'errored') {
    reader.closed.reject(stream.storedError);
    setHandled(reader.closed.promise);
  }
}

function readerGenericRelease(reader) {
  const stream = reader.stream;
  const err = stateError('Reader released');
  if (stream.state === 'readable') {
    reader.closed.reject(err);
  } else {
    reader.closed = createDeferred();
    reader.closed.reject(err);
  }
  setHandled(reader.closed.promise);
  const controller = stream.controller;
  if (controller.brand === 'ReadableByteStreamController') byteControllerReleaseSteps(controller);
  stream.reader = undefined;
  reader.stream = undefined;
}

function defaultReaderErrorReadRequests(reader, e) {
  const requests = reader.readRequests;
  reader.readRequests = [];
  for (const req of requests) req.error(e);
}

function byobReaderErrorReadIntoRequests(reader, e) {
  const requests = reader.readIntoRequests;
  reader.readIntoRequests = [];
  for (const req of requests) req.error(e);
}

function defaultReaderRelease(reader) {
  readerGenericRelease(reader);
  defaultReaderErrorReadRequests(reader, stateError('Releasing reader'));
}

function byobReaderRelease(reader) {
  readerGenericRelease(reader);
  byobReaderErrorReadIntoRequests(reader, stateError('Releasing reader'));
}

function setUpDefaultReader(self, stream) {
  if (isReadableStreamLocked(stream)) throw stateError('ReadableStream is locked');
  const reader = { brand: 'ReadableStreamDefaultReader', self, stream: undefined, closed: undefined, readRequests: [] };
  Object.defineProperty(self, kState, { __proto__: null, value: reader });
  readerGenericInitialize(reader, stream);
  return reader;
}

function setUpBYOBReader(self, stream) {
  if (isReadableStreamLocked(stream)) throw stateError('ReadableStream is locked');
  if (stream.controller.brand !== 'ReadableByteStreamController') {
    throw new ERR_INVALID_ARG_VALUE('stream', stream.self, 'must be a byte stream');
  }
  const reader = { brand: 'ReadableStreamBYOBReader', self, stream: undefined, closed: undefined, readIntoRequests: [] };
  Object.defineProperty(self, kState, { __proto__: null, value: reader });
  readerGenericInitialize(reader, stream);
  return reader;
}

function acquireDefaultReader(stream) {
  return setUpDefaultReader(Object.create(ReadableStreamDefaultReader.prototype), stream);
}

function acquireBYOBReader(stream) {
  return setUpBYOBReader(Object.create(ReadableStreamBYOBReader.prototype), stream);
}

function defaultReaderRead(reader, req) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'closed') {
    req.close();
  } else if (stream.state === 'errored') {
    req.error(stream.storedError);
  } else {
    const controller = stream.controller;
    if (controller.brand === 'ReadableByteStreamController') byteControllerPullSteps(controller, req);
    else defaultControllerPullSteps(controller, req);
  }
}

function byobReaderRead(reader, view, min, req) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'errored') req.error(stream.storedError);
  else byteControllerPullInto(stream.controller, view, min, req);
}

function promiseReadRequest() {
  const { promise, resolve, reject } = createDeferred();
  return {
    promise,
    chunk(value) { resolve({ value, done: false }); },
    close(value) { resolve({ value, done: true }); },
    error: reject,
  };
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!hasBrand(stream, 'ReadableStream')) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    setUpDefaultReader(this, stream[kState]);
  }

  read() {
    if (!hasBrand(this, 'ReadableStreamDefaultReader')) return rejectInvalidThis('ReadableStreamDefaultReader');
    const reader = this[kState];
    if (reader.stream === undefined) {
      return Promise.reject(stateError('The reader is not attached to a stream'));
    }
    const req = promiseReadRequest();
    defaultReaderRead(reader, req);
    return req.promise;
  }

  releaseLock() {
    checkThis(this, 'ReadableStreamDefaultReader');
    const reader = this[kState];
    if (reader.stream === undefined) return;
    defaultReaderRelease(reader);
  }

  get closed() {
    if (!hasBrand(this, 'ReadableStreamDefaultReader')) return rejectInvalidThis('ReadableStreamDefaultReader');
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!hasBrand(this, 'ReadableStreamDefaultReader')) return rejectInvalidThis('ReadableStreamDefaultReader');
    const reader = this[kState];
    if (reader.stream === undefined) {
      return Promise.reject(stateError('The reader is not attached to a stream'));
    }
    return readableStreamCancel(reader.stream, reason);
  }

  [kInspect](depth, options) {
    const reader = this[kState];
    return customInspect(depth, options, 'ReadableStreamDefaultReader', {
      stream: reader.stream?.self,
      readRequests: reader.readRequests.length,
      close: reader.closed.promise,
    });
  }
}
defineProto(ReadableStreamDefaultReader, ['read', 'releaseLock', 'closed', 'cancel'],
  'ReadableStreamDefaultReader');

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayName = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const typedArrayCtors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
if (typeof Float16Array === 'function') typedArrayCtors.Float16Array = Float16Array;

function typedArrayName(view) {
  return getTypedArrayName.call(view);
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!hasBrand(stream, 'ReadableStream')) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    setUpBYOBReader(this, stream[kState]);
  }

  // An async function as in Node: its result settles a couple of ticks after the read request.
  async read(view, options = undefined) {
    checkThis(this, 'ReadableStreamBYOBReader');
    {
      if (!isArrayBufferView(view)) {
        throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
      }
      if (options !== undefined && (options === null || typeof options !== 'object')) {
        throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
      }
      if (view.byteLength === 0 || view.buffer.byteLength === 0 || isDetached(view.buffer)) {
        throw stateError('View or Viewed ArrayBuffer is zero-length or detached');
      }
      let min = 1;
      if (options?.min !== undefined) {
        min = Number(options.min);
        if (!(min > 0) || !Number.isFinite(min)) {
          throw new ERR_INVALID_ARG_VALUE('options.min', options.min, 'must be greater than 0');
        }
        min = Math.trunc(min);
      }
      const name = typedArrayName(view);
      if (name !== undefined) {
        if (min > view.length) throw new ERR_OUT_OF_RANGE('options.min', '<= view.length', min);
      } else if (min > view.byteLength) {
        throw new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min);
      }
      const reader = this[kState];
      if (reader.stream === undefined) throw stateError('The reader is not attached to a stream');
      const req = promiseReadRequest();
      byobReaderRead(reader, view, min, req);
      return req.promise;
    }
  }

  releaseLock() {
    checkThis(this, 'ReadableStreamBYOBReader');
    const reader = this[kState];
    if (reader.stream === undefined) return;
    byobReaderRelease(reader);
  }

  get closed() {
    if (!hasBrand(this, 'ReadableStreamBYOBReader')) return rejectInvalidThis('ReadableStreamBYOBReader');
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!hasBrand(this, 'ReadableStreamBYOBReader')) return rejectInvalidThis('ReadableStreamBYOBReader');
    const reader = this[kState];
    if (reader.stream === undefined) {
      return Promise.reject(stateError('The reader is not attached to a stream'));
    }
    return readableStreamCancel(reader.stream, reason);
  }

  [kInspect](depth, options) {
    const reader = this[kState];
    return customInspect(depth, options, 'ReadableStreamBYOBReader', {
      stream: reader.stream?.self,
      readIntoRequests: reader.readIntoRequests.length,
      close: reader.closed.promise,
    });
  }
}
defineProto(ReadableStreamBYOBReader, ['read', 'releaseLock', 'closed', 'cancel'], 'ReadableStreamBYOBReader');

// ---- default controller -----------------------------------------------------------------

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kSkip) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    checkThis(this, 'ReadableStreamDefaultController');
    return defaultControllerGetDesiredSize(this[kState]);
  }

  close() {
    checkThis(this, 'ReadableStreamDefaultController');
    const controller = this[kState];
    if (!defaultControllerCanCloseOrEnqueue(controller)) throw stateError('Controller is already closed');
    defaultControllerClose(controller);
  }

  enqueue(chunk = undefined) {
    checkThis(this, 'ReadableStreamDefaultController');
    const controller = this[kState];
    if (!defaultControllerCanCloseOrEnqueue(controller)) throw stateError('Controller is already closed');
    defaultControllerEnqueue(controller, chunk);
  }

  error(e = undefined) {
    checkThis(this, 'ReadableStreamDefaultController');
    defaultControllerError(this[kState], e);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableStreamDefaultController', {});
  }
}
defineProto(ReadableStreamDefaultController, ['desiredSize', 'close', 'enqueue', 'error'],
  'ReadableStreamDefaultController');

function setUpDefaultController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, sizeAlgorithm) {
  const self = new ReadableStreamDefaultController(kSkip);
  const controller = {
    brand: 'ReadableStreamDefaultController',
    self,
    stream,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategySizeAlgorithm: sizeAlgorithm,
    strategyHWM: hwm,
    pullAlgorithm,
    cancelAlgorithm,
  };
  Object.defineProperty(self, kState, { __proto__: null, value: controller });
  stream.controller = controller;
  const startResult = startAlgorithm(self);
  Promise.resolve(startResult).then(() => {
    controller.started = true;
    defaultControllerCallPullIfNeeded(controller);
  }, (r) => {
    defaultControllerError(controller, r);
  });
  return controller;
}

function setUpDefaultControllerFromSource(stream, source, hwm, sizeAlgorithm) {
  const start = source.start;
  const pull = getMethod(source, 'pull', 'source');
  const cancel = getMethod(source, 'cancel', 'source');
  if (start !== undefined && typeof start !== 'function') throw new ERR_INVALID_ARG_TYPE('source.start', 'Function', start);
  const startAlgorithm = start ? (c) => Reflect.apply(start, source, [c]) : noop;
  let pullAlgorithm = resolvedUndefined;
  let cancelAlgorithm = resolvedUndefined;
  setUpDefaultController(stream, startAlgorithm, () => pullAlgorithm(), (r) => cancelAlgorithm(r), hwm,
    sizeAlgorithm);
  const self = stream.controller.self;
  if (pull) pullAlgorithm = () => promiseCall(pull, source, self);
  if (cancel) cancelAlgorithm = (r) => promiseCall(cancel, source, r);
}

function defaultControllerCallPullIfNeeded(controller) {
  if (!defaultControllerShouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  controller.pullAlgorithm().then(() => {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      defaultControllerCallPullIfNeeded(controller);
    }
  }, (e) => {
    defaultControllerError(controller, e);
  });
}

function defaultControllerShouldCallPull(controller) {
  const stream = controller.stream;
  if (!defaultControllerCanCloseOrEnqueue(controller)) return false;
  if (!controller.started) return false;
  if (isReadableStreamLocked(stream) && hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  return defaultControllerGetDesiredSize(controller) > 0;
}

function defaultControllerClearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

function defaultControllerClose(controller) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  controller.closeRequested = true;
  if (controller.queue.length === 0) {
    defaultControllerClearAlgorithms(controller);
    readableStreamClose(controller.stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const stream = controller.stream;
  if (isReadableStreamLocked(stream) && numReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = controller.strategySizeAlgorithm(chunk);
    } catch (e) {
      defaultControllerError(controller, e);
      throw e;
    }
    try {
      enqueueValueWithSize(controller, chunk, size);
    } catch (e) {
      defaultControllerError(controller, e);
      throw e;
    }
  }
  defaultControllerCallPullIfNeeded(controller);
}

function defaultControllerError(controller, e) {
  const stream = controller.stream;
  if (stream.state !== 'readable') return;
  resetQueue(controller);
  defaultControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function defaultControllerGetDesiredSize(controller) {
  const state = controller.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.strategyHWM - controller.queueTotalSize;
}

function defaultControllerHasBackpressure(controller) {
  return !defaultControllerShouldCallPull(controller);
}

function defaultControllerCanCloseOrEnqueue(controller) {
  return !controller.closeRequested && controller.stream.state === 'readable';
}

function defaultControllerCancelSteps(controller, reason) {
  resetQueue(controller);
  const result = controller.cancelAlgorithm(reason);
  defaultControllerClearAlgorithms(controller);
  return result;
}

function defaultControllerPullSteps(controller, req) {
  const stream = controller.stream;
  if (controller.queue.length > 0) {
    const chunk = dequeueValue(controller);
    if (controller.closeRequested && controller.queue.length === 0) {
      defaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      defaultControllerCallPullIfNeeded(controller);
    }
    req.chunk(chunk);
  } else {
    stream.reader.readRequests.push(req);
    defaultControllerCallPullIfNeeded(controller);
  }
}

// ---- byte controller --------------------------------------------------------------------

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== kSkip) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    checkThis(this, 'ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    checkThis(this, 'ReadableStreamBYOBRequest');
    const request = this[kState];
    const n = Number(bytesWritten);
    if (!Number.isFinite(n) || n < 0) throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    if (request.controller === undefined) throw stateError('This BYOB request has been invalidated');
    if (isDetached(request.view.buffer)) throw stateError('Viewed ArrayBuffer is detached');
    byteControllerRespond(request.controller, Math.trunc(n));
  }

  respondWithNewView(view) {
    checkThis(this, 'ReadableStreamBYOBRequest');
    const request = this[kState];
    if (!isArrayBufferView(view)) throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    if (request.controller === undefined) throw stateError('This BYOB request has been invalidated');
    if (isDetached(view.buffer)) throw stateError('Viewed ArrayBuffer is detached');
    byteControllerRespondWithNewView(request.controller, view);
  }

  [kInspect](depth, options) {
    const request = this[kState];
    return customInspect(depth, options, 'ReadableStreamBYOBRequest', {
      view: request.view,
      controller: request.controller?.self,
    });
  }
}
defineProto(ReadableStreamBYOBRequest, ['view', 'respond', 'respondWithNewView'], 'ReadableStreamBYOBRequest');

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== kSkip) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    checkThis(this, 'ReadableByteStreamController');
    const request = byteControllerGetBYOBRequest(this[kState]);
    return request === null ? null : request.self;
  }

  get desiredSize() {
    checkThis(this, 'ReadableByteStreamController');
    return byteControllerGetDesiredSize(this[kState]);
  }

  close() {
    checkThis(this, 'ReadableByteStreamController');
    const controller = this[kState];
    if (controller.closeRequested) throw stateError('Controller is already closed');
    if (controller.stream.state !== 'readable') throw stateError('ReadableStream is already closed');
    byteControllerClose(controller);
  }

  enqueue(chunk) {
    checkThis(this, 'ReadableByteStreamController');
    if (!isArrayBufferView(chunk)) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    const controller = this[kState];
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0 || isDetached(chunk.buffer)) {
      throw stateError('chunk ArrayBuffer is zero-length or detached');
    }
    if (controller.closeRequested) throw stateError('Controller is already closed');
    if (controller.stream.state !== 'readable') throw stateError('ReadableStream is already closed');
    byteControllerEnqueue(controller, chunk);
  }

  error(e = undefined) {
    checkThis(this, 'ReadableByteStreamController');
    byteControllerError(this[kState], e);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'ReadableByteStreamController', {});
  }
}
defineProto(ReadableByteStreamController, ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error'],
  'ReadableByteStreamController');

function setUpByteController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, autoAllocateChunkSize) {
  const self = new ReadableByteStreamController(kSkip);
  const controller = {
    brand: 'ReadableByteStreamController',
    self,
    stream,
    pullAgain: false,
    pulling: false,
    byobRequest: null,
    queue: [],
    queueTotalSize: 0,
    closeRequested: false,
    started: false,
    strategyHWM: hwm,
    pullAlgorithm,
    cancelAlgorithm,
    autoAllocateChunkSize,
    pendingPullIntos: [],
  };
  Object.defineProperty(self, kState, { __proto__: null, value: controller });
  stream.controller = controller;
  const startResult = startAlgorithm(self);
  Promise.resolve(startResult).then(() => {
    controller.started = true;
    byteControllerCallPullIfNeeded(controller);
  }, (r) => {
    byteControllerError(controller, r);
  });
  return controller;
}

function setUpByteControllerFromSource(stream, source, hwm) {
  const start = source.start;
  const pull = getMethod(source, 'pull', 'source');
  const cancel = getMethod(source, 'cancel', 'source');
  if (start !== undefined && typeof start !== 'function') throw new ERR_INVALID_ARG_TYPE('source.start', 'Function', start);
  const chunkSize = source.autoAllocateChunkSize;
  if (chunkSize !== undefined) {
    const n = Number(chunkSize);
    if (!Number.isInteger(n) || n <= 0) throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', chunkSize);
  }
  const startAlgorithm = start ? (c) => Reflect.apply(start, source, [c]) : noop;
  let pullAlgorithm = resolvedUndefined;
  let cancelAlgorithm = resolvedUndefined;
  setUpByteController(stream, startAlgorithm, () => pullAlgorithm(), (r) => cancelAlgorithm(r), hwm,
    chunkSize === undefined ? undefined : Number(chunkSize));
  const self = stream.controller.self;
  if (pull) pullAlgorithm = () => promiseCall(pull, source, self);
  if (cancel) cancelAlgorithm = (r) => promiseCall(cancel, source, r);
}

function byteControllerCallPullIfNeeded(controller) {
  if (!byteControllerShouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  controller.pullAlgorithm().then(() => {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      byteControllerCallPullIfNeeded(controller);
    }
  }, (e) => {
    byteControllerError(controller, e);
  });
}

function byteControllerShouldCallPull(controller) {
  const stream = controller.stream;
  if (stream.state !== 'readable') return false;
  if (controller.closeRequested) return false;
  if (!controller.started) return false;
  if (hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && numReadIntoRequests(stream) > 0) return true;
  return byteControllerGetDesiredSize(controller) > 0;
}

function byteControllerClearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function byteControllerClearPendingPullIntos(controller) {
  byteControllerInvalidateBYOBRequest(controller);
  controller.pendingPullIntos = [];
}

function byteControllerClose(controller) {
  const stream = controller.stream;
  if (controller.closeRequested || stream.state !== 'readable') return;
  if (controller.queueTotalSize > 0) {
    controller.closeRequested = true;
    return;
  }
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const e = stateError('Partial read');
      byteControllerError(controller, e);
      throw e;
    }
  }
  byteControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

function byteControllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  if (controller.closeRequested || stream.state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) throw stateError('chunk ArrayBuffer is zero-length or detached');
  const transferred = transferArrayBuffer(buffer);
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    if (isDetached(first.buffer)) throw stateError('The BYOB request ArrayBuffer has been detached');
    byteControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') byteControllerEnqueueDetachedPullIntoToQueue(controller, first);
  }
  if (hasDefaultReader(stream)) {
    byteControllerProcessReadRequestsUsingQueue(controller);
    if (numReadRequests(stream) === 0) {
      byteControllerEnqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
    } else {
      if (controller.pendingPullIntos.length > 0) byteControllerShiftPendingPullInto(controller);
      readableStreamFulfillReadRequest(stream, new Uint8Array(transferred, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    byteControllerEnqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const desc of filled) byteControllerCommitPullIntoDescriptor(stream, desc);
  } else {
    byteControllerEnqueueChunkToQueue(controller, transferred, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller.queue.push({ buffer, byteOffset, byteLength });
  controller.queueTotalSize += byteLength;
}

function byteControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let cloned;
  try {
    cloned = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (e) {
    byteControllerError(controller, e);
    throw e;
  }
  byteControllerEnqueueChunkToQueue(controller, cloned, 0, byteLength);
}

function byteControllerEnqueueDetachedPullIntoToQueue(controller, pullInto) {
  if (pullInto.bytesFilled > 0) {
    byteControllerEnqueueClonedChunkToQueue(controller, pullInto.buffer, pullInto.byteOffset, pullInto.bytesFilled);
  }
  byteControllerShiftPendingPullInto(controller);
}

function byteControllerError(controller, e) {
  const stream = controller.stream;
  if (stream.state !== 'readable') return;
  byteControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  byteControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

function byteControllerFillHeadPullIntoDescriptor(controller, size, pullInto) {
  pullInto.bytesFilled += size;
}

function byteControllerFillPullIntoDescriptorFromQueue(controller, pullInto) {
  const maxBytesToCopy = Math.min(controller.queueTotalSize, pullInto.byteLength - pullInto.bytesFilled);
  const maxBytesFilled = pullInto.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const remainderBytes = maxBytesFilled % pullInto.elementSize;
  const maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullInto.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullInto.bytesFilled;
    ready = true;
  }
  const queue = controller.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue[0];
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = pullInto.byteOffset + pullInto.bytesFilled;
    copyBytes(pullInto.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    controller.queueTotalSize -= bytesToCopy;
    byteControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, pullInto);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function byteControllerFillReadRequestFromQueue(controller, req) {
  const entry = controller.queue.shift();
  controller.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(controller);
  req.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteControllerGetBYOBRequest(controller) {
  if (controller.byobRequest === null && controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
      first.byteLength - first.bytesFilled);
    const self = new ReadableStreamBYOBRequest(kSkip);
    const request = { brand: 'ReadableStreamBYOBRequest', self, controller, view };
    Object.defineProperty(self, kState, { __proto__: null, value: request });
    controller.byobRequest = request;
  }
  return controller.byobRequest;
}

function byteControllerGetDesiredSize(controller) {
  const state = controller.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.strategyHWM - controller.queueTotalSize;
}

function byteControllerHandleQueueDrain(controller) {
  if (controller.queueTotalSize === 0 && controller.closeRequested) {
    byteControllerClearAlgorithms(controller);
    readableStreamClose(controller.stream);
  } else {
    byteControllerCallPullIfNeeded(controller);
  }
}

function byteControllerInvalidateBYOBRequest(controller) {
  if (controller.byobRequest === null) return;
  controller.byobRequest.controller = undefined;
  controller.byobRequest.view = null;
  controller.byobRequest = null;
}

function byteControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  const filled = [];
  while (controller.pendingPullIntos.length > 0) {
    if (controller.queueTotalSize === 0) break;
    const pullInto = controller.pendingPullIntos[0];
    if (byteControllerFillPullIntoDescriptorFromQueue(controller, pullInto)) {
      byteControllerShiftPendingPullInto(controller);
      filled.push(pullInto);
    }
  }
  return filled;
}

function byteControllerProcessReadRequestsUsingQueue(controller) {
  const reader = controller.stream.reader;
  while (reader.readRequests.length > 0) {
    if (controller.queueTotalSize === 0) return;
    const req = reader.readRequests.shift();
    byteControllerFillReadRequestFromQueue(controller, req);
  }
}

function byteControllerPullInto(controller, view, min, req) {
  const stream = controller.stream;
  let elementSize = 1;
  let ctor = DataView;
  let newTarget = DataView;
  const name = typedArrayName(view);
  if (name !== undefined) {
    ctor = typedArrayCtors[name];
    elementSize = ctor.BYTES_PER_ELEMENT;
    newTarget = typeof view.constructor === 'function' ? view.constructor : ctor;
  } else if (typeof view.constructor === 'function') {
    newTarget = view.constructor;
  }
  const minimumFill = min * elementSize;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (e) {
    req.error(e);
    return;
  }
  const pullInto = {
    buffer,
    bufferByteLength: buffer.byteLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill,
    elementSize,
    viewConstructor: ctor,
    newTarget,
    readerType: 'byob',
  };
  if (controller.pendingPullIntos.length > 0) {
    controller.pendingPullIntos.push(pullInto);
    stream.reader.readIntoRequests.push(req);
    return;
  }
  if (stream.state === 'closed') {
    req.close(makeView(pullInto, buffer, 0));
    return;
  }
  if (controller.queueTotalSize > 0) {
    if (byteControllerFillPullIntoDescriptorFromQueue(controller, pullInto)) {
      const filledView = byteControllerConvertPullIntoDescriptor(pullInto);
      byteControllerHandleQueueDrain(controller);
      req.chunk(filledView);
      return;
    }
    if (controller.closeRequested) {
      const e = stateError('ReadableStream is already closed');
      byteControllerError(controller, e);
      req.error(e);
      return;
    }
  }
  controller.pendingPullIntos.push(pullInto);
  stream.reader.readIntoRequests.push(req);
  byteControllerCallPullIfNeeded(controller);
}

function makeView(pullInto, buffer, length) {
  return Reflect.construct(pullInto.viewConstructor, [buffer, pullInto.byteOffset, length],
    pullInto.newTarget ?? pullInto.viewConstructor);
}

function byteControllerRespond(controller, bytesWritten) {
  const first = controller.pendingPullIntos[0];
  const state = controller.stream.state;
  if (state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten, 'must be 0 when the stream is closed');
    }
  } else {
    if (bytesWritten === 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten, 'must be greater than 0');
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  byteControllerRespondInternal(controller, bytesWritten);
}

function byteControllerRespondInClosedState(controller, first) {
  if (first.readerType === 'none') byteControllerShiftPendingPullInto(controller);
  const stream = controller.stream;
  if (hasBYOBReader(stream)) {
    const filled = [];
    while (filled.length < numReadIntoRequests(stream)) filled.push(byteControllerShiftPendingPullInto(controller));
    for (const desc of filled) byteControllerCommitPullIntoDescriptor(stream, desc);
  }
}

function byteControllerRespondInReadableState(controller, bytesWritten, pullInto) {
  byteControllerFillHeadPullIntoDescriptor(controller, bytesWritten, pullInto);
  if (pullInto.readerType === 'none') {
    byteControllerEnqueueDetachedPullIntoToQueue(controller, pullInto);
    const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
    for (const desc of filled) byteControllerCommitPullIntoDescriptor(controller.stream, desc);
    return;
  }
  if (pullInto.bytesFilled < pullInto.minimumFill) return;
  byteControllerShiftPendingPullInto(controller);
  const remainderSize = pullInto.bytesFilled % pullInto.elementSize;
  if (remainderSize > 0) {
    const end = pullInto.byteOffset + pullInto.bytesFilled;
    byteControllerEnqueueClonedChunkToQueue(controller, pullInto.buffer, end - remainderSize, remainderSize);
  }
  pullInto.bytesFilled -= remainderSize;
  const filled = byteControllerProcessPullIntoDescriptorsUsingQueue(controller);
  byteControllerCommitPullIntoDescriptor(controller.stream, pullInto);
  for (const desc of filled) byteControllerCommitPullIntoDescriptor(controller.stream, desc);
}

function byteControllerRespondInternal(controller, bytesWritten) {
  const first = controller.pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(controller);
  if (controller.stream.state === 'closed') byteControllerRespondInClosedState(controller, first);
  else byteControllerRespondInReadableState(controller, bytesWritten, first);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespondWithNewView(controller, view) {
  const first = controller.pendingPullIntos[0];
  const state = controller.stream.state;
  if (state === 'closed') {
    if (view.byteLength !== 0) {
      throw new ERR_INVALID_ARG_VALUE('view', view, 'must have a zero byteLength when the stream is closed');
    }
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('view', view, 'must not have a zero byteLength');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid buffer byteLength');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'is too large');
  }
  const viewByteLength = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  byteControllerRespondInternal(controller, viewByteLength);
}

function byteControllerShiftPendingPullInto(controller) {
  return controller.pendingPullIntos.shift();
}

function byteControllerCommitPullIntoDescriptor(stream, pullInto) {
  let done = false;
  if (stream.state === 'closed') done = true;
  const filledView = byteControllerConvertPullIntoDescriptor(pullInto);
  if (pullInto.readerType === 'default') readableStreamFulfillReadRequest(stream, filledView, done);
  else readableStreamFulfillReadIntoRequest(stream, filledView, done);
}

function byteControllerConvertPullIntoDescriptor(pullInto) {
  const buffer = transferArrayBuffer(pullInto.buffer);
  return makeView(pullInto, buffer, pullInto.bytesFilled / pullInto.elementSize);
}

function byteControllerCancelSteps(controller, reason) {
  byteControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  const result = controller.cancelAlgorithm(reason);
  byteControllerClearAlgorithms(controller);
  return result;
}

function byteControllerPullSteps(controller, req) {
  const stream = controller.stream;
  if (controller.queueTotalSize > 0) {
    byteControllerFillReadRequestFromQueue(controller, req);
    return;
  }
  const size = controller.autoAllocateChunkSize;
  if (size !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(size);
    } catch (e) {
      req.error(e);
      return;
    }
    controller.pendingPullIntos.push({
      buffer,
      bufferByteLength: size,
      byteOffset: 0,
      byteLength: size,
      bytesFilled: 0,
      minimumFill: 1,
      elementSize: 1,
      viewConstructor: Uint8Array,
      newTarget: Uint8Array,
      readerType: 'default',
    });
  }
  stream.reader.readRequests.push(req);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerReleaseSteps(controller) {
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    first.readerType = 'none';
    controller.pendingPullIntos = [first];
  }
}

// ---- internal stream construction -------------------------------------------------------

function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm = 1, sizeAlgorithm = () => 1) {
  const stream = makeReadableStream();
  setUpDefaultController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, hwm, sizeAlgorithm);
  return stream;
}

function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const stream = makeReadableStream();
  setUpByteController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

// ---- tee --------------------------------------------------------------------------------

function readableStreamTee(stream) {
  if (stream.controller.brand === 'ReadableByteStreamController') return readableByteStreamTee(stream);
  return readableStreamDefaultTee(stream);
}

function readableStreamDefaultTee(stream) {
  const reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return Promise.resolve(undefined);
    }
    reading = true;
    defaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          if (!canceled1) defaultControllerEnqueue(branch1.controller, chunk);
          if (!canceled2) defaultControllerEnqueue(branch2.controller, chunk);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) defaultControllerClose(branch1.controller);
        if (!canceled2) defaultControllerClose(branch2.controller);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
    return Promise.resolve(undefined);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableStream(noop, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(noop, pullAlgorithm, cancel2Algorithm);
  reader.closed.promise.then(undefined, (r) => {
    defaultControllerError(branch1.controller, r);
    defaultControllerError(branch2.controller, r);
    if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
  });
  return [branch1, branch2];
}

function cloneAsUint8Array(view) {
  const buffer = view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength);
  return new Uint8Array(buffer);
}

function readableByteStreamTee(stream) {
  let reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgainForBranch1 = false;
  let readAgainForBranch2 = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelPromise = createDeferred();

  function forwardReaderError(thisReader) {
    thisReader.closed.promise.then(undefined, (r) => {
      if (thisReader !== reader) return;
      byteControllerError(branch1.controller, r);
      byteControllerError(branch2.controller, r);
      if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
    });
  }

  function afterChunk() {
    reading = false;
    if (readAgainForBranch1) pull1Algorithm();
    else if (readAgainForBranch2) pull2Algorithm();
  }

  function pullWithDefaultReader() {
    if (reader.brand === 'ReadableStreamBYOBReader') {
      byobReaderRelease(reader);
      reader = acquireDefaultReader(stream);
      forwardReaderError(reader);
    }
    defaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const chunk1 = chunk;
          let chunk2 = chunk;
          if (!canceled1 && !canceled2) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (e) {
              byteControllerError(branch1.controller, e);
              byteControllerError(branch2.controller, e);
              cancelPromise.resolve(readableStreamCancel(stream, e));
              return;
            }
          }
          if (!canceled1) byteControllerEnqueue(branch1.controller, chunk1);
          if (!canceled2) byteControllerEnqueue(branch2.controller, chunk2);
          afterChunk();
        });
      },
      close() {
        reading = false;
        if (!canceled1) byteControllerClose(branch1.controller);
        if (!canceled2) byteControllerClose(branch2.controller);
        if (branch1.controller.pendingPullIntos.length > 0) byteControllerRespond(branch1.controller, 0);
        if (branch2.controller.pendingPullIntos.length > 0) byteControllerRespond(branch2.controller, 0);
        if (!canceled1 || !canceled2) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, forBranch2) {
    if (reader.brand === 'ReadableStreamDefaultReader') {
      defaultReaderRelease(reader);
      reader = acquireBYOBReader(stream);
      forwardReaderError(reader);
    }
    const byobBranch = forBranch2 ? branch2 : branch1;
    const otherBranch = forBranch2 ? branch1 : branch2;
    byobReaderRead(reader, view, 1, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgainForBranch1 = false;
          readAgainForBranch2 = false;
          const byobCanceled = forBranch2 ? canceled2 : canceled1;
          const otherCanceled = forBranch2 ? canceled1 : canceled2;
          if (!otherCanceled) {
            let cloned;
            try {
              cloned = cloneAsUint8Array(chunk);
            } catch (e) {
              byteControllerError(byobBranch.controller, e);
              byteControllerError(otherBranch.controller, e);
              cancelPromise.resolve(readableStreamCancel(stream, e));
              return;
            }
            if (!byobCanceled) byteControllerRespondWithNewView(byobBranch.controller, chunk);
            byteControllerEnqueue(otherBranch.controller, cloned);
          } else if (!byobCanceled) {
            byteControllerRespondWithNewView(byobBranch.controller, chunk);
          }
          afterChunk();
        });
      },
      close(chunk) {
        reading = false;
        const byobCanceled = forBranch2 ? canceled2 : canceled1;
        const otherCanceled = forBranch2 ? canceled1 : canceled2;
        if (!byobCanceled) byteControllerClose(byobBranch.controller);
        if (!otherCanceled) byteControllerClose(otherBranch.controller);
        if (chunk !== undefined) {
          if (!byobCanceled) byteControllerRespondWithNewView(byobBranch.controller, chunk);
          if (!otherCanceled && otherBranch.controller.pendingPullIntos.length > 0) {
            byteControllerRespond(otherBranch.controller, 0);
          }
        }
        if (!byobCanceled || !otherCanceled) cancelPromise.resolve(undefined);
      },
      error() {
        reading = false;
      },
    });
  }

  function pull1Algorithm() {
    if (reading) {
      readAgainForBranch1 = true;
      return Promise.resolve(undefined);
    }
    reading = true;
    const request = byteControllerGetBYOBRequest(branch1.controller);
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request.view, false);
    return Promise.resolve(undefined);
  }

  function pull2Algorithm() {
    if (reading) {
      readAgainForBranch2 = true;
      return Promise.resolve(undefined);
    }
    reading = true;
    const request = byteControllerGetBYOBRequest(branch2.controller);
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request.view, true);
    return Promise.resolve(undefined);
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelPromise.promise;
  }

  branch1 = createReadableByteStream(noop, pull1Algorithm, cancel1Algorithm);
  branch2 = createReadableByteStream(noop, pull2Algorithm, cancel2Algorithm);
  forwardReaderError(reader);
  return [branch1, branch2];
}

// ---- pipeTo -----------------------------------------------------------------------------

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const W = lazyWritable();
  const reader = acquireDefaultReader(source);
  const writer = W.acquireWriter(dest);
  source.disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve(undefined);
  const { promise, resolve, reject } = createDeferred();
  let abortAlgorithm;

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest.state === 'writable' ? W.writableStreamAbort(dest, error) : Promise.resolve(undefined)));
      }
      if (!preventCancel) {
        actions.push(() => (source.state === 'readable' ? readableStreamCancel(source, error) : Promise.resolve(undefined)));
      }
      shutdownWithAnAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  function pipeStep() {
    if (shuttingDown) return Promise.resolve(true);
    return writer.ready.promise.then(() => new Promise((resolveRead, rejectRead) => {
      defaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = W.writerWrite(writer, chunk).then(undefined, noop);
          resolveRead(false);
        },
        close() { resolveRead(true); },
        error: rejectRead,
      });
    }));
  }

  function pipeLoop() {
    return new Promise((resolveLoop, rejectLoop) => {
      function next(done) {
        if (done) resolveLoop();
        else pipeStep().then(next, rejectLoop);
      }
      next(false);
    });
  }

  function isOrBecomesErrored(stream, closedPromise, action) {
    if (stream.state === 'errored') action(stream.storedError);
    else closedPromise.then(undefined, action);
  }

  function isOrBecomesClosed(stream, closedPromise, action) {
    if (stream.state === 'closed') action();
    else closedPromise.then(action, noop);
  }

  isOrBecomesErrored(source, reader.closed.promise, (storedError) => {
    if (!preventAbort) shutdownWithAnAction(() => W.writableStreamAbort(dest, storedError), true, storedError);
    else shutdown(true, storedError);
  });

  isOrBecomesErrored(dest, writer.closed.promise, (storedError) => {
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, storedError), true, storedError);
    else shutdown(true, storedError);
  });

  isOrBecomesClosed(source, reader.closed.promise, () => {
    if (!preventClose) shutdownWithAnAction(() => W.writerCloseWithErrorPropagation(writer));
    else shutdown();
  });

  if (W.closeQueuedOrInFlight(dest) || dest.state === 'closed') {
    const destClosed = stateError('the destination writable stream closed before all the data could be piped to it');
    if (!preventCancel) shutdownWithAnAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    else shutdown(true, destClosed);
  }

  setHandled(pipeLoop());

  function waitForWritesToFinish() {
    const oldCurrentWrite = currentWrite;
    return currentWrite.then(() => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined));
  }

  function shutdownWithAnAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      action().then(() => finalize(originalIsError, originalError), (newError) => finalize(true, newError));
    };
    if (dest.state === 'writable' && !W.closeQueuedOrInFlight(dest)) waitForWritesToFinish().then(doTheRest);
    else doTheRest();
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest.state === 'writable' && !W.closeQueuedOrInFlight(dest)) {
      waitForWritesToFinish().then(() => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  function finalize(isError, error) {
    W.writerRelease(writer);
    defaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) reject(error);
    else resolve(undefined);
  }

  return promise;
}

// ---- async iteration --------------------------------------------------------------------

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

const kIterator = Symbol('kIterator');

// Node's iterator delays the first read by a microtask and runs each step as an async function;
// the resulting promise timing is observable, so it is kept.
const iteratorMethods = {
  next() {
    const it = this?.[kIterator];
    if (it === undefined) return rejectInvalidThis('ReadableStreamAsyncIterator');
    if (!it.started) {
      it.started = true;
      it.ongoing = Promise.resolve();
    }
    const steps = () => iteratorNextSteps(it);
    it.ongoing = it.ongoing !== undefined ? it.ongoing.then(steps, steps) : steps();
    return it.ongoing;
  },
  return(value = undefined) {
    const it = this?.[kIterator];
    if (it === undefined) return rejectInvalidThis('ReadableStreamAsyncIterator');
    it.started = true;
    const steps = () => iteratorReturnSteps(it, value);
    it.ongoing = it.ongoing !== undefined ? it.ongoing.then(steps, steps) : steps();
    return it.ongoing;
  },
};
const ReadableStreamAsyncIteratorPrototype = Object.create(AsyncIteratorPrototype,
  Object.getOwnPropertyDescriptors(iteratorMethods));

function createAsyncIterator(reader, preventCancel) {
  const iterator = Object.create(ReadableStreamAsyncIteratorPrototype);
  Object.defineProperty(iterator, kIterator, {
    __proto__: null, value: { reader, preventCancel, ongoing: undefined, finished: false, started: false },
  });
  return iterator;
}

function iteratorNextSteps(it) {
  if (it.finished) return { done: true, value: undefined };
  const reader = it.reader;
  if (reader.stream === undefined) return Promise.reject(stateError('The reader is not bound to a ReadableStream'));
  const { promise, resolve, reject } = createDeferred();
  defaultReaderRead(reader, {
    chunk(value) { resolve({ value, done: false }); },
    close() {
      it.finished = true;
      defaultReaderRelease(reader);
      resolve({ done: true, value: undefined });
    },
    error(e) {
      it.finished = true;
      defaultReaderRelease(reader);
      reject(e);
    },
  });
  return promise;
}

async function iteratorReturnSteps(it, value) {
  if (it.finished) return { done: true, value };
  it.finished = true;
  const reader = it.reader;
  if (reader.stream === undefined) throw stateError('The reader is not bound to a ReadableStream');
  if (!it.preventCancel) {
    const result = readableStreamCancel(reader.stream, value);
    defaultReaderRelease(reader);
    await result;
    return { done: true, value };
  }
  defaultReaderRelease(reader);
  return { done: true, value };
}

// ---- ReadableStream.from ----------------------------------------------------------------

function getAsyncIteratorRecord(obj) {
  if (obj == null) {
    throw new TypeError(`Cannot read properties of ${obj} (reading 'Symbol(Symbol.asyncIterator)')`);
  }
  let method = obj[Symbol.asyncIterator];
  let isAsync = true;
  if (method == null) {
    method = obj[Symbol.iterator];
    isAsync = false;
  }
  if (method == null) throw new ERR_ARG_NOT_ITERABLE(obj);
  if (typeof method !== 'function') throw new TypeError('The iterator method is not a function');
  const iterator = Reflect.apply(method, obj, []);
  if (iterator === null || typeof iterator !== 'object') {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  if (isAsync) return { iterator, next: iterator.next };
  return asyncFromSyncIterator(iterator);
}

function asyncFromSyncIterator(syncIterator) {
  const syncNext = syncIterator.next;
  const settle = (result) => {
    if (result === null || typeof result !== 'object') throw new TypeError('Iterator result is not an object');
    const done = !!result.done;
    return Promise.resolve(result.value).then((value) => ({ value, done }));
  };
  const iterator = {
    next() {
      try {
        return settle(Reflect.apply(syncNext, syncIterator, []));
      } catch (err) {
        return Promise.reject(err);
      }
    },
    return(value) {
      try {
        const ret = syncIterator.return;
        if (ret == null) return Promise.resolve({ value, done: true });
        return settle(Reflect.apply(ret, syncIterator, [value]));
      } catch (err) {
        return Promise.reject(err);
      }
    },
  };
  return { iterator, next: iterator.next };
}

function readableStreamFromIterable(asyncIterable) {
  const record = getAsyncIteratorRecord(asyncIterable);
  let stream;
  const pullAlgorithm = () => {
    let nextResult;
    try {
      nextResult = Reflect.apply(record.next, record.iterator, []);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(nextResult).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (result.done) defaultControllerClose(stream.controller);
      else defaultControllerEnqueue(stream.controller, result.value);
    });
  };
  const cancelAlgorithm = (reason) => {
    const iterator = record.iterator;
    let returnResult;
    try {
      const ret = iterator.return;
      if (ret == null) return Promise.resolve(undefined);
      returnResult = Reflect.apply(ret, iterator, [reason]);
    } catch (err) {
      return Promise.reject(err);
    }
    return Promise.resolve(returnResult).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(noop, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

function isReadableStream(value) {
  return hasBrand(value, 'ReadableStream');
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  isReadableStream,
  createReadableStream,
  readableStreamCancel,
  defaultControllerEnqueue,
  defaultControllerClose,
  defaultControllerError,
  defaultControllerGetDesiredSize,
  defaultControllerHasBackpressure,
  defaultControllerCanCloseOrEnqueue,
  acquireDefaultReader,
  defaultReaderRead,
  defaultReaderRelease,
  readableStreamFromIterable,
};
