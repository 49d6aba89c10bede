'use strict';
// V8's stack-trace API on JavaScriptCore: replaces the global error constructors with thin
// wrappers whose instances get a lazy, V8-shaped own `stack`, plus Error.captureStackTrace,
// Error.prepareStackTrace and Error.stackTraceLimit with V8's semantics.

// The parser/formatter loads when a stack is first read, not at startup.
let stackTrace;
function lazyStackTrace() {
  if (stackTrace === undefined) {
    stackTrace = require('internal/util/stack_trace');
    stackTrace.setStackTraceLimitGetter(() => currentLimit() ?? 0);
  }
  return stackTrace;
}

const kSelfFile = 'node:internal/util/stack_trace_api';
// Frames JSC captures beyond the limit, so that dropping our own and native frames still
// leaves `limit` frames.
const kSlack = 6;
const kNames = ['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError',
  'EvalError', 'URIError', 'AggregateError'];

// error (or captureStackTrace target) -> { raw, skipUntil, limit } until `stack` is first read.
const pending = new WeakMap();
// Same, for errors whose `stack` was overwritten before it was read: where they were made.
const replaced = new WeakMap();
let ErrorWrapper;
let IntrinsicError;
let intrinsicCapture;
let syncedLimit;
let formatting = false;

function currentLimit() {
  const limit = ErrorWrapper.stackTraceLimit;
  return typeof limit === 'number' ? limit : undefined;
}

// Makes JSC capture enough frames for the current Error.stackTraceLimit; returns the limit or
// undefined when stack traces are off (a non-number limit).
function syncLimit() {
  const limit = currentLimit();
  const want = limit === undefined ? undefined : Math.min(Math.max(limit, 0), 1e5) + kSlack;
  if (want !== syncedLimit) {
    IntrinsicError.stackTraceLimit = want;
    syncedLimit = want;
  }
  return limit;
}

const dataDescriptor = (value) => ({
  __proto__: null, value, writable: true, enumerable: false, configurable: true,
});

// Drops this module's frames and native frames from the top, then the frames up to and
// including the `skipUntil` function (V8 matches the function; JSC frames only carry names).
function userFrames(raw, skipUntil) {
  let frames = lazyStackTrace().parseStack(raw);
  let start = 0;
  while (start < frames.length &&
         (frames[start].native || frames[start].fileName === kSelfFile)) start++;
  if (skipUntil !== '') {
    const i = frames.findIndex((f, k) => k >= start && f.name === skipUntil);
    if (i !== -1) start = i + 1;
  }
  if (start > 0) frames = frames.slice(start);
  return frames;
}

function materialize(holder, state) {
  const frames = userFrames(state.raw, state.skipUntil);
  let sites = lazyStackTrace().toCallSites(frames);
  if (sites.length > state.limit) sites = sites.slice(0, Math.max(0, state.limit));
  const prepare = ErrorWrapper.prepareStackTrace;
  if (typeof prepare === 'function' && !formatting) {
    formatting = true;
    try {
      return Reflect.apply(prepare, ErrorWrapper, [holder, sites]);
    } finally {
      formatting = false;
    }
  }
  return lazyStackTrace().formatStack(lazyStackTrace().errorHeader(holder), sites);
}

function findHolder(obj) {
  for (let o = obj; o !== null && (typeof o === 'object' || typeof o === 'function');
    o = Object.getPrototypeOf(o)) {
    if (pending.has(o)) return o;
  }
  return null;
}

function stackGetter() {
  const holder = findHolder(this);
  if (holder === null) return undefined;
  const state = pending.get(holder);
  const value = materialize(holder, state);
  pending.delete(holder);
  Object.defineProperty(holder, 'stack', dataDescriptor(value));
  return value;
}

function stackSetter(value) {
  const holder = findHolder(this);
  if (holder !== null) {
    replaced.set(holder, pending.get(holder));
    pending.delete(holder);
  }
  Object.defineProperty(holder ?? this, 'stack', dataDescriptor(value));
}

const lazyDescriptor = {
  __proto__: null, get: stackGetter, set: stackSetter, enumerable: false, configurable: true,
};

// Replaces the JSC `stack` just captured on obj with the lazy V8-format accessor.
function attach(obj, limit, skipUntil) {
  const raw = obj.stack;
  if (limit === undefined || typeof raw !== 'string') {
    Object.defineProperty(obj, 'stack', dataDescriptor(undefined));
    return;
  }
  pending.set(obj, { raw, skipUntil, limit });
  Object.defineProperty(obj, 'stack', lazyDescriptor);
}

function makeWrapper(Intrinsic, name, parent) {
  const ctor = function(...args) {
    const target = new.target === undefined ? ctor : new.target;
    const limit = syncLimit();
    const err = Reflect.construct(Intrinsic, args, target);
    const skip = target === ctor ? '' : (typeof target.name === 'string' ? target.name : '');
    attach(err, limit, skip);
    return err;
  };
  Object.defineProperty(ctor, 'name', { __proto__: null, value: name, configurable: true });
  Object.defineProperty(ctor, 'length', {
    __proto__: null, value: Intrinsic.length, configurable: true,
  });
  Object.defineProperty(ctor, 'prototype', {
    __proto__: null, value: Intrinsic.prototype, writable: false, enumerable: false,
    configurable: false,
  });
  Object.defineProperty(Intrinsic.prototype, 'constructor', dataDescriptor(ctor));
  Object.setPrototypeOf(ctor, parent ?? Function.prototype);
  // JSC's own statics (e.g. Error.isError) stay available on the wrapper.
  for (const key of Reflect.ownKeys(Intrinsic)) {
    if (key === 'length' || key === 'name' || key === 'prototype' ||
        key === 'captureStackTrace' || key === 'stackTraceLimit') continue;
    Object.defineProperty(ctor, key, Object.getOwnPropertyDescriptor(Intrinsic, key));
  }
  return ctor;
}

function captureStackTrace(obj, fn) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
    throw new TypeError('Invalid argument'); // eslint-disable-line no-restricted-syntax
  }
  const limit = syncLimit();
  // JSC drops the frames above and including fn itself, and defines a data `stack`.
  Reflect.apply(intrinsicCapture, IntrinsicError, [obj, typeof fn === 'function' ? fn : undefined]);
  attach(obj, limit, '');
}

let installed = false;

// Installs the wrappers on globalThis once. Cheap: no work per error until `stack` is read,
// beyond moving JSC's captured string aside.
function install() {
  if (installed) return;
  installed = true;
  IntrinsicError = globalThis.Error;
  intrinsicCapture = IntrinsicError.captureStackTrace;
  ErrorWrapper = makeWrapper(IntrinsicError, 'Error', null);
  for (const name of kNames) {
    const Intrinsic = globalThis[name];
    if (typeof Intrinsic !== 'function') continue;
    const ctor = name === 'Error' ? ErrorWrapper : makeWrapper(Intrinsic, name, ErrorWrapper);
    Object.defineProperty(globalThis, name, dataDescriptor(ctor));
  }
  Object.defineProperty(ErrorWrapper, 'captureStackTrace', dataDescriptor(captureStackTrace));
  Object.defineProperty(ErrorWrapper, 'stackTraceLimit', {
    __proto__: null, value: 10, writable: true, enumerable: true, configurable: true,
  });
  syncLimit();
}

// Where err was constructed, as { file, line, column } (V8 numbering), from the trace JSC
// captured even when `stack` was replaced before being read; null when unknown.
function errorOrigin(err) {
  const state = pending.get(err) ?? replaced.get(err);
  if (state === undefined) return null;
  const site = lazyStackTrace().toCallSites(userFrames(state.raw, state.skipUntil))[0];
  if (site === undefined || site.getFileName() === undefined) return null;
  return { file: site.getFileName(), line: site.getLineNumber(), column: site.getColumnNumber() };
}

module.exports = { install, captureStackTrace, errorOrigin };
