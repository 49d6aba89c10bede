'use strict';
// process.nextTick, queueMicrotask and unhandled-rejection reporting. C runs runTicks() after
// every callback while tickInfo says ticks or rejections are pending (src/runtime/callback.c);
// promise jobs run whenever control returns to C, i.e. after the tick queue is empty.

const { tickInfo } = internalBinding('task_queue');

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
  queue.push({ callback, args: args.length === 0 ? undefined : args });
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
    const { callback, args } = tock;
    if (args === undefined) callback();
    else {
      switch (args.length) {
        case 1: callback(args[0]); break;
        case 2: callback(args[0], args[1]); break;
        case 3: callback(args[0], args[1], args[2]); break;
        default: callback(...args);
      }
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

// makeCallback(fn, thisArg, ...args): how C calls user callbacks (see callback.c).
function makeCallback(fn, thisArg, ...args) {
  const result = Reflect.apply(fn, thisArg, args);
  if (hasTickScheduled()) processTicks();
  return result;
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    require('internal/validators').validateFunction(callback, 'callback');
  }
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      require('internal/process/execution').triggerUncaughtException(err, false);
    }
  });
}

// ---- unhandled rejections ------------------------------------------------------------------

const pendingRejections = [];
let lastRejectionId = 0;

// Called by the engine once promise jobs are drained, for each rejected promise that has no
// handler at that point.
function promiseRejectHandler(promise, reason) {
  pendingRejections.push({ promise, reason, id: ++lastRejectionId });
  tickInfo[kHasRejectionToWarn] = 1;
}

function unhandledRejectionError(reason) {
  let text;
  try {
    text = require('internal/util/inspect').inspect(reason);
  } catch {
    text = String(reason);
  }
  const err = new Error('This error originated either by throwing inside of an async ' +
    'function without a catch block, or by rejecting a promise which was not handled with ' +
    `.catch(). The promise rejected with the reason "${text}".`);
  err.code = 'ERR_UNHANDLED_REJECTION';
  Object.defineProperty(err, 'name', {
    __proto__: null, value: 'UnhandledPromiseRejection', configurable: true, writable: true,
  });
  err.stack = `UnhandledPromiseRejection: ${err.message}`;
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
  const { triggerUncaughtException } = require('internal/process/execution');
  while (pendingRejections.length > 0) {
    const { promise, reason, id } = pendingRejections.shift();
    const mode = getRejectionMode();
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
