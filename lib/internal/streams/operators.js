'use strict';
// Readable.prototype iterator helpers: map/filter/flatMap/drop/take/compose and the promise ones.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateInteger, validateObject,
} = require('internal/validators');
const { isNodeStream, isWritable } = require('internal/streams/utils');

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal && signal.reason });
}

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options != null && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  const composed = require('internal/streams/compose')(this, stream);
  if (options && options.signal) {
    require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal, composed);
  }
  return composed;
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;

  return async function* mapped() {
    const outer = options && options.signal;
    const ac = new AbortController();
    const signal = ac.signal;
    const onOuterAbort = () => ac.abort();
    if (outer) {
      if (outer.aborted) ac.abort();
      else outer.addEventListener('abort', onOuterAbort, { once: true });
    }
    const source = this;
    // Promises of results in input order; kEof closes the queue.
    const queue = [];
    const fnOptions = { signal };
    let wakeConsumer = null;
    let wakeProducer = null;
    let inFlight = 0;
    let done = false;

    function notifyConsumer() {
      if (wakeConsumer) {
        const w = wakeConsumer;
        wakeConsumer = null;
        w();
      }
    }
    function notifyProducer() {
      if (wakeProducer && !done && inFlight < concurrency && queue.length < highWaterMark) {
        const w = wakeProducer;
        wakeProducer = null;
        w();
      }
    }
    function onSettled() {
      inFlight--;
      notifyProducer();
    }
    function onFailed() {
      done = true;
      notifyConsumer();
    }

    async function produce() {
      try {
        for await (let val of source) {
          if (done) return;
          if (signal.aborted) throw new AbortError();
          try {
            val = fn(val, fnOptions);
            if (val === kEmpty) continue;
            val = Promise.resolve(val);
          } catch (err) {
            val = Promise.reject(err);
          }
          inFlight++;
          val.then(onSettled, onFailed);
          queue.push(val);
          notifyConsumer();
          if (!done && (queue.length >= highWaterMark || inFlight >= concurrency)) {
            await new Promise((resolve) => { wakeProducer = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const val = Promise.reject(err);
        val.then(onSettled, onFailed);
        queue.push(val);
      } finally {
        done = true;
        notifyConsumer();
      }
    }

    produce();
    try {
      while (true) {
        while (queue.length > 0) {
          const val = await queue[0];
          if (val === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (val !== kEmpty) yield val;
          queue.shift();
          notifyProducer();
        }
        await new Promise((resolve) => { wakeConsumer = resolve; });
      }
    } finally {
      done = true;
      if (wakeProducer) {
        const w = wakeProducer;
        wakeProducer = null;
        w();
      }
      if (outer) outer.removeEventListener('abort', onOuterAbort);
      ac.abort();
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) {
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  validateFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) {
    return result;
  }
  return undefined;
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options));
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  const outer = options && options.signal;
  if (outer && outer.aborted) {
    const err = abortErrorFor(outer);
    this.once('error', () => {});
    await require('internal/streams/end-of-stream').finished(this.destroy(err));
    throw err;
  }
  const ac = new AbortController();
  const signal = ac.signal;
  const onAbort = () => ac.abort();
  if (outer) outer.addEventListener('abort', onAbort, { once: true });
  let gotAny = false;
  try {
    for await (const value of this) {
      gotAny = true;
      if (outer && outer.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAny && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    if (outer) outer.removeEventListener('abort', onAbort);
    ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  const signal = options && options.signal;
  for await (const val of this) {
    if (signal && signal.aborted) throw abortErrorFor(signal);
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flattened() {
    for await (const val of values) yield* val;
  }.call(this);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* dropped() {
    const signal = options && options.signal;
    if (signal && signal.aborted) throw new AbortError();
    for await (const val of this) {
      if (signal && signal.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* taken() {
    const signal = options && options.signal;
    if (signal && signal.aborted) throw new AbortError();
    for await (const val of this) {
      if (signal && signal.aborted) throw new AbortError();
      if (number-- > 0) yield val;
      if (number <= 0) return;
    }
  }.call(this);
}

module.exports.streamReturningOperators = { drop, filter, flatMap, map, take, compose };
module.exports.promiseReturningOperators = { every, forEach, reduce, toArray, some, find };
