'use strict';
// node:timers/promises — promise forms of setTimeout/setImmediate, an async-iterator
// setInterval, and the scheduler object (wait/yield), all cancellable with an AbortSignal.

const {
  Timeout, Immediate, insert, clearTimeoutImpl, clearImmediateImpl,
} = require('internal/timers');
const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  validateAbortSignal, validateBoolean, validateNumber, validateObject,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');

const kScheduler = Symbol('kScheduler');

// Validates (delay, options) as every function here does; throws the first problem found.
function validateOptions(options) {
  validateObject(options, 'options');
  const { signal, ref } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (ref !== undefined) validateBoolean(ref, 'options.ref');
  return { signal, ref: ref !== false };
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// Settles `promise`-style callbacks when `signal` aborts; returns the listener to remove.
function listenAbort(signal, onAbort) {
  signal.addEventListener('abort', onAbort, { __proto__: null, once: true });
  return onAbort;
}

function setTimeout(after, value, options = kEmptyObject) {
  let signal;
  let ref;
  try {
    if (after !== undefined) validateNumber(after, 'delay');
    ({ signal, ref } = validateOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal !== undefined && signal.aborted) return Promise.reject(abortErrorFor(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const timeout = new Timeout(() => {
      if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, after, undefined, false, ref);
    insert(timeout, timeout._idleTimeout);
    if (signal !== undefined) {
      onAbort = listenAbort(signal, () => {
        clearTimeoutImpl(timeout);
        reject(abortErrorFor(signal));
      });
    }
  });
}

function setImmediate(value, options = kEmptyObject) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = validateOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal !== undefined && signal.aborted) return Promise.reject(abortErrorFor(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const immediate = new Immediate(() => {
      if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
      resolve(value);
    }, undefined);
    if (!ref) immediate.unref();
    if (signal !== undefined) {
      onAbort = listenAbort(signal, () => {
        clearImmediateImpl(immediate);
        reject(abortErrorFor(signal));
      });
    }
  });
}

// Yields `value` once per elapsed interval. Ticks that fire while the consumer is busy are
// counted and yielded back to back, so none is lost.
async function* setInterval(after, value, options = kEmptyObject) {
  if (after !== undefined) validateNumber(after, 'delay');
  const { signal, ref } = validateOptions(options);
  if (signal !== undefined && signal.aborted) throw abortErrorFor(signal);

  let pending = 0;
  let wake = null;
  const interval = new Timeout(() => {
    pending++;
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  }, after, undefined, true, ref);
  insert(interval, interval._idleTimeout);
  let onAbort;
  if (signal !== undefined) {
    onAbort = listenAbort(signal, () => {
      clearTimeoutImpl(interval);
      if (wake !== null) {
        const w = wake;
        wake = null;
        w();
      }
    });
  }
  try {
    while (signal === undefined || !signal.aborted) {
      if (pending === 0) {
        await new Promise((resolve) => { wake = resolve; });
        continue;
      }
      for (; pending > 0; pending--) yield value;
    }
    throw abortErrorFor(signal);
  } finally {
    clearTimeoutImpl(interval);
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  // Resolves after the current batch of I/O and immediates (a setImmediate turn).
  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

// The one instance, made without running the throwing constructor.
const scheduler = Object.create(Scheduler.prototype, {
  [kScheduler]: { __proto__: null, value: true },
});

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler,
};
