'use strict';
// node:domain (deprecated API, still used by old packages): routes errors thrown inside
// domain.run(), bound/intercepted callbacks, callbacks scheduled from inside a domain with
// process.nextTick / setTimeout / setInterval / setImmediate, and 'error' events of member
// emitters, to the domain's 'error' listeners.
//
// How: a domain on the stack installs the uncaught-exception capture callback (as Node does), so
// an exception that escapes code running inside it reaches the innermost domain with 'error'
// listeners. Callbacks scheduled inside a domain are wrapped to enter it when they run (this
// module wraps the scheduling functions once loaded); the domain also rides the async context
// frame (lib/internal/async_context.js) so process.domain is right in promise reactions.
// Limits: errors from promise reactions are not routed (Node neither); emitters created inside
// a domain are not implicitly added to it (add them with domain.add()).

const EventEmitter = require('events');
const {
  codes: {
    ERR_DOMAIN_CALLBACK_NOT_AVAILABLE,
    ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE,
  },
} = require('internal/errors');
const asyncContext = require('internal/async_context');
const execution = require('internal/process/execution');

if (execution.hasUncaughtExceptionCaptureCallback()) {
  throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();
}

const kDomain = Symbol('domain');
const stack = [];
const frames = []; // the async context frame in effect before each stack entry
let everEntered = false;

function current() {
  if (stack.length > 0) return stack[stack.length - 1];
  const frame = asyncContext.state.frame;
  const fromFrame = frame !== undefined ? frame.get(kDomain) : undefined;
  if (fromFrame !== undefined) return fromFrame;
  return everEntered ? undefined : null;
}

// The capture callback is installed only while a domain that listens for 'error' is on the stack.
let capturing = false;
function updateExceptionCapture() {
  const want = stack.some((d) => d.listenerCount('error') > 0);
  if (want === capturing) return;
  capturing = want;
  execution.setUncaughtExceptionCaptureCallback(null);
  if (want) execution.setUncaughtExceptionCaptureCallback(onUncaught);
}

function onUncaught(err) {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i].listenerCount('error') > 0) return stack[i]._errorHandler(err);
  }
  return false;
}

function clearStack() {
  if (frames.length > 0) asyncContext.state.frame = frames[0];
  stack.length = 0;
  frames.length = 0;
  updateExceptionCapture();
}

function setDomainProperty(err, domain) {
  Object.defineProperty(err, 'domain', {
    value: domain, writable: true, enumerable: false, configurable: true,
  });
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
  }

  enter() {
    everEntered = true;
    frames.push(asyncContext.state.frame);
    stack.push(this);
    asyncContext.activate();
    const next = new Map(asyncContext.state.frame);
    next.set(kDomain, this);
    asyncContext.state.frame = next;
    updateExceptionCapture();
  }

  exit() {
    const index = stack.lastIndexOf(this);
    if (index === -1) return;
    asyncContext.state.frame = frames[index];
    stack.splice(index);
    frames.splice(index);
    updateExceptionCapture();
  }

  run(fn, ...args) {
    this.enter();
    const result = Reflect.apply(fn, this, args);
    this.exit();
    return result;
  }

  add(ee) {
    if (ee.domain === this) return;
    if (ee.domain) ee.domain.remove(ee);
    if (ee instanceof Domain) {
      for (let d = this; d; d = d.domain) {
        if (d === ee) return;
      }
    }
    Object.defineProperty(ee, 'domain', {
      value: this, writable: true, enumerable: true, configurable: true,
    });
    this.members.push(ee);
  }

  remove(ee) {
    ee.domain = null;
    const index = this.members.indexOf(ee);
    if (index !== -1) this.members.splice(index, 1);
  }

  bind(cb) {
    const self = this;
    function runBound(...args) {
      self.enter();
      const result = Reflect.apply(cb, this, args);
      self.exit();
      return result;
    }
    Object.defineProperty(runBound, 'domain', {
      value: this, writable: true, enumerable: true, configurable: true,
    });
    return runBound;
  }

  intercept(cb) {
    const self = this;
    function runIntercepted(err, ...args) {
      if (err) {
        if (typeof err === 'object') {
          err.domainBound = cb;
          err.domainThrown = false;
          setDomainProperty(err, self);
        }
        self.emit('error', err);
        return;
      }
      self.enter();
      const result = Reflect.apply(cb, this, args);
      self.exit();
      return result;
    }
    return runIntercepted;
  }

  // Called with an exception that escaped code running inside this domain.
  _errorHandler(err) {
    if (typeof err === 'object' && err !== null) {
      setDomainProperty(err, this);
      err.domainThrown = true;
    }
    clearStack();
    // The handler runs outside any domain.
    const frame = asyncContext.state.frame;
    if (frame !== undefined && frame.has(kDomain)) {
      const next = new Map(frame);
      next.delete(kDomain);
      asyncContext.state.frame = next.size === 0 ? undefined : next;
    }
    let caught = false;
    if (this.listenerCount('error') > 0) {
      caught = this.emit('error', err);
    } else {
      // No listener: what Node does with any uncaught exception.
      execution.triggerUncaughtException(err, false);
      caught = true;
    }
    return caught;
  }
}

Domain.prototype.members = undefined;

// ---- scheduling functions: callbacks remember the domain they were scheduled in ----

function wrapCallback(cb) {
  const d = stack.length > 0 ? stack[stack.length - 1] : undefined;
  if (d === undefined || typeof cb !== 'function') return cb;
  return function domainCallback(...args) {
    d.enter();
    const result = Reflect.apply(cb, this, args);
    d.exit();
    return result;
  };
}

function wrapScheduler(owner, name) {
  const original = owner[name];
  if (typeof original !== 'function' || original.__domainWrapped) return;
  const wrapped = {
    [name](callback, ...rest) {
      return Reflect.apply(original, this, [wrapCallback(callback), ...rest]);
    },
  }[name];
  Object.defineProperty(wrapped, '__domainWrapped', { value: true });
  Object.defineProperty(wrapped, 'length', { value: original.length });
  for (const key of Reflect.ownKeys(original)) {
    if (key === 'length' || key === 'name' || key === 'prototype') continue;
    const desc = Object.getOwnPropertyDescriptor(original, key);
    try {
      Object.defineProperty(wrapped, key, desc);
    } catch {
      // non-configurable: leave it
    }
  }
  owner[name] = wrapped;
}

wrapScheduler(process, 'nextTick');
{
  const timers = require('timers');
  for (const name of ['setTimeout', 'setInterval', 'setImmediate']) {
    const original = globalThis[name];
    wrapScheduler(globalThis, name);
    if (timers[name] === original) timers[name] = globalThis[name];
  }
}

// ---- member emitters: unhandled 'error' goes to the domain ----

const originalEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(type, ...args) {
  const d = this.domain;
  if (d === null || d === undefined || !(d instanceof Domain) || this instanceof Domain) {
    return Reflect.apply(originalEmit, this, [type, ...args]);
  }
  if (type === 'error' && this.listenerCount('error') === 0) {
    const err = args[0];
    if (typeof err === 'object' && err !== null) {
      err.domainEmitter = this;
      setDomainProperty(err, d);
      err.domainThrown = false;
    }
    d.emit('error', err);
    return false;
  }
  d.enter();
  const result = Reflect.apply(originalEmit, this, [type, ...args]);
  d.exit();
  return result;
};

// ---- process.domain and the ban on a user capture callback ----

Object.defineProperty(process, 'domain', {
  get: current,
  set(value) {
    // Accepted for compatibility; the active domain is derived from the domain stack.
  },
  enumerable: true,
  configurable: true,
});

process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  throw new ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
};

function create() {
  return new Domain();
}

module.exports = {
  _stack: stack,
  Domain,
  createDomain: create,
  create,
};
Object.defineProperty(module.exports, 'active', {
  get: current,
  enumerable: true,
  configurable: true,
});
