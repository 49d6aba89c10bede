'use strict';
// process.nextTick, queueMicrotask and unhandled-rejection reporting. C runs runTicks() after
// every callback while tickInfo says ticks or rejections are pending (src/runtime/callback.c);
// promise jobs run whenever control returns to C, i.e. after the tick queue is empty.

const { tickInfo } = internalBinding('task_queue');
const asyncContext = require('internal/async_context');

const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A growable FIFO: an array with a moving head, compacted when half of it is consumed.
let queue = [];
let head = 0;

function hasTickScheduled() {
  return head < queue.length;
}

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    require('internal/validators').validateFunction(callback, 'callback');
  }
  if (process._exiting) return;
  queue.push({ callback, args: args.length === 0 ? undefined : args,
    frame: asyncContext.state.active ? asyncContext.state.frame : undefined });
  tickInfo[kHasTickScheduled] = 1;
}

// Runs every queued tick, including ticks queued meanwhile. Called inside JS after a
// callback (promise jobs must wait for it) and by C's checkpoint.
function processTicks() {
  while (head < queue.length) {
    const tock = queue[head];
    queue[head++] = undefined;
    if (head > 1024 && head * 2 > queue.length) {
      queue = queue.slice(head);
      head = 0;
    }
    tickInfo[kHasTickScheduled] = head < queue.length ? 1 : 0;
    const { callback, args, frame } = tock;
    try {
      if (frame !== undefined) asyncContext.runInFrame(frame, callback, undefined, args ?? []);
      else if (args === undefined) callback();
      else {
        switch (args.length) {
          case 1: callback(args[0]); break;
          case 2: callback(args[0], args[1]); break;
          case 3: callback(args[0], args[1], args[2]); break;
          default: callback(...args);
        }
      }
    } catch (err) {
      // Reported before any promise job runs, as in Node; returns if a listener handled it.
      triggerUncaught(err);
    }
  }
  queue.length = 0;
  head = 0;
  tickInfo[kHasTickScheduled] = 0;
}

// The C checkpoint's entry: ticks first; rejections only once ticks and promise jobs are done
// (a later job may still handle a rejected promise).
function runTicks() {
  if (hasTickScheduled()) {
    processTicks();
    return;
  }
  if (tickInfo[kHasRejectionToWarn] === 1) processPromiseRejections();
}

function triggerUncaught(err) {
  require('internal/process/execution').triggerUncaughtException(err, false);
}

// makeCallback(fn, thisArg, ...args): how C calls user callbacks (see callback.c).
function makeCallback(fn, thisArg, ...args) {
  let result;
  try {
    result = Reflect.apply(fn, thisArg, args);
  } catch (err) {
    triggerUncaught(err);
  }
  if (hasTickScheduled()) processTicks();
  return result;
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    require('internal/validators').validateFunction(callback, 'callback');
  }
  const frame = asyncContext.state.frame;
  Promise.resolve().then(() => {
    try {
      if (frame !== undefined) asyncContext.runInFrame(frame, callback, undefined, []);
      else callback();
    } catch (err) {
      triggerUncaught(err);
    }
  });
}

// ---- unhandled rejections ------------------------------------------------------------------

const pendingRejections = [];
const handledLater = [];
// Promises reported as unhandled, so that a handler attached later emits 'rejectionHandled'.
const reported = new WeakSet();
let lastRejectionId = 0;
let thenPatched = false;

// The engine does not tell when a handler is attached to an already-reported promise, so the
// first report wraps Promise.prototype.then (which catch and finally call) to notice it.
function watchLateHandlers() {
  if (thenPatched) return;
  thenPatched = true;
  const then = Promise.prototype.then;
  Object.defineProperty(Promise.prototype, 'then', {
    __proto__: null,
    writable: true,
    configurable: true,
    value: {
      then(onFulfilled, onRejected) {
        if (reported.has(this)) {
          reported.delete(this);
          handledLater.push(this);
          tickInfo[kHasRejectionToWarn] = 1;
        }
        return Reflect.apply(then, this, [onFulfilled, onRejected]);
      },
    }.then,
  });
}

// Called by the engine once promise jobs are drained, for each rejected promise that has no
// handler at that point.
function promiseRejectHandler(promise, reason) {
  pendingRejections.push({ promise, reason, id: ++lastRejectionId });
  tickInfo[kHasRejectionToWarn] = 1;
}

// How V8 names a value without running user code, as Node's message quotes it.
function sideEffectFreeString(value) {
  switch (typeof value) {
    case 'string': return value;
    case 'symbol': return Symbol.prototype.toString.call(value);
    case 'function': return Function.prototype.toString.call(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) return '[object Array]';
      for (let proto = Object.getPrototypeOf(value); proto !== null;
        proto = Object.getPrototypeOf(proto)) {
        const desc = Object.getOwnPropertyDescriptor(proto, 'constructor');
        if (desc !== undefined && typeof desc.value === 'function' && desc.value.name) {
          return `#<${desc.value.name}>`;
        }
      }
      return '[object Object]';
    }
    default: return String(value);
  }
}

function unhandledRejectionError(reason) {
  const text = sideEffectFreeString(reason);
  const err = new Error('This error originated either by throwing inside of an async ' +
    'function without a catch block, or by rejecting a promise which was not handled with ' +
    `.catch(). The promise rejected with the reason "${text}".`);
  err.code = 'ERR_UNHANDLED_REJECTION';
  Object.defineProperty(err, 'name', {
    __proto__: null, value: 'UnhandledPromiseRejection', configurable: true, writable: true,
  });
  return err;
}

function rejectionWarning(reason, id) {
  const { emitWarning } = require('internal/process/warning');
  let text;
  if (reason instanceof Error && typeof reason.stack === 'string') text = reason.stack;
  else {
    try {
      text = require('internal/util/inspect').inspect(reason);
    } catch {
      text = String(reason);
    }
  }
  const warning = new Error(text);
  warning.name = 'UnhandledPromiseRejectionWarning';
  warning.stack = undefined;
  emitWarning(warning);
  emitWarning('Unhandled promise rejection. This error originated either by throwing inside ' +
    'of an async function without a catch block, or by rejecting a promise which was not ' +
    'handled with .catch(). To terminate the node process on unhandled promise rejection, ' +
    'use the CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${id})`, 'UnhandledPromiseRejectionWarning');
}

let rejectionMode;
function getRejectionMode() {
  rejectionMode ??= internalBinding('options').unhandledRejections ?? 'throw';
  return rejectionMode;
}

function processPromiseRejections() {
  tickInfo[kHasRejectionToWarn] = 0;
  while (handledLater.length > 0) process.emit('rejectionHandled', handledLater.shift());
  const { triggerUncaughtException } = require('internal/process/execution');
  while (pendingRejections.length > 0) {
    const { promise, reason, id } = pendingRejections.shift();
    const mode = getRejectionMode();
    reported.add(promise);
    watchLateHandlers();
    const asError = () => (reason instanceof Error ? reason : unhandledRejectionError(reason));
    switch (mode) {
      case 'strict': {
        triggerUncaughtException(asError(), true);
        process.emit('unhandledRejection', reason, promise);
        break;
      }
      case 'none':
        process.emit('unhandledRejection', reason, promise);
        break;
      case 'warn':
        process.emit('unhandledRejection', reason, promise);
        rejectionWarning(reason, id);
        break;
      case 'warn-with-error-code':
        if (!process.emit('unhandledRejection', reason, promise)) {
          rejectionWarning(reason, id);
          process.exitCode = 1;
        }
        break;
      default: // throw
        if (!process.emit('unhandledRejection', reason, promise)) {
          triggerUncaughtException(asError(), true);
        }
    }
  }
}

module.exports = {
  nextTick,
  processTicks,
  runTicks,
  makeCallback,
  queueMicrotask,
  promiseRejectHandler,
  hasTickScheduled,
};
