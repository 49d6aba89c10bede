'use strict';
// node:timers — setTimeout/setInterval/setImmediate and their clear functions.

// internal/timers loads on the first timer, not at startup (these are globals).
let internal;
const timers = () => (internal ??= require('internal/timers'));

function checkCallback(callback) {
  if (typeof callback !== 'function') {
    require('internal/validators').validateFunction(callback, 'callback');
  }
}

function setTimeout(callback, after) {
  checkCallback(callback);
  const { Timeout, insert } = timers();
  const args = arguments.length > 2 ? Array.prototype.slice.call(arguments, 2) : undefined;
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer != null || internal !== undefined) timers().clearTimeoutImpl(timer);
}

function setInterval(callback, repeat) {
  checkCallback(callback);
  const { Timeout, insert } = timers();
  const args = arguments.length > 2 ? Array.prototype.slice.call(arguments, 2) : undefined;
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearInterval(timer) {
  clearTimeout(timer);
}

function setImmediate(callback) {
  checkCallback(callback);
  const args = arguments.length > 1 ? Array.prototype.slice.call(arguments, 1) : undefined;
  return new (timers().Immediate)(callback, args);
}

function clearImmediate(immediate) {
  if (!immediate) return;
  if (typeof immediate !== 'object' && typeof immediate !== 'function') {
    // Node marks the argument destroyed without checking it; V8 throws this for primitives.
    throw new TypeError(`Cannot create property '_destroyed' on ${typeof immediate} ` +
                        `'${String(immediate)}'`);
  }
  timers().clearImmediateImpl(immediate);
}

// Legacy APIs kept for packages that still call them.
function enroll(item, msecs) {
  if (item._idleTimeout !== undefined && item._idleTimeout >= 0) timers().unenroll(item);
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
  _unrefActive(item) {
    timers().unrefActive(item);
  },
  active(item) {
    timers().active(item);
  },
  unenroll(item) {
    timers().unenroll(item);
  },
  enroll,
};

// util.promisify(setTimeout) and util.promisify(setImmediate) give the timers/promises versions.
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null,
    enumerable: true,
    get() {
      return require('timers/promises')[name];
    },
  });
}

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
