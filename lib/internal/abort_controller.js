'use strict';
// AbortController and AbortSignal (WHATWG DOM) with AbortSignal.abort/timeout/any, and util.aborted.

const {
  Event,
  EventTarget,
  defineEventHandler,
  kMaxEventTargetListeners,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
} = require('internal/event_target');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { DOMException } = require('internal/per_context/domexception');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kTimeout = Symbol('kTimeout');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kDontThrow = Symbol('kDontThrow');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function lazyInspect() {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn;
}

// Signals only reachable through a timer or their sources (timeout and any() signals) are
// held weakly; while such a signal has 'abort' listeners it is kept here so it still fires.
const persistentSignals = new Set();

// A timeout signal nobody references any more cannot be observed: drop its timer.
const timerRegistry = new FinalizationRegistry((timer) => {
  globalThis.clearTimeout(timer);
});

function customInspect(self, obj, depth, options, inspect) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${(inspect ?? lazyInspect())(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

function validateDelay(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < 0 || value > 4294967295) {
    throw new ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', value);
  }
}

// WebIDL sequence<AbortSignal> conversion.
function toSignalArray(value, name) {
  if (value === null || typeof value !== 'object' || typeof value[Symbol.iterator] !== 'function') {
    const err = new TypeError('Value can not be converted to sequence.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  const signals = Array.from(value);
  for (let i = 0; i < signals.length; i++) {
    const s = signals[i];
    if (s === null || typeof s !== 'object' || !('aborted' in s)) {
      throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, 'AbortSignal', s);
    }
  }
  return signals;
}

class AbortSignal extends EventTarget {
  constructor(key = undefined, composite = false) {
    if (key !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kMaxEventTargetListeners] = 0;
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kComposite] = composite;
  }

  get aborted() {
    validateThisAbortSignal(this);
    return this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kDontThrow);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    validateDelay(delay, 'delay');
    const signal = new AbortSignal(kDontThrow);
    signal[kTimeout] = true;
    const ref = new WeakRef(signal);
    const timer = globalThis.setTimeout(() => {
      const target = ref.deref();
      if (target === undefined) return;
      timerRegistry.unregister(target);
      abortSignal(target, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    if (typeof timer?.unref === 'function') timer.unref();
    timerRegistry.register(signal, timer, signal);
    return signal;
  }

  static any(signals) {
    const list = toSignalArray(signals, 'signals');
    const result = new AbortSignal(kDontThrow, true);
    if (list.length === 0) return result;
    for (const signal of list) {
      if (signal.aborted) {
        result[kAborted] = true;
        result[kReason] = signal.reason;
        return result;
      }
    }
    const resultRef = new WeakRef(result);
    const sources = new Set();
    result[kSourceSignals] = sources;
    const follow = (source) => {
      if (sources.has(source)) return;
      sources.add(source);
      source[kDependantSignals] ??= new Set();
      source[kDependantSignals].add(resultRef);
    };
    for (const signal of list) {
      if (!signal[kComposite]) {
        follow(signal);
      } else if (signal[kSourceSignals] !== undefined) {
        // A composite follows the plain signals it was built from, never other composites.
        for (const source of signal[kSourceSignals]) {
          if (!source[kAborted]) follow(source);
        }
      }
    }
    return result;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if ((this[kComposite] || this[kTimeout]) && type === 'abort' && !this[kAborted] && size > 0) {
      persistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0) persistentSignals.delete(this);
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(this, { aborted: this.aborted }, depth, options, inspect);
  }
}

for (const name of ['aborted', 'reason', 'throwIfAborted']) {
  const desc = Object.getOwnPropertyDescriptor(AbortSignal.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(AbortSignal.prototype, name, desc);
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});

function markAborted(signal, reason) {
  signal[kAborted] = true;
  signal[kReason] = reason;
  persistentSignals.delete(signal);
}

function fireAbort(signal) {
  signal.dispatchEvent(new Event('abort', { __proto__: null, [kTrustEvent]: true }));
}

// Aborts `signal` and every any() signal that follows it. As the DOM spec says, all of them
// are marked aborted first, then 'abort' fires on the source, then on each dependant.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  markAborted(signal, reason);
  const dependants = [];
  if (signal[kDependantSignals] !== undefined) {
    for (const ref of signal[kDependantSignals]) {
      const dependant = ref.deref();
      if (dependant !== undefined && !dependant[kAborted]) {
        markAborted(dependant, reason);
        dependants.push(dependant);
      }
    }
    signal[kDependantSignals] = undefined;
  }
  fireAbort(signal);
  for (const dependant of dependants) fireAbort(dependant);
}

class AbortController {
  #signal;

  constructor() {
    this.#signal = new AbortSignal(kDontThrow);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#signal in self)) {
      throw new TypeError('Cannot read private member #signal from an object whose class did not declare it');
    }
  }

  get signal() {
    AbortController.#check(this);
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    AbortController.#check(this);
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options, inspect) {
    return customInspect(this, { signal: this.signal }, depth, options, inspect);
  }
}

for (const name of ['signal', 'abort']) {
  const desc = Object.getOwnPropertyDescriptor(AbortController.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(AbortController.prototype, name, desc);
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

// util.aborted(signal, resource): resolves once `signal` aborts.
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return;
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), {
      __proto__: null, once: true, [kResistStopPropagation]: true,
    });
  });
}

function isAbortSignal(value) {
  return value?.[kAborted] !== undefined && value instanceof AbortSignal;
}

// Internal helper for modules that need to abort a signal they created.
function newAbortSignal() {
  return new AbortSignal(kDontThrow);
}

module.exports = {
  AbortController,
  AbortSignal,
  aborted,
  abortSignal,
  isAbortSignal,
  kAborted,
  newAbortSignal,
};
