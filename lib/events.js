'use strict';
// node:events — EventEmitter and the static helpers (once, on, getEventListeners, ...).

// errors and validators load on first use: every program loads events at startup.
let errorsModule;
let validatorsModule;
const lazyErrors = () => (errorsModule ??= require('internal/errors'));
const lazyValidators = () => (validatorsModule ??= require('internal/validators'));

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kIsEventTarget = Symbol.for('nodejs.event_target');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kFirstEventParam = Symbol('nodejs.kFirstEventParam');

let defaultMaxListeners = 10;

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

let eventTargetModule;
function lazyEventTarget() {
  eventTargetModule ??= require('internal/event_target');
  return eventTargetModule;
}

function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget] === true;
}

// Listener arrays are mutated in place, except while an emit() is walking them: emit()
// pushes the array it walks on this stack, and a change to an array found here is made to a
// copy instead. So emit() never copies, and listeners added or removed during an emit take
// effect from the next emit, as in Node.
const emitting = [];

function writableList(events, type, list) {
  for (let i = emitting.length - 1; i >= 0; i--) {
    if (emitting[i] === list) {
      const copy = list.slice();
      if (list.warned) copy.warned = true;
      events[type] = copy;
      return copy;
    }
  }
  return list;
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

function checkListener(listener) {
  if (typeof listener !== 'function') lazyValidators().validateFunction(listener, 'listener');
}

function getMaxListenersOf(that) {
  return that._maxListeners === undefined ? defaultMaxListeners : that._maxListeners;
}

// Reports a rejected promise returned by a listener of an emitter with captureRejections.
function addCatch(that, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        // nextTick keeps an error thrown here from becoming another rejection.
        process.nextTick(emitRejection, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitRejection(that, err, type, args) {
  if (typeof that[kRejection] === 'function') {
    that[kRejection](err, type, ...args);
    return;
  }
  const prev = that[kCapture];
  try {
    // Without this, a rejecting 'error' listener would loop forever.
    that[kCapture] = false;
    that.emit('error', err);
  } finally {
    that[kCapture] = prev;
  }
}

function argsFrom(argumentsList) {
  const n = argumentsList.length - 1;
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = argumentsList[i + 1];
  return out;
}

function throwUnhandled(that, er) {
  if (er instanceof Error) throw er;
  let shown;
  try {
    shown = inspect(er);
  } catch {
    shown = er;
  }
  const err = new (lazyErrors().codes.ERR_UNHANDLED_ERROR)(shown);
  err.context = er;
  throw err;
}

function emit(type, a1, a2, a3) {
  const argc = arguments.length - 1;
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) {
      this.emit(kErrorMonitor, ...argsFrom(arguments));
    }
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) throwUnhandled(this, argc > 0 ? a1 : undefined);

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    let result;
    switch (argc) {
      case 0: result = handler.call(this); break;
      case 1: result = handler.call(this, a1); break;
      case 2: result = handler.call(this, a1, a2); break;
      case 3: result = handler.call(this, a1, a2, a3); break;
      default: result = Reflect.apply(handler, this, argsFrom(arguments));
    }
    if (result !== undefined && result !== null && this[kCapture]) {
      addCatch(this, result, type, argsFrom(arguments));
    }
    return true;
  }

  const len = handler.length;
  const args = argc > 3 ? argsFrom(arguments) : undefined;
  emitting.push(handler);
  try {
    for (let i = 0; i < len; i++) {
      const fn = handler[i];
      let result;
      switch (argc) {
        case 0: result = fn.call(this); break;
        case 1: result = fn.call(this, a1); break;
        case 2: result = fn.call(this, a1, a2); break;
        case 3: result = fn.call(this, a1, a2, a3); break;
        default: result = Reflect.apply(fn, this, args);
      }
      if (result !== undefined && result !== null && this[kCapture]) {
        addCatch(this, result, type, args ?? argsFrom(arguments));
      }
    }
  } finally {
    emitting.pop();
  }
  return true;
}

function warnMaxListeners(target, type, list, max) {
  const w = new Error('Possible EventEmitter memory leak detected. ' +
    `${list.length} ${String(type)} listeners added to ${inspect(target, { depth: -1 })}. ` +
    `MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
  w.name = 'MaxListenersExceededWarning';
  w.emitter = target;
  w.type = type;
  w.count = list.length;
  process.emitWarning(w);
}

function addListenerImpl(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      // A 'newListener' listener may have replaced _events.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else {
    existing = writableList(events, type, existing);
    if (prepend) existing.unshift(listener);
    else existing.push(listener);
  }
  const max = getMaxListenersOf(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    warnMaxListeners(target, type, existing, max);
  }
  return target;
}

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
    }
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
    }
    return this;
  }
  if (typeof list === 'function') return this;

  let position = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;
  const current = writableList(events, type, list);
  if (position === 0) current.shift();
  else current.splice(position, 1);
  if (current.length === 1) events[type] = current[0];
  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
}

function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Without 'removeListener' listeners nothing needs to be told: just drop the entries.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
      this[kShapeMode] = false;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last to first, so each removal finds its own entry.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
}

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = unwrap ? (list[i].listener || list[i]) : list[i];
  return out;
}

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (typeof list === 'function') {
    if (listener != null) return listener === list || listener === list.listener ? 1 : 0;
    return 1;
  }
  if (list !== undefined) {
    if (listener == null) return list.length;
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i] === listener || list[i].listener === listener) n++;
    }
    return n;
  }
  return 0;
}

const proto = EventEmitter.prototype;
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;

proto.setMaxListeners = function setMaxListeners(n) {
  lazyValidators().validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

proto.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

proto.emit = emit;

proto.addListener = function addListener(type, listener) {
  return addListenerImpl(this, type, listener, false);
};

proto.on = proto.addListener;

proto.prependListener = function prependListener(type, listener) {
  return addListenerImpl(this, type, listener, true);
};

proto.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

proto.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

proto.removeListener = removeListener;
proto.off = removeListener;
proto.removeAllListeners = removeAllListeners;

proto.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

proto.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

proto.listenerCount = listenerCount;

proto.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

Object.defineProperty(proto, kCapture, {
  __proto__: null, value: false, writable: true, enumerable: false,
});

// ---- static helpers ----

function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

function abortListenerOptions() {
  return { __proto__: null, once: true, [lazyEventTarget().kResistStopPropagation]: true };
}

async function once(emitter, name, options = {}) {
  lazyValidators().validateObject(options, 'options');
  const signal = options?.signal;
  lazyValidators().validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new (lazyErrors().AbortError)(undefined, { cause: signal?.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      resolve(args);
    };
    const opts = { __proto__: null, once: true, [lazyEventTarget().kResistStopPropagation]: true };
    eventTargetAgnosticAddListener(emitter, name, resolver, opts);
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', errorListener);
    }
    function abortListener() {
      eventTargetAgnosticRemoveListener(emitter, name, resolver);
      eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
      reject(new (lazyErrors().AbortError)(undefined, { cause: signal?.reason }));
    }
    if (signal != null) {
      eventTargetAgnosticAddListener(signal, 'abort', abortListener, abortListenerOptions());
    }
  });
}

// Small FIFO that avoids Array#shift's O(n) on long queues.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(item) {
    this.items.push(item);
  }

  shift() {
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head++;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

function iterResult(value, done) {
  return { value, done };
}

function on(emitter, event, options = {}) {
  lazyValidators().validateObject(options, 'options');
  const signal = options.signal;
  lazyValidators().validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new (lazyErrors().AbortError)(undefined, { cause: signal?.reason });
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  lazyValidators().validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  lazyValidators().validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = new Queue();
  const unconsumedPromises = new Queue();
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;
  let stopAbortListening = null;

  const iterator = Object.setPrototypeOf({
    next() {
      if (size > 0) {
        const value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(iterResult(value, false));
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },

    [Symbol.asyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() {
        return size;
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  const useFirstParam = options[kFirstEventParam];
  const listener = useFirstParam ? eventHandler : function(...args) {
    return eventHandler(args);
  };
  eventTargetAgnosticAddListener(emitter, event, listener);
  if (event !== 'error' && typeof emitter.on === 'function') {
    emitter.on('error', errorHandler);
  }
  const closeEvents = options.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) {
      eventTargetAgnosticAddListener(emitter, closeEvents[i], closeHandler);
    }
  }
  if (signal) stopAbortListening = listenForAbort(signal, abortListener);

  return iterator;

  function abortListener() {
    errorHandler(new (lazyErrors().AbortError)(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve(iterResult(value, false));
      return;
    }
    size++;
    if (!paused && size > highWatermark && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
    unconsumedEvents.push(value);
  }

  function errorHandler(err) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err;
    closeHandler();
  }

  function removeAll() {
    if (stopAbortListening !== null) {
      stopAbortListening();
      stopAbortListening = null;
    }
    eventTargetAgnosticRemoveListener(emitter, event, listener);
    eventTargetAgnosticRemoveListener(emitter, 'error', errorHandler);
    if (closeEvents?.length) {
      for (let i = 0; i < closeEvents.length; i++) {
        eventTargetAgnosticRemoveListener(emitter, closeEvents[i], closeHandler);
      }
    }
  }

  function closeHandler() {
    removeAll();
    finished = true;
    const done = iterResult(undefined, true);
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  }
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    return lazyEventTarget().getEventTargetListeners(emitterOrTarget, type);
  }
  throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return getMaxListenersOf(emitterOrTarget);
  }
  if (isEventTarget(emitterOrTarget)) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  lazyValidators().validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

function staticListenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
}

// Calls `listener` once `signal` aborts (on a microtask if it already has). Returns a
// function that cancels the registration; calling it more than once is harmless.
function listenForAbort(signal, listener) {
  if (signal.aborted) {
    const run = () => listener();
    if (typeof globalThis.queueMicrotask === 'function') globalThis.queueMicrotask(run);
    else Promise.resolve().then(run);
    return () => {};
  }
  signal.addEventListener('abort', listener, abortListenerOptions());
  let active = true;
  return () => {
    if (active) {
      active = false;
      signal.removeEventListener('abort', listener);
    }
  };
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  lazyValidators().validateAbortSignal(signal, 'signal');
  lazyValidators().validateFunction(listener, 'listener');
  const remove = listenForAbort(signal, listener);
  return { __proto__: null, [Symbol.dispose ?? Symbol.for('nodejs.dispose')]: remove };
}

let EventEmitterAsyncResourceClass;
function getEventEmitterAsyncResource() {
  if (EventEmitterAsyncResourceClass !== undefined) return EventEmitterAsyncResourceClass;
  const { AsyncResource } = require('async_hooks');
  const { validateString } = require('internal/validators');
  const kResource = Symbol('kEventEmitterAsyncResource');
  const kEmitter = Symbol('kEventEmitter');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(emitter, type, options) {
      super(type, options);
      this[kEmitter] = emitter;
    }

    get eventEmitter() {
      return this[kEmitter];
    }
  }

  EventEmitterAsyncResourceClass = class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          validateString(options?.name, 'options.name');
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      const resource = this[kResource];
      if (resource === undefined) throw new (lazyErrors().codes.ERR_INVALID_THIS)('EventEmitterAsyncResource');
      return resource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      this.asyncResource.emitDestroy();
    }

    get asyncId() {
      return this.asyncResource.asyncId();
    }

    get triggerAsyncId() {
      return this.asyncResource.triggerAsyncId();
    }

    get asyncResource() {
      const resource = this[kResource];
      if (resource === undefined) throw new (lazyErrors().codes.ERR_INVALID_THIS)('EventEmitterAsyncResource');
      return resource;
    }
  };
  return EventEmitterAsyncResourceClass;
}

function init(opts) {
  let shapeMode = true;
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    shapeMode = false;
  }
  this._maxListeners = this._maxListeners || undefined;
  this[kShapeMode] = shapeMode;
  if (opts?.captureRejections) {
    lazyValidators().validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // Read from the prototype so EventEmitter.captureRejections = true applies to new emitters.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

function defineStatic(name, value, enumerable = true) {
  Object.defineProperty(EventEmitter, name, {
    __proto__: null, value, writable: true, enumerable, configurable: true,
  });
}

function defineStaticAccessor(name, get, set) {
  Object.defineProperty(EventEmitter, name, {
    __proto__: null, get, set, enumerable: true, configurable: true,
  });
}

// Property order follows Node's, so Object.keys(require('events')) matches.
defineStatic('addAbortListener', addAbortListener);
defineStatic('once', once);
defineStatic('on', on);
defineStatic('getEventListeners', getEventListeners);
defineStatic('getMaxListeners', getMaxListeners);
defineStatic('EventEmitter', EventEmitter);
defineStatic('usingDomains', false);
defineStatic('captureRejectionSymbol', kRejection);
defineStaticAccessor('captureRejections', function() {
  return EventEmitter.prototype[kCapture];
}, function(value) {
  lazyValidators().validateBoolean(value, 'EventEmitter.captureRejections');
  EventEmitter.prototype[kCapture] = value;
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null, get: getEventEmitterAsyncResource, enumerable: true, configurable: true,
});
defineStatic('errorMonitor', kErrorMonitor);
defineStaticAccessor('defaultMaxListeners', function() {
  return defaultMaxListeners;
}, function(value) {
  lazyValidators().validateNumber(value, 'defaultMaxListeners', 0);
  defaultMaxListeners = value;
});
Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null, value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null, value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
});
defineStatic('setMaxListeners', setMaxListeners);
defineStatic('init', init);
defineStatic('listenerCount', staticListenerCount);

module.exports = EventEmitter;
