'use strict';
// Sets up `process` and the global object, then returns the hooks C calls into (see
// CN_HOOKS in src/runtime/env.h). Everything not needed by every program loads lazily.

// V8's stack-trace API (Error.captureStackTrace/prepareStackTrace, V8-shaped err.stack) must be
// in place before any module creates an error.
require('internal/util/stack_trace_api').install();

const EventEmitter = require('events');
const options = internalBinding('options');
const methods = internalBinding('process_methods');
const taskQueues = require('internal/process/task_queues');

// Loaded on first use: most programs never throw, warn or use every timer kind.
let timers;
let execution;
const lazyTimers = () => (timers ??= require('internal/timers'));
const lazyExecution = () => (execution ??= require('internal/process/execution'));

// Explicit resource management symbols, which Node 22 provides where the engine lacks them.
for (const name of ['dispose', 'asyncDispose']) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, {
      __proto__: null, value: Symbol(`Symbol.${name}`), writable: false, enumerable: false,
      configurable: false,
    });
  }
}

// V8 in Node 22 has no Float16Array; programs feature-test for it.
delete globalThis.Float16Array;

// ---- process: an EventEmitter whose constructor is named "process" ------------------------

function processCtor() {}
Object.defineProperty(processCtor, 'name', { __proto__: null, value: 'process' });
const processProto = Object.create(EventEmitter.prototype, {
  constructor: { __proto__: null, value: processCtor, writable: true, configurable: true },
});
Object.setPrototypeOf(process, processProto);
Object.defineProperty(process, Symbol.toStringTag, {
  __proto__: null, value: 'process', writable: false, enumerable: false, configurable: true,
});
EventEmitter.call(process);

require('internal/process/per_thread').setupProcessObject(process, options, methods);

process.nextTick = taskQueues.nextTick;
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  return lazyExecution().setUncaughtExceptionCaptureCallback(fn);
};
process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return execution !== undefined && execution.hasUncaughtExceptionCaptureCallback();
};

let warning;
const lazyWarning = () => (warning ??= require('internal/process/warning'));
process.emitWarning = function emitWarning(...args) {
  return Reflect.apply(lazyWarning().emitWarning, this, args);
};
// Node has one default 'warning' listener (it prints to stderr) unless --no-warnings.
if (!options.noWarnings) {
  process.on('warning', function onWarning(w) {
    lazyWarning().onWarning(w);
  });
}

require('internal/process/signals').setupSignalHandlers(process);

// ---- globals -------------------------------------------------------------------------------

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    __proto__: null, value, writable: true, enumerable, configurable: true,
  });
}

// A global whose module loads on first access, then becomes a plain data property.
function defineLazyGlobal(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    enumerable,
    configurable: true,
    get() {
      const value = load();
      Object.defineProperty(globalThis, name, {
        __proto__: null, value, writable: true, enumerable, configurable: true,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(globalThis, name, {
        __proto__: null, value, writable: true, enumerable, configurable: true,
      });
    },
  });
}

Object.defineProperty(globalThis, 'global', {
  __proto__: null, value: globalThis, writable: true, enumerable: false, configurable: true,
});
defineGlobal('process', process);

const timersModule = require('timers');
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
  'setImmediate', 'clearImmediate']) {
  defineGlobal(name, timersModule[name], true);
}
defineGlobal('queueMicrotask', taskQueues.queueMicrotask, true);
defineLazyGlobal('console', () => require('console'));
defineLazyGlobal('EventTarget', () => require('internal/event_target').EventTarget);
defineLazyGlobal('Event', () => require('internal/event_target').Event);
defineLazyGlobal('CustomEvent', () => require('internal/event_target').CustomEvent);
defineLazyGlobal('AbortController', () => require('internal/abort_controller').AbortController);
defineLazyGlobal('AbortSignal', () => require('internal/abort_controller').AbortSignal);
defineLazyGlobal('performance', () => require('perf_hooks').performance, true);
for (const name of ['PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
  defineLazyGlobal(name, () => require('perf_hooks')[name]);
}
defineLazyGlobal('Performance', () => require('perf_hooks').Performance);
// Node keeps globalThis.crypto an accessor.
Object.defineProperty(globalThis, 'crypto', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  set: undefined,
  get: Object.getOwnPropertyDescriptor({ get crypto() { return require('crypto').webcrypto; } },
    'crypto').get,
});
defineLazyGlobal('Crypto', () => require('internal/crypto/webcrypto').Crypto);
defineLazyGlobal('SubtleCrypto', () => require('internal/crypto/webcrypto').SubtleCrypto);
defineLazyGlobal('structuredClone', () => require('internal/structured_clone').structuredClone, true);
defineLazyGlobal('WebSocket', () => require('internal/websocket').WebSocket);
defineLazyGlobal('CloseEvent', () => require('internal/websocket').CloseEvent);
// Web streams (stream/web) load with the first use of any of them.
for (const name of [
  'ReadableStream',
  'ReadableStreamDefaultReader',
  'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest',
  'ReadableByteStreamController',
  'ReadableStreamDefaultController',
  'TransformStream',
  'TransformStreamDefaultController',
  'WritableStream',
  'WritableStreamDefaultWriter',
  'WritableStreamDefaultController',
  'ByteLengthQueuingStrategy',
  'CountQueuingStrategy',
  'TextEncoderStream',
  'TextDecoderStream',
  'CompressionStream',
  'DecompressionStream',
]) {
  defineLazyGlobal(name, () => require('stream/web')[name]);
}
defineLazyGlobal('MessageChannel', () => require('internal/worker/io').MessageChannel);
defineLazyGlobal('MessagePort', () => require('internal/worker/io').MessagePort);
defineLazyGlobal('MessageEvent', () => require('internal/worker/io').MessageEvent);
defineLazyGlobal('BroadcastChannel', () => require('internal/worker/io').BroadcastChannel);
defineLazyGlobal('fetch', () => require('internal/fetch/fetch').fetch, true);
defineLazyGlobal('Request', () => require('internal/fetch/fetch').Request);
defineLazyGlobal('Response', () => require('internal/fetch/fetch').Response);
defineLazyGlobal('Headers', () => require('internal/fetch/headers').Headers);
defineLazyGlobal('FormData', () => require('internal/fetch/body').FormData);
defineLazyGlobal('URL', () => require('internal/url').URL);
defineLazyGlobal('URLSearchParams', () => require('internal/url').URLSearchParams);
defineLazyGlobal('TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazyGlobal('TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazyGlobal('Buffer', () => require('buffer').Buffer);
defineLazyGlobal('atob', () => require('buffer').atob, true);
defineLazyGlobal('btoa', () => require('buffer').btoa, true);
defineLazyGlobal('Blob', () => require('buffer').Blob);
defineLazyGlobal('File', () => require('buffer').File);
defineLazyGlobal('DOMException', () => require('internal/per_context/domexception').DOMException);


// ---- hooks for C ---------------------------------------------------------------------------

function emitBeforeExit() {
  if (process._exiting) return;
  const code = process.exitCode;
  process.emit('beforeExit', code === undefined ? 0 : +code || 0);
}

// Emits 'exit' and returns the exit code (Node's process.reallyExit path without exiting).
function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    const code = process.exitCode;
    process.emit('exit', code === undefined ? 0 : +code || 0);
  }
  const code = process.exitCode;
  return code === undefined ? 0 : (+code | 0);
}

function runMain() {
  try {
    require('internal/main/run_main').run(options);
  } catch (err) {
    lazyExecution().triggerUncaughtException(err, false);
  }
  taskQueues.processTicks();
}

module.exports = {
  runMain,
  runTicks: taskQueues.runTicks,
  makeCallback: taskQueues.makeCallback,
  processTimers: (now) => lazyTimers().processTimers(now),
  processImmediate: (first) => lazyTimers().processImmediate(first),
  triggerUncaught: (err, fromPromise) => lazyExecution().triggerUncaughtException(err, fromPromise),
  promiseRejectHandler: taskQueues.promiseRejectHandler,
  emitBeforeExit,
  emitExit,
  emitSignal: require('internal/process/signals').emitSignal,
};
