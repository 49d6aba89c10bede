'use strict';
// The async context frame behind AsyncLocalStorage: a Map from storage to store, captured
// when a callback is scheduled (nextTick, timers, immediates, queueMicrotask, promise
// reactions registered with then/catch/finally) and restored while it runs. Capturing only
// starts once an AsyncLocalStorage exists, so programs that never use one pay nothing.
// Engine limit: JSC resumes `await` without a hook, so code after an await in an async
// function sees the frame of whatever ran last rather than its own (documented in README).

const state = { active: false, frame: undefined, executionAsyncId: 1, triggerAsyncId: 0 };

function runInFrame(frame, fn, thisArg, args) {
  const prev = state.frame;
  state.frame = frame;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    state.frame = prev;
  }
}

function wrapReaction(frame, fn) {
  if (typeof fn !== 'function') return fn;
  return function reaction(value) {
    return runInFrame(frame, fn, this, [value]);
  };
}

function activate() {
  if (state.active) return;
  state.active = true;
  const then = Promise.prototype.then;
  Object.defineProperty(Promise.prototype, 'then', {
    __proto__: null,
    writable: true,
    configurable: true,
    value: {
      then(onFulfilled, onRejected) {
        const frame = state.frame;
        if (frame !== undefined) {
          onFulfilled = wrapReaction(frame, onFulfilled);
          onRejected = wrapReaction(frame, onRejected);
        }
        return Reflect.apply(then, this, [onFulfilled, onRejected]);
      },
    }.then,
  });
}

module.exports = { state, runInFrame, activate };
