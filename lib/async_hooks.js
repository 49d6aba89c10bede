'use strict';
// node:async_hooks — AsyncLocalStorage and AsyncResource over the async context frame in
// internal/async_context, plus the async id API. createHook's callbacks are not called: the
// engine gives no resource lifecycle hooks (documented in README).

const { state, runInFrame, activate } = require('internal/async_context');
const { validateFunction, validateString, validateObject } = require('internal/validators');
const { codes } = require('internal/errors');

let asyncIdCounter = 1;

class AsyncLocalStorage {
  constructor() {
    this._enabled = false;
    activate();
  }

  static bind(fn) {
    validateFunction(fn, 'fn');
    const frame = state.frame;
    return function bound(...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  static snapshot() {
    const frame = state.frame;
    return function runInAsyncScope(fn, ...args) {
      return runInFrame(frame, fn, this, args);
    };
  }

  disable() {
    this._enabled = false;
    if (state.frame !== undefined && state.frame.has(this)) {
      const next = new Map(state.frame);
      next.delete(this);
      state.frame = next.size === 0 ? undefined : next;
    }
  }

  _enable() {
    this._enabled = true;
  }

  _propagate() {
    return true;
  }

  enterWith(store) {
    this._enabled = true;
    const next = new Map(state.frame);
    next.set(this, store);
    state.frame = next;
  }

  run(store, callback, ...args) {
    this._enabled = true;
    const next = new Map(state.frame);
    next.set(this, store);
    return runInFrame(next, callback, undefined, args);
  }

  exit(callback, ...args) {
    if (state.frame === undefined || !state.frame.has(this)) {
      return Reflect.apply(callback, undefined, args);
    }
    const next = new Map(state.frame);
    next.delete(this);
    return runInFrame(next.size === 0 ? undefined : next, callback, undefined, args);
  }

  getStore() {
    const frame = state.frame;
    return frame !== undefined ? frame.get(this) : undefined;
  }
}

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? 1 : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new codes.ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this._asyncId = ++asyncIdCounter;
    this._triggerAsyncId = triggerAsyncId;
    this._frame = state.frame;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const prevId = state.executionAsyncId;
    const prevTrigger = state.triggerAsyncId;
    state.executionAsyncId = this._asyncId;
    state.triggerAsyncId = this._triggerAsyncId;
    try {
      return runInFrame(this._frame, fn, thisArg, args);
    } finally {
      state.executionAsyncId = prevId;
      state.triggerAsyncId = prevTrigger;
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this._asyncId;
  }

  triggerAsyncId() {
    return this._triggerAsyncId;
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    const bound = thisArg === undefined ?
      function(...args) { return resource.runInAsyncScope(fn, this, ...args); } :
      (...args) => resource.runInAsyncScope(fn, thisArg, ...args);
    Object.defineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: { __proto__: null, configurable: true, enumerable: true, value: this, writable: true },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

class AsyncHook {
  constructor(callbacks) {
    for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
      if (callbacks[name] !== undefined && typeof callbacks[name] !== 'function') {
        throw new codes.ERR_ASYNC_CALLBACK(`hook.${name}`);
      }
    }
    this._callbacks = callbacks;
  }

  enable() {
    return this;
  }

  disable() {
    return this;
  }
}

function createHook(callbacks) {
  validateObject(callbacks, 'callbacks');
  return new AsyncHook(callbacks);
}

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId() {
    return state.executionAsyncId;
  },
  triggerAsyncId() {
    return state.triggerAsyncId;
  },
  executionAsyncResource() {
    return {};
  },
  asyncWrapProviders: Object.freeze({ __proto__: null, NONE: 0, TIMERWRAP: 1, TCPWRAP: 2 }),
  AsyncResource,
};
