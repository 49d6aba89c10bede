'use strict';
// node:test mocks: MockTracker (mock.fn, mock.method, mock.getter/setter, reset, restoreAll) and
// the per-function MockFunctionContext that records calls.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateFunction, validateObject, validateInteger, validateBoolean } = require('internal/validators');

const kMaxSafe = Number.MAX_SAFE_INTEGER;
const kNextImpl = Symbol('kNextImpl');
const kRecord = Symbol('kRecord');

class MockFunctionContext {
  #calls = [];
  #implementation;
  #original;
  #restore;
  #onceImpls = new Map();
  #times;

  constructor(implementation, restore, times) {
    this.#implementation = implementation;
    this.#original = implementation;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const call = onCall ?? this.#calls.length;
    validateInteger(call, 'onCall', this.#calls.length);
    this.#onceImpls.set(call, implementation);
  }

  restore() {
    const restore = this.#restore;
    if (restore !== undefined) {
      restore();
      this.#restore = undefined;
    }
    this.#implementation = this.#original;
  }

  resetCalls() {
    this.#calls = [];
  }

  // The implementation for the next call; the `times` limit reverts to the original.
  [kNextImpl](fallback) {
    const index = this.#calls.length;
    const once = this.#onceImpls.get(index);
    if (once !== undefined) {
      this.#onceImpls.delete(index);
      return once;
    }
    if (this.#times !== undefined && index >= this.#times) return fallback;
    return this.#implementation;
  }

  [kRecord](call) {
    this.#calls.push(call);
    // A mocked method used up by `times` puts the original back.
    if (this.#times !== undefined && this.#calls.length >= this.#times && this.#restore !== undefined) {
      this.restore();
    }
  }
}


function makeMock(original, implementation, times, restore) {
  const ctx = new MockFunctionContext(implementation, restore, times);
  const invoke = (thisArg, args, newTarget) => {
    const impl = ctx[kNextImpl](original);
    const call = { __proto__: null, arguments: args, error: undefined, result: undefined,
      stack: new Error(), target: newTarget, this: thisArg };
    let result;
    try {
      if (newTarget !== undefined) {
        result = Reflect.construct(impl, args, newTarget);
        call.this = result;
      } else {
        result = Reflect.apply(impl, thisArg, args);
      }
    } catch (err) {
      call.error = err;
      ctx[kRecord](toPlain(call));
      throw err;
    }
    call.result = result;
    ctx[kRecord](toPlain(call));
    return result;
  };
  const mock = new Proxy(original, {
    __proto__: null,
    apply(target, thisArg, args) {
      return invoke(thisArg, args, undefined);
    },
    construct(target, args, newTarget) {
      return invoke(undefined, args, newTarget === mock ? target : newTarget);
    },
    get(target, key, receiver) {
      if (key === 'mock') return ctx;
      return Reflect.get(target, key, receiver);
    },
  });
  return mock;
}

function toPlain(call) {
  return {
    arguments: call.arguments,
    error: call.error,
    result: call.result,
    stack: call.stack,
    target: call.target,
    this: call.this,
  };
}

function readTimes(options) {
  const { times } = options;
  if (times === undefined) return undefined;
  validateInteger(times, 'options.times', 1);
  return times;
}

function findDescriptor(object, name) {
  for (let o = object; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, name);
    if (desc !== undefined) return desc;
  }
  return undefined;
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    if (this.#timers === undefined) {
      const { MockTimers } = require('internal/test_runner/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  fn(original = function () {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function () {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const times = readTimes(options);
    const mock = makeMock(original, implementation, times, undefined);
    this.#mocks.push(mock.mock);
    return mock;
  }

  method(object, methodName, implementation = kDefault, options = {}) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw new ERR_INVALID_ARG_TYPE('object', 'object', object);
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefault;
    }
    validateObject(options, 'options');
    const { getter = false, setter = false } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    if (getter && setter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }
    const times = readTimes(options);
    const descriptor = findDescriptor(object, methodName);
    const accessor = getter ? 'get' : setter ? 'set' : 'value';
    const original = descriptor === undefined ? undefined : descriptor[accessor];
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    if (implementation === kDefault) implementation = original;
    validateFunction(implementation, 'implementation');
    const restore = () => {
      Object.defineProperty(object, methodName, descriptor);
    };
    const mock = makeMock(original, implementation, times, restore);
    const newDescriptor = { __proto__: null, configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (getter || setter) {
      newDescriptor.get = descriptor.get;
      newDescriptor.set = descriptor.set;
      newDescriptor[accessor] = mock;
    } else {
      newDescriptor.value = mock;
      newDescriptor.writable = descriptor.writable;
    }
    Object.defineProperty(object, methodName, newDescriptor);
    this.#mocks.push(mock.mock);
    return mock;
  }

  getter(object, methodName, implementation = kDefault, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefault;
    } else {
      validateObject(options, 'options');
    }
    if (options.getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation = kDefault, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefault;
    } else {
      validateObject(options, 'options');
    }
    if (options.setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  reset() {
    this.restoreAll();
    if (this.#timers !== undefined) this.#timers.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }
}

const kDefault = Symbol('kDefault');

module.exports = { MockTracker, MockFunctionContext, kMaxSafe };
