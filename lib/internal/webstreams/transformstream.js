'use strict';
// WHATWG TransformStream and TransformStreamDefaultController.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_STATE, ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const {
  kState, kInspect, checkThis, customInspect, defineProto, createDeferred, promiseCall, getMethod,
  extractHighWaterMark, extractSizeAlgorithm, validateStrategy, hasBrand,
} = require('internal/webstreams/util');
const R = require('internal/webstreams/readablestream');
const W = require('internal/webstreams/writablestream');

const kSkip = Symbol('kSkip');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    if (transformer === kSkip) return;
    if (transformer !== undefined &&
        (transformer === null || (typeof transformer !== 'object' && typeof transformer !== 'function'))) {
      throw new ERR_INVALID_ARG_TYPE('transformer', 'Object', transformer);
    }
    const dict = transformer ?? {};
    const wStrategy = validateStrategy(writableStrategy);
    const rStrategy = validateStrategy(readableStrategy);
    const start = getMethod(dict, 'start', 'transformer');
    const transform = getMethod(dict, 'transform', 'transformer');
    const flush = getMethod(dict, 'flush', 'transformer');
    const cancel = getMethod(dict, 'cancel', 'transformer');
    if (dict.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType', dict.readableType);
    }
    if (dict.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType', dict.writableType);
    }
    const readableHWM = extractHighWaterMark(rStrategy, 0);
    const readableSize = extractSizeAlgorithm(rStrategy);
    const writableHWM = extractHighWaterMark(wStrategy, 1);
    const writableSize = extractSizeAlgorithm(wStrategy);
    const startPromise = createDeferred();
    const stream = initializeTransformStream(this, startPromise, writableHWM, writableSize, readableHWM,
      readableSize);
    const controller = setUpControllerFromTransformer(stream, dict, transform, flush, cancel);
    if (start !== undefined) startPromise.resolve(Reflect.apply(start, dict, [controller.self]));
    else startPromise.resolve(undefined);
  }

  get readable() {
    checkThis(this, 'TransformStream');
    return this[kState].readable.self;
  }

  get writable() {
    checkThis(this, 'TransformStream');
    return this[kState].writable.self;
  }

  [kInspect](depth, options) {
    const stream = this[kState];
    return customInspect(depth, options, 'TransformStream', {
      readable: stream.readable?.self,
      writable: stream.writable?.self,
      backpressure: stream.backpressure,
    });
  }
}
defineProto(TransformStream, ['readable', 'writable'], 'TransformStream');

function initializeTransformStream(self, startPromise, writableHWM, writableSize, readableHWM, readableSize) {
  const stream = {
    brand: 'TransformStream',
    self,
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  Object.defineProperty(self, kState, { __proto__: null, value: stream });
  const startAlgorithm = () => startPromise.promise;
  stream.writable = W.createWritableStream(startAlgorithm, (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream), (reason) => sinkAbort(stream, reason), writableHWM, writableSize);
  stream.readable = R.createReadableStream(startAlgorithm, () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason), readableHWM, readableSize);
  setBackpressure(stream, true);
  return stream;
}

function transformStreamError(stream, e) {
  R.defaultControllerError(stream.readable.controller, e);
  errorWritableAndUnblockWrite(stream, e);
}

function errorWritableAndUnblockWrite(stream, e) {
  clearAlgorithms(stream.controller);
  W.controllerErrorIfNeeded(stream.writable.controller, e);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream.backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  if (stream.backpressureChange !== undefined) stream.backpressureChange.resolve(undefined);
  stream.backpressureChange = createDeferred();
  stream.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kSkip) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    checkThis(this, 'TransformStreamDefaultController');
    return R.defaultControllerGetDesiredSize(this[kState].stream.readable.controller);
  }

  enqueue(chunk = undefined) {
    checkThis(this, 'TransformStreamDefaultController');
    controllerEnqueue(this[kState], chunk);
  }

  error(reason = undefined) {
    checkThis(this, 'TransformStreamDefaultController');
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    checkThis(this, 'TransformStreamDefaultController');
    controllerTerminate(this[kState]);
  }

  [kInspect](depth, options) {
    return customInspect(depth, options, 'TransformStreamDefaultController', { stream: this[kState].stream.self });
  }
}
defineProto(TransformStreamDefaultController, ['desiredSize', 'enqueue', 'error', 'terminate'],
  'TransformStreamDefaultController');

function setUpController(stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  const self = new TransformStreamDefaultController(kSkip);
  const controller = {
    brand: 'TransformStreamDefaultController',
    self,
    stream,
    transformAlgorithm,
    flushAlgorithm,
    cancelAlgorithm,
    finish: undefined,
  };
  Object.defineProperty(self, kState, { __proto__: null, value: controller });
  stream.controller = controller;
  return controller;
}

function setUpControllerFromTransformer(stream, dict, transform, flush, cancel) {
  let controller;
  const transformAlgorithm = transform ?
    (chunk) => promiseCall(transform, dict, chunk, controller.self) :
    (chunk) => {
      try {
        controllerEnqueue(controller, chunk);
        return Promise.resolve(undefined);
      } catch (e) {
        return Promise.reject(e);
      }
    };
  const flushAlgorithm = flush ? () => promiseCall(flush, dict, controller.self) : () => Promise.resolve(undefined);
  const cancelAlgorithm = cancel ? (reason) => promiseCall(cancel, dict, reason) : () => Promise.resolve(undefined);
  controller = setUpController(stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
  return controller;
}

function clearAlgorithms(controller) {
  controller.transformAlgorithm = undefined;
  controller.flushAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  const readableController = stream.readable.controller;
  if (!R.defaultControllerCanCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    R.defaultControllerEnqueue(readableController, chunk);
  } catch (e) {
    errorWritableAndUnblockWrite(stream, e);
    throw stream.readable.storedError;
  }
  const backpressure = R.defaultControllerHasBackpressure(readableController);
  if (backpressure !== stream.backpressure) setBackpressure(stream, true);
}

function performTransform(controller, chunk) {
  return controller.transformAlgorithm(chunk).then(undefined, (r) => {
    transformStreamError(controller.stream, r);
    throw r;
  });
}

function controllerTerminate(controller) {
  const stream = controller.stream;
  R.defaultControllerClose(stream.readable.controller);
  errorWritableAndUnblockWrite(stream, new ERR_INVALID_STATE.TypeError('TransformStream has been terminated'));
}

function sinkWrite(stream, chunk) {
  const controller = stream.controller;
  if (stream.backpressure) {
    return stream.backpressureChange.promise.then(() => {
      const writable = stream.writable;
      if (writable.state === 'erroring') throw writable.storedError;
      return performTransform(controller, chunk);
    });
  }
  return performTransform(controller, chunk);
}

function sinkAbort(stream, reason) {
  const controller = stream.controller;
  if (controller.finish !== undefined) return controller.finish.promise;
  const readable = stream.readable;
  const finish = controller.finish = createDeferred();
  const cancelPromise = controller.cancelAlgorithm(reason);
  clearAlgorithms(controller);
  cancelPromise.then(() => {
    if (readable.state === 'errored') {
      finish.reject(readable.storedError);
    } else {
      R.defaultControllerError(readable.controller, reason);
      finish.resolve(undefined);
    }
  }, (r) => {
    R.defaultControllerError(readable.controller, r);
    finish.reject(r);
  });
  return finish.promise;
}

function sinkClose(stream) {
  const controller = stream.controller;
  if (controller.finish !== undefined) return controller.finish.promise;
  const readable = stream.readable;
  const finish = controller.finish = createDeferred();
  const flushPromise = controller.flushAlgorithm();
  clearAlgorithms(controller);
  flushPromise.then(() => {
    if (readable.state === 'errored') {
      finish.reject(readable.storedError);
    } else {
      R.defaultControllerClose(readable.controller);
      finish.resolve(undefined);
    }
  }, (r) => {
    R.defaultControllerError(readable.controller, r);
    finish.reject(r);
  });
  return finish.promise;
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream.backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  const controller = stream.controller;
  if (controller.finish !== undefined) return controller.finish.promise;
  const writable = stream.writable;
  const finish = controller.finish = createDeferred();
  const cancelPromise = controller.cancelAlgorithm(reason);
  clearAlgorithms(controller);
  cancelPromise.then(() => {
    if (writable.state === 'errored') {
      finish.reject(writable.storedError);
    } else {
      W.controllerErrorIfNeeded(writable.controller, reason);
      unblockWrite(stream);
      finish.resolve(undefined);
    }
  }, (r) => {
    W.controllerErrorIfNeeded(writable.controller, r);
    unblockWrite(stream);
    finish.reject(r);
  });
  return finish.promise;
}

function isTransformStream(value) {
  return hasBrand(value, 'TransformStream');
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
};
