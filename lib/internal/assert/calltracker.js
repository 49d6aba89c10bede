'use strict';
// assert.CallTracker (deprecated, DEP0173): wraps functions to count their calls and checks
// the counts in verify()/report().

const { AssertionError } = require('internal/assert/assertion_error');
const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');

const noop = Function.prototype;

// One tracked function: how often it must run and the calls it received.
class TrackedCalls {
  constructor(fn, expected) {
    this.fn = fn;
    this.expected = expected;
    this.calls = [];
    this.stackHolder = {};
    Error.captureStackTrace(this.stackHolder);
  }

  get name() {
    return this.fn.name || 'calls';
  }

  report() {
    if (this.calls.length === this.expected) return null;
    return {
      message: `Expected the ${this.name} function to be executed ${this.expected} time(s) ` +
        `but was executed ${this.calls.length} time(s).`,
      actual: this.calls.length,
      expected: this.expected,
      operator: this.name,
      stack: this.stackHolder,
    };
  }
}

let warned = false;

class CallTracker {
  #tracked = new WeakMap();
  #all = new Set();

  constructor() {
    if (!warned) {
      warned = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
  }

  #lookup(tracked) {
    const entry = this.#tracked.get(tracked);
    if (entry === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return entry;
  }

  calls(fn, expected = 1) {
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    const entry = new TrackedCalls(fn, expected);
    const proxy = new Proxy(fn, {
      apply(target, thisArg, args) {
        entry.calls.push({ thisArg, arguments: args });
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#tracked.set(proxy, entry);
    this.#all.add(entry);
    return proxy;
  }

  getCalls(tracked) {
    return this.#lookup(tracked).calls.slice();
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const entry of this.#all) entry.calls = [];
      return;
    }
    this.#lookup(tracked).calls = [];
  }

  report() {
    const out = [];
    for (const entry of this.#all) {
      const item = entry.report();
      if (item !== null) out.push(item);
    }
    return out;
  }

  verify() {
    const failures = this.report();
    if (failures.length === 0) return;
    const message = failures.length === 1 ? failures[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: failures });
  }
}

module.exports = { CallTracker };
