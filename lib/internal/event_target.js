'use strict';
// Event, CustomEvent, EventTarget and NodeEventTarget as in Node 22 (WHATWG DOM events, no tree).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
    ERR_EVENT_RECURSION,
  },
} = require('internal/errors');
const { validateAbortSignal, validateString } = require('internal/validators');
const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kInPassiveListener = Symbol('kInPassiveListener');
const kStop = Symbol('kStop');
const kTrustEvent = Symbol('kTrustEvent');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function lazyInspect() {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn;
}

// Node-style custom inspection: `Name { ...fields }`, or just the name when out of depth.
function inspectWith(self, name, fields, depth, options, inspect) {
  if (depth < 0) return name;
  const opts = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
  return `${name} ${(inspect ?? lazyInspect())(fields, opts)}`;
}

// WebIDL DOMString conversion used for event types given to EventTarget methods.
function toDOMString(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return `${value}`;
}

function nowMs() {
  const perf = globalThis.performance;
  return perf !== undefined && typeof perf.now === 'function' ? perf.now() : Date.now();
}

let isEventBrand;
function isEvent(value) {
  return value !== null && typeof value === 'object' && isEventBrand(value);
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = 0;
  #propagationStopped = false;
  #trusted = false;

  static {
    isEventBrand = (value) => #cancelable in value;
  }

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== null && options !== undefined && typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this.#cancelable = !!options?.cancelable;
    this.#bubbles = !!options?.bubbles;
    this.#composed = !!options?.composed;
    this.#timestamp = nowMs();
    if (options?.[kTrustEvent]) this.#trusted = true;
    this[kType] = `${type}`;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
    this[kInPassiveListener] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options, inspect) {
    if (!isEvent(this)) return this;
    return inspectWith(this, this.constructor.name, {
      type: this[kType],
      defaultPrevented: this.#cancelable && this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, depth, options, inspect);
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
    this[kStop] = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (this[kInPassiveListener]) return;
    this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timestamp;
  }

  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !(this.#cancelable && this.#defaultPrevented);
  }

  set returnValue(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (!value) this.preventDefault();
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.stopPropagation();
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }

  get isTrusted() {
    return isEvent(this) && this.#trusted;
  }
}

function makeEnumerable(proto, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    desc.enumerable = true;
    Object.defineProperty(proto, name, desc);
  }
}

function defineToStringTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, {
    __proto__: null, value: tag, writable: false, enumerable: false, configurable: true,
  });
}

makeEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation',
]);
Object.defineProperty(Event.prototype, 'isTrusted', {
  ...Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted'),
  enumerable: true,
  configurable: false,
});
defineToStringTag(Event.prototype, 'Event');
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, {
    __proto__: null, value, writable: false, enumerable: true, configurable: false,
  });
}

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(this instanceof CustomEvent) || !(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}
makeEnumerable(CustomEvent.prototype, ['detail']);
defineToStringTag(CustomEvent.prototype, 'CustomEvent');

// One registered listener: a node of the per-type doubly linked list. Dispatch walks the
// list; a node removed mid-dispatch is flagged so the walk skips it but can still step past.
class Listener {
  constructor(root, previous, listener, once, capture, passive, isNodeStyleListener, weak, resist) {
    this.root = root;
    this.next = undefined;
    this.previous = previous;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.resistStopPropagation = resist;
    this.removed = false;
    this.isFunction = typeof listener === 'function';
    if (weak) {
      // Held weakly: the owner (`weak`) keeps it alive, so a long-lived target such as an
      // AbortSignal does not pin whatever the listener closes over.
      this.weakRef = new WeakRef(listener);
      let owned = weakOwners.get(weak);
      if (owned === undefined) {
        owned = [];
        weakOwners.set(weak, owned);
      }
      owned.push(listener);
      this.strong = undefined;
    } else {
      this.weakRef = undefined;
      this.strong = listener;
    }
    if (previous !== undefined) previous.next = this;
  }

  get listener() {
    return this.weakRef !== undefined ? this.weakRef.deref() : this.strong;
  }

  same(listener, capture) {
    return this.listener === listener && this.capture === capture;
  }

  unlink() {
    this.removed = true;
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
  }
}

const weakOwners = new WeakMap();

function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget] === true;
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true; // handleEvent may be defined later
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateEventListenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null || options === undefined) return {};
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

function reportUncaught(err) {
  process.nextTick(() => {
    throw err;
  });
}

// A listener returning a thenable that rejects is reported like a synchronous throw.
function catchReturned(result) {
  const then = result.then;
  if (typeof then === 'function') {
    then.call(result, undefined, reportUncaught);
  }
}

async function callHandleEvent(listener, arg) {
  if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, [arg]);
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${lazyInspect()(this, { depth: -1 })}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const {
      once = false, capture = false, passive = false, signal, weak,
      resistStopPropagation = false, isNodeStyleListener = false,
    } = validateEventListenerOptions(options);
    validateAbortSignal(signal, 'options.signal');
    if (!validateEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = toDOMString(type);

    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    const events = this[kEvents];
    let root = events.get(type);
    if (root === undefined) {
      root = { size: 0, next: undefined, resistStopPropagation: false };
      events.set(type, root);
    }
    let last;
    for (let node = root.next; node !== undefined; node = node.next) {
      if (node.same(listener, capture)) return;
      last = node;
    }
    const node = new Listener(root, last, listener, once, capture, passive,
                              isNodeStyleListener, weak, resistStopPropagation);
    if (last === undefined) root.next = node;
    if (resistStopPropagation) root.resistStopPropagation = true;
    root.size++;
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = toDOMString(type);
    // Node 22 reads only an options object here: a bare `true` does not select capture.
    const capture = options?.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined) return;
    for (let node = root.next; node !== undefined; node = node.next) {
      if (node.same(listener, capture)) {
        removeNode(this, type, root, node);
        return;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Runs the listeners of `type`. DOM listeners get `event` (created on demand from
  // `nodeValue` when the dispatch came from NodeEventTarget#emit); Node-style ones get
  // `nodeValue`.
  [kHybridDispatch](nodeValue, type, event) {
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }
    const root = this[kEvents].get(type);
    if (root !== undefined && root.next !== undefined) {
      let next;
      for (let node = root.next; node !== undefined; node = next) {
        next = node.next;
        if (node.removed) continue;
        if (event !== undefined && event[kStop] === true && !node.resistStopPropagation) {
          if (!root.resistStopPropagation) break;
          continue;
        }
        const listener = node.listener;
        if (node.once || listener === undefined) {
          removeNode(this, type, root, node);
          if (listener === undefined) continue;
        }
        let arg;
        if (node.isNodeStyleListener) {
          arg = nodeValue;
        } else {
          if (event === undefined) {
            event = this[kCreateEvent](nodeValue, type);
            event[kTarget] = this;
            event[kIsBeingDispatched] = true;
          }
          arg = event;
        }
        try {
          let result;
          if (node.passive && event !== undefined) event[kInPassiveListener] = true;
          if (node.isFunction) {
            result = listener.call(this, arg);
          } else {
            // As in Node, a listener object runs in an async wrapper: what handleEvent throws
            // surfaces as a rejection, reported a few ticks later.
            result = callHandleEvent(listener, arg);
          }
          // Node ends the "being dispatched" state after the first DOM listener returns:
          // later listeners see eventPhase 0 and a null currentTarget, and may redispatch.
          if (!node.isNodeStyleListener) arg[kIsBeingDispatched] = false;
          if (result !== undefined && result !== null) catchReturned(result);
        } catch (err) {
          reportUncaught(err);
        } finally {
          if (node.passive && event !== undefined) event[kInPassiveListener] = false;
        }
      }
    }
    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspectSymbol](depth, options, inspect) {
    if (!isEventTarget(this)) return this;
    return inspectWith(this, this.constructor.name, {}, depth, options, inspect);
  }
}

function removeNode(target, type, root, node) {
  if (node.removed) return;
  const listener = node.listener;
  if (root.next === node) root.next = node.next;
  node.unlink();
  root.size--;
  if (root.size === 0) target[kEvents].delete(type);
  target[kRemoveListener](root.size, type, listener, node.capture);
}

for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  makeEnumerable(EventTarget.prototype, [name]);
}
defineToStringTag(EventTarget.prototype, 'EventTarget');

// Listeners (callbacks or listener objects) registered for `type`, in dispatch order.
function getEventTargetListeners(target, type) {
  const out = [];
  const root = target[kEvents].get(type);
  for (let node = root?.next; node !== undefined; node = node.next) {
    const listener = node.listener;
    if (listener !== undefined) out.push(listener);
  }
  return out;
}

function isNodeEventTarget(value) {
  return value?.constructor?.[kIsNodeEventTarget] === true;
}
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');

// EventTarget with the EventEmitter-flavoured methods Node uses for MessagePort and friends.
class NodeEventTarget extends EventTarget {
  static [kIsNodeEventTarget] = true;

  setMaxListeners(n) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return this[kEvents].get(`${type}`)?.size ?? 0;
  }

  off(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    const events = this[kEvents];
    const types = type === undefined ? Array.from(events.keys()) : [`${type}`];
    for (const t of types) {
      const root = events.get(t);
      for (let node = root?.next; node !== undefined; node = node.next) {
        removeNode(this, t, root, node);
      }
    }
    return this;
  }
}

// Defines the `on<name>` event handler attribute on `proto`. The handler keeps the
// position of its first registration when replaced, as in browsers.
function defineEventHandler(proto, name, type = name) {
  const attr = `on${name}`;
  function get() {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    return this[kHandlers]?.get(type)?.handler ?? null;
  }
  function set(value) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    let handlers = this[kHandlers];
    if (handlers === undefined) {
      handlers = new Map();
      this[kHandlers] = handlers;
    }
    let wrapper = handlers.get(type);
    if (wrapper !== undefined) {
      wrapper.handler = value;
      return;
    }
    wrapper = function eventHandler(...args) {
      if (typeof wrapper.handler !== 'function') return;
      return Reflect.apply(wrapper.handler, this, args);
    };
    wrapper.handler = value;
    handlers.set(type, wrapper);
    this.addEventListener(type, wrapper);
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${attr}` });
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${attr}` });
  Object.defineProperty(proto, attr, {
    __proto__: null, get, set, enumerable: true, configurable: true,
  });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  isEventTarget,
  getEventTargetListeners,
  kCreateEvent,
  kEvents,
  kHandlers,
  kHybridDispatch,
  kIsEventTarget,
  kIsNodeStyleListener,
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};
