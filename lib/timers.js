'use strict';
// node:timers — setTimeout/setInterval/setImmediate and their clear functions.

const {
  Timeout, Immediate, insert, clearTimeoutImpl, clearImmediateImpl, active, unrefActive,
  unenroll,
} = require('internal/timers');

let validateFunction;
function checkCallback(callback) {
  if (typeof callback !== 'function') {
    validateFunction ??= require('internal/validators').validateFunction;
    validateFunction(callback, 'callback');
  }
}

function restArgs(argc, a1, a2, a3, rest) {
  switch (argc) {
    case 0: case 1: case 2: return undefined;
    case 3: return [a1];
    case 4: return [a1, a2];
    case 5: return [a1, a2, a3];
    default: return [a1, a2, a3, ...rest];
  }
}

function setTimeout(callback, after, arg1, arg2, arg3, ...rest) {
  checkCallback(callback);
  const timeout = new Timeout(callback, after, restArgs(arguments.length, arg1, arg2, arg3, rest),
                              false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  clearTimeoutImpl(timer);
}

function setInterval(callback, repeat, arg1, arg2, arg3, ...rest) {
  checkCallback(callback);
  const timeout = new Timeout(callback, repeat, restArgs(arguments.length, arg1, arg2, arg3, rest),
                              true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearInterval(timer) {
  clearTimeoutImpl(timer);
}

function setImmediate(callback, arg1, arg2, arg3, ...rest) {
  checkCallback(callback);
  const n = arguments.length;
  const args = n <= 1 ? undefined : n === 2 ? [arg1] : n === 3 ? [arg1, arg2] :
    n === 4 ? [arg1, arg2, arg3] : [arg1, arg2, arg3, ...rest];
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  clearImmediateImpl(immediate);
}

// Legacy APIs kept for packages that still call them.
function enroll(item, msecs) {
  if (item._idleTimeout !== undefined && item._idleTimeout >= 0) unenroll(item);
  item._idleTimeout = msecs;
  item._idleNext = item;
  item._idlePrev = item;
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: unrefActive,
  active,
  unenroll,
  enroll,
};

let promisesModule;
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    promisesModule ??= require('timers/promises');
    return promisesModule;
  },
});
