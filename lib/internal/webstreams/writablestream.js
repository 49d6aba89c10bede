'use strict';
// WHATWG WritableStream with its default writer and controller.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const {
  kState, kInspect, hasBrand, checkThis, customInspect, defineProto, createDeferred, noop,
  setHandled, promiseCall, getMethod, extractHighWaterMark, extractSizeAlgorithm, validateStrategy,
  resetQueue, enqueueValueWithSize, dequeueValue, peekQueueValue,
} = require('internal/webstreams/util');
const {
  kIsErrored, kIsWritable, kIsClosedPromise, kControllerErrorFunction,
} = require('internal/streams/utils');

const kSkip = Symbol('kSkip');
const kCloseSentinel = Symbol('kCloseSentinel');

function stateError(msg) {
  return new ERR_INVALID_STATE.TypeError(msg);
}

function rejectInvalidThis(brand) {
  try {
    checkThis(undefined, brand);
  } catch (err) {
    return Promise.reject(err);
  }
}

class WritableStream {
  constructor(underlyingSink = undefined, strategy = undefined) {
    if (underlyingSink === kSkip) return;
    if (underlyingSink !== undefined &&
        (underlyingSink === null || (typeof underlyingSink !== 'object' && typeof underlyingSink !== 'function'))) {
      throw new ERR_INVALID_ARG_TYPE('sink', 'Object', underlyingSink);
    }
    const sink = underlyingSink ?? {};
    const strat = validateStrategy(strategy);
    const type = sink.type;
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
    const size = extractSizeAlgorithm(strat);
    const hwm = extractHighWaterMark(strat, 1);
    const stream = initializeWritableStream(this);
    setUpControllerFromSink(stream, sink, hwm, size);
  }

  get locked() {
    checkThis(this, 'WritableStream');
    return this[kState].writer !== undefined;
  }

  abort(reason = undefined) {
    if (!hasBrand(this, 'WritableStream')) return rejectInvalidThis('WritableStream');
    const stream = this[kState];
    if (stream.writer !== undefined) return Promise.reject(stateError('WritableStream is locked'));
    return writableStreamAbort(stream, reason);
  }

  close() {
    if (!hasBrand(this, 'WritableStream')) return rejectInvalidThis('WritableStream');
    const stream = this[kState];
    if (stream.writer !== undefined) return Promise.reject(stateError('WritableStream is locked'));
    if (closeQueuedOrInFlight(stream)) return Promise.reject(stateError('Failure closing WritableStream'));
    return writableStreamClose(stream);
  }

  getWriter() {
    checkThis(this, 'WritableStream');
    return acquireWriter(this[kState]).self;
  }

  get [kIsErrored]() {
    return this[kState].state === 'errored';
  }

  get [kIsWritable]() {
    return this[kState].state === 'writable';
  }

  [kInspect](depth, options) {
    const stream = this[kState];
    return customInspect(depth, options, 'WritableStream', {
      locked: stream.writer !== undefined,
      state: stream.state,
    });
  }
}
defineProto(WritableStream, ['locked', 'abort', 'close', 'getWriter'], 'WritableStream');

function initializeWritableStream(self) {
  const closed = createDeferred();
  setHandled(closed.promise);
  Object.defineProperty(self, kIsClosedPromise, {
    __proto__: null, value: closed, writable: true, enumerable: false, configurable: true,
  });
  const stream = {
    brand: 'WritableStream',
    self,
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
    closed,
  };
  Object.defineProperty(self, kState, { __proto__: null, value: stream });
  Object.defineProperty(self, kControllerErrorFunction, {
    __proto__: null, writable: true, enumerable: false, configurable: true,
    value: (err) => controllerErrorIfNeeded(stream.controller, err),
  });
  return stream;
}

function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm = 1,
  sizeAlgorithm = () => 1) {
  const stream = initializeWritableStream(new WritableStream(kSkip));
  setUpController(stream, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm, sizeAlgorithm);
  return stream;
}

function isWritableStream(value) {
  return hasBrand(value, 'WritableStream');
}

function isLocked(stream) {
  return stream.writer !== undefined;
}

function writableStreamAbort(stream, reason) {
  if (stream.state === 'closed' || stream.state === 'errored') return Promise.resolve(undefined);
  stream.controller.abortController.abort(reason);
  const state = stream.state;
  if (state === 'closed' || state === 'errored') return Promise.resolve(undefined);
  if (stream.pendingAbortRequest !== undefined) return stream.pendingAbortRequest.promise;
  let wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const deferred = createDeferred();
  stream.pendingAbortRequest = { ...deferred, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return deferred.promise;
}

function writableStreamClose(stream) {
  const state = stream.state;
  if (state === 'closed' || state === 'errored') {
    return Promise.reject(stateError('WritableStream is closed'));
  }
  const deferred = createDeferred();
  stream.closeRequest = deferred;
  const writer = stream.writer;
  if (writer !== undefined && stream.backpressure && state === 'writable') writer.ready.resolve(undefined);
  controllerClose(stream.controller);
  return deferred.promise;
}

function addWriteRequest(stream) {
  const deferred = createDeferred();
  stream.writeRequests.push(deferred);
  return deferred.promise;
}

function dealWithRejection(stream, error) {
  if (stream.state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const controller = stream.controller;
  stream.state = 'erroring';
  stream.storedError = reason;
  const writer = stream.writer;
  if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
  if (!hasOperationMarkedInFlight(stream) && controller.started) finishErroring(stream);
}

function finishErroring(stream) {
  stream.state = 'errored';
  resetQueue(stream.controller);
  const storedError = stream.storedError;
  const requests = stream.writeRequests;
  stream.writeRequests = [];
  for (const req of requests) req.reject(storedError);
  const abortRequest = stream.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  stream.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const controller = stream.controller;
  const promise = controller.abortAlgorithm(abortRequest.reason);
  controllerClearAlgorithms(controller);
  promise.then(() => {
    abortRequest.resolve(undefined);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function finishInFlightWrite(stream) {
  stream.inFlightWriteRequest.resolve(undefined);
  stream.inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  stream.inFlightWriteRequest.reject(error);
  stream.inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  stream.inFlightCloseRequest.resolve(undefined);
  stream.inFlightCloseRequest = undefined;
  if (stream.state === 'erroring') {
    stream.storedError = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      stream.pendingAbortRequest.resolve(undefined);
      stream.pendingAbortRequest = undefined;
    }
  }
  stream.state = 'closed';
  const writer = stream.writer;
  if (writer !== undefined) writer.closed.resolve(undefined);
  stream.closed.resolve();
}

function finishInFlightCloseWithError(stream, error) {
  stream.inFlightCloseRequest.reject(error);
  stream.inFlightCloseRequest = undefined;
  if (stream.pendingAbortRequest !== undefined) {
    stream.pendingAbortRequest.reject(error);
    stream.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function closeQueuedOrInFlight(stream) {
  return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  return stream.inFlightWriteRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  if (stream.closeRequest !== undefined) {
    stream.closeRequest.reject(stream.storedError);
    stream.closeRequest = undefined;
  }
  const writer = stream.writer;
  if (writer !== undefined) {
    writer.closed.reject(stream.storedError);
    setHandled(writer.closed.promise);
  }
  stream.closed.reject(stream.storedError);
}

function updateBackpressure(stream, backpressure) {
  const writer = stream.writer;
  if (writer !== undefined && backpressure !== stream.backpressure) {
    if (backpressure) writer.ready = createDeferred();
    else writer.ready.resolve(undefined);
  }
  stream.backpressure = backpressure;
}

// ---- writer -----------------------------------------------------------------------------

function rejectedDeferred(error) {
  const deferred = createDeferred();
  deferred.reject(error);
  setHandled(deferred.promise);
  return deferred;
}

function resolvedDeferred() {
  const deferred = createDeferred();
  deferred.resolve(undefined);
  return deferred;
}

function setUpWriter(self, stream) {
  if (isLocked(stream)) throw stateError('WritableStream is locked');
  const writer = { brand: 'WritableStreamDefaultWriter', self, stream, ready: undefined, closed: undefined };
  Object.defineProperty(self, kState, { __proto__: null, value: writer });
  stream.writer = writer;
  const state = stream.state;
  if (state === 'writable') {
    writer.ready = !closeQueuedOrInFlight(stream) && stream.backpressure ? createDeferred() : resolvedDeferred();
    writer.closed = createDeferred();
  } else if (state === 'erroring') {
    writer.ready = rejectedDeferred(stream.storedError);
    writer.closed = createDeferred();
  } else if (state === 'closed') {
    writer.ready = resolvedDeferred();
    writer.closed = resolvedDeferred();
  } else {
    writer.ready = rejectedDeferred(stream.storedError);
    writer.closed = rejectedDeferred(stream.storedError);
  }
  return writer;
}

function acquireWriter(stream) {
  return setUpWriter(Object.create(WritableStreamDefaultWriter.prototype), stream);
}

function isPending(deferred) {
  return !deferred.settled;
}

function writerEnsureClosedPromiseRejected(writer, error) {
  if (isPending(writer.closed)) writer.closed.reject(error);
  else writer.closed = rejectedDeferred(error);
  setHandled(writer.closed.promise);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  if (isPending(writer.ready)) writer.ready.reject(error);
  else writer.ready = rejectedDeferred(error);
  setHandled(writer.ready.promise);
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (closeQueuedOrInFlight(stream) || state === 'closed') return Promise.resolve(undefined);
  if (state === 'errored') return Promise.reject(stream.storedError);
  return writableStreamClose(stream);
}

function writerGetDesiredSize(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return controllerGetDesiredSize(stream.controller);
}

function writerRelease(writer) {
  const stream = writer.stream;
  const releasedError = stateError('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, releasedError);
  writerEnsureClosedPromiseRejected(writer, releasedError);
  stream.writer = undefined;
  writer.stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer.stream;
  const controller = stream.controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer.stream) return Promise.reject(stateError('Writer is not bound to a WritableStream'));
  const state = stream.state;
  if (state === 'errored') return Promise.reject(stream.storedError);
  if (closeQueuedOrInFlight(stream) || state === 'closed') {
    return Promise.reject(stateError('WritableStream is closed'));
  }
  if (state === 'erroring') return Promise.reject(stream.storedError);
  const promise = addWriteRequest(stream);
  controllerWrite(controller, chunk, chunkSize);
  return promise;
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    setUpWriter(this, stream[kState]);
  }

  get closed() {
    if (!hasBrand(this, 'WritableStreamDefaultWriter')) return rejectInvalidThis('WritableStreamDefaultWriter');
    return this[kState].closed.promise;
  }

  get desiredSize() {
    checkThis(this, 'WritableStreamDefaultWriter');
    const writer = this[kState];
    if (writer.stream === undefined) throw stateError('Writer is not bound to a WritableStream');
    return writerGetDesiredSize(writer);
  }

  get ready() {
    if (!hasBrand(this, 'WritableStreamDefaultWriter')) return rejectInvalidThis('WritableStreamDefaultWriter');
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!hasBrand(this, 'WritableStreamDefaultWriter')) return rejectInvalidThis('WritableStreamDefaultWriter');
    const writer = this[kState];
    if (writer.stream === undefined) return Promise.reject(stateError('Writer is not bound to a WritableStream'));
    return writableStreamAbort(writer.stream, reason);
  }

  close() {
    if (!hasBrand(this, 'WritableStreamDefaultWriter')) return rejectInvalidThis('WritableStreamDefaultWriter');
    const writer = this[kState];
    const stream = writer.stream;
    if (stream === undefined) return Promise.reject(stateError('Writer is not bound to a WritableStream'));
    if (closeQueuedOrInFlight(stream)) return Promise.reject(stateError('Failure to close WritableStream'));
    return writableStreamClose(stream);
  }

  releaseLock() {
    checkThis(this, 'WritableStreamDefaultWriter');
    const writer = this[kState];
    if (writer.stream === undefined) return;
    writerRelease(writer);
  }

  write(chunk = undefined) {
    if (!hasBrand(this, 'WritableStreamDefaultWriter')) return rejectInvalidThis('WritableStreamDefaultWriter');
    const writer = this[kState];
    if (writer.stream === undefined) return Promise.reject(stateError('Writer is not bound to a WritableStream'));
    return writerWrite(writer, chunk);
  }

  [kInspect](depth, options) {
    const writer = this[kState];
    return customInspect(depth, options, 'WritableStreamDefaultWriter', {
      stream: writer.stream?.self,
      close: writer.closed.promise,
      ready: writer.ready.promise,
      desiredSize: writer.stream === undefined ? undefined : writerGetDesiredSize(writer),
    });
  }
}
defineProto(WritableStreamDefaultWriter,
  ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write'], 'WritableStreamDefaultWriter');

// ---- controller -------------------------------------------------------------------------

class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kSkip) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    checkThis(this, 'WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(e = undefined) {
    checkThis(this, 'WritableStreamDefaultController');
    const controller = this[kState];
    if (controller.stream.state !== 'writable') return;
    controllerError(controller, e);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'WritableStreamDefaultController', { stream: this[kState].stream.self });
  }
}
defineProto(WritableStreamDefaultController, ['signal', 'error'], 'WritableStreamDefaultController');

function setUpController(stream, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm, sizeAlgorithm) {
  const { AbortController } = require('internal/abort_controller');
  const self = new WritableStreamDefaultController(kSkip);
  const controller = {
    brand: 'WritableStreamDefaultController',
    self,
    stream,
    queue: [],
    queueTotalSize: 0,
    abortController: new AbortController(),
    started: false,
    strategySizeAlgorithm: sizeAlgorithm,
    strategyHWM: hwm,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
  };
  Object.defineProperty(self, kState, { __proto__: null, value: controller });
  stream.controller = controller;
  updateBackpressure(stream, controllerGetBackpressure(controller));
  const startResult = startAlgorithm(self);
  Promise.resolve(startResult).then(() => {
    controller.started = true;
    controllerAdvanceQueueIfNeeded(controller);
  }, (r) => {
    controller.started = true;
    dealWithRejection(stream, r);
  });
  return controller;
}

function setUpControllerFromSink(stream, sink, hwm, sizeAlgorithm) {
  const start = getMethod(sink, 'start', 'sink');
  const write = getMethod(sink, 'write', 'sink');
  const close = getMethod(sink, 'close', 'sink');
  const abort = getMethod(sink, 'abort', 'sink');
  const startAlgorithm = start ? (c) => Reflect.apply(start, sink, [c]) : noop;
  let self;
  const writeAlgorithm = write ? (chunk) => promiseCall(write, sink, chunk, self) : () => Promise.resolve(undefined);
  const closeAlgorithm = close ? () => promiseCall(close, sink) : () => Promise.resolve(undefined);
  const abortAlgorithm = abort ? (r) => promiseCall(abort, sink, r) : () => Promise.resolve(undefined);
  setUpController(stream, (c) => {
    self = c;
    return startAlgorithm(c);
  }, writeAlgorithm, closeAlgorithm, abortAlgorithm, hwm, sizeAlgorithm);
}

function controllerAdvanceQueueIfNeeded(controller) {
  const stream = controller.stream;
  if (!controller.started) return;
  if (stream.inFlightWriteRequest !== undefined) return;
  const state = stream.state;
  if (state === 'closed' || state === 'errored') return;
  if (state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (controller.queue.length === 0) return;
  const value = peekQueueValue(controller);
  if (value === kCloseSentinel) controllerProcessClose(controller);
  else controllerProcessWrite(controller, value);
}

function controllerClearAlgorithms(controller) {
  controller.writeAlgorithm = undefined;
  controller.closeAlgorithm = undefined;
  controller.abortAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

function controllerClose(controller) {
  enqueueValueWithSize(controller, kCloseSentinel, 0);
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerError(controller, error) {
  controllerClearAlgorithms(controller);
  startErroring(controller.stream, error);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller.stream.state === 'writable') controllerError(controller, error);
}

function controllerGetBackpressure(controller) {
  return controllerGetDesiredSize(controller) <= 0;
}

function controllerGetChunkSize(controller, chunk) {
  if (controller.strategySizeAlgorithm === undefined) return 1;
  try {
    return controller.strategySizeAlgorithm(chunk);
  } catch (e) {
    controllerErrorIfNeeded(controller, e);
    return 1;
  }
}

function controllerGetDesiredSize(controller) {
  return controller.strategyHWM - controller.queueTotalSize;
}

function controllerProcessClose(controller) {
  const stream = controller.stream;
  stream.inFlightCloseRequest = stream.closeRequest;
  stream.closeRequest = undefined;
  dequeueValue(controller);
  const sinkClosePromise = controller.closeAlgorithm();
  controllerClearAlgorithms(controller);
  sinkClosePromise.then(() => {
    finishInFlightClose(stream);
  }, (reason) => {
    finishInFlightCloseWithError(stream, reason);
  });
}

function controllerProcessWrite(controller, chunk) {
  const stream = controller.stream;
  stream.inFlightWriteRequest = stream.writeRequests.shift();
  controller.writeAlgorithm(chunk).then(() => {
    finishInFlightWrite(stream);
    const state = stream.state;
    dequeueValue(controller);
    if (!closeQueuedOrInFlight(stream) && state === 'writable') {
      updateBackpressure(stream, controllerGetBackpressure(controller));
    }
    controllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream.state === 'writable') controllerClearAlgorithms(controller);
    finishInFlightWriteWithError(stream, reason);
  });
}

function controllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (e) {
    controllerErrorIfNeeded(controller, e);
    return;
  }
  const stream = controller.stream;
  if (!closeQueuedOrInFlight(stream) && stream.state === 'writable') {
    updateBackpressure(stream, controllerGetBackpressure(controller));
  }
  controllerAdvanceQueueIfNeeded(controller);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  isWritableStream,
  createWritableStream,
  acquireWriter,
  writerWrite,
  writerRelease,
  writerCloseWithErrorPropagation,
  writerGetDesiredSize,
  writableStreamAbort,
  writableStreamClose,
  closeQueuedOrInFlight,
  controllerErrorIfNeeded,
};
