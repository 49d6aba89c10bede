'use strict';
// MessagePort, MessageChannel, BroadcastChannel and MessageEvent over the native ports of
// internalBinding('worker'): the same objects work inside one thread and across Workers.

const binding = internalBinding('worker');
const {
  Event, NodeEventTarget, EventTarget, initEventTarget, defineEventHandler, kCreateEvent,
  kHybridDispatch, kNewListener, kRemoveListener,
} = require('internal/event_target');
const { serialize, deserialize, isArrayBuffer } = require('internal/worker/serialize');
const { DOMException } = require('internal/per_context/domexception');

const kHandle = Symbol('kHandle');
const kStarted = Symbol('kStarted');
const kUserUnref = Symbol('kUserUnref');
const kMessageListeners = Symbol('kMessageListeners');
const kClosed = Symbol('kClosed');
const kOnMessage = Symbol('kOnMessage');

let errorsModule;
const lazyErrors = () => (errorsModule ??= require('internal/errors'));

const untransferable = new WeakSet();
const uncloneable = new WeakSet();

function markAsUncloneable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  uncloneable.add(obj);
}

function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  untransferable.add(obj);
}

function isMarkedAsUntransferable(obj) {
  return (typeof obj === 'object' || typeof obj === 'function') && obj !== null &&
    untransferable.has(obj);
}

// ---- MessageEvent ----------------------------------------------------------------------------

const kData = Symbol('kData');
const kMeta = Symbol('kMeta');

class MessageEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) {
      throw new (lazyErrors().codes.ERR_MISSING_ARGS)('type');
    }
    super(type, options);
    const o = options ?? {};
    this[kData] = o.data === undefined ? null : o.data;
    this[kMeta] = {
      origin: o.origin === undefined ? '' : `${o.origin}`,
      lastEventId: o.lastEventId === undefined ? '' : `${o.lastEventId}`,
      source: o.source === undefined ? null : o.source,
      ports: o.ports === undefined ? [] : [...o.ports],
    };
  }

  get data() { return this[kData]; }
  get origin() { return this[kMeta].origin; }
  get lastEventId() { return this[kMeta].lastEventId; }
  get source() { return this[kMeta].source; }
  get ports() { return this[kMeta].ports; }
}
for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'MessageEvent', configurable: true,
});

// ---- serialization of messages ---------------------------------------------------------------

// Splits a transferList into ports and ArrayBuffers and validates it as Node does.
function parseTransferList(transferList, sourcePort) {
  const ports = [];
  const buffers = new Set();
  if (transferList === undefined || transferList === null) return { ports, buffers };
  let list = transferList;
  if (!Array.isArray(list)) {
    if (typeof list === 'object' && !(Symbol.iterator in list)) {
      list = list.transfer;
      if (list === undefined || list === null) return { ports, buffers };
    }
    if (typeof list !== 'object' || !(Symbol.iterator in list)) {
      const err = new TypeError('Optional transferList argument must be an iterable');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    list = [...list];
  }
  for (const item of list) {
    if (isMarkedAsUntransferable(item)) {
      throw new DOMException('Cannot transfer object of unsupported type.', 'DataCloneError');
    }
    if (item instanceof MessagePort) {
      if (item === sourcePort) {
        throw new DOMException('Transfer list contains source port', 'DataCloneError');
      }
      if (ports.includes(item)) {
        throw new DOMException('Transfer list contains duplicate MessagePort',
          'DataCloneError');
      }
      if (item[kHandle] === null || !item[kHandle].isOpen()) {
        throw new DOMException('MessagePort in transfer list is already detached',
          'DataCloneError');
      }
      ports.push(item);
    } else if (isArrayBuffer(item)) {
      if (buffers.has(item)) {
        throw new DOMException('Transfer list contains duplicate ArrayBuffer',
          'DataCloneError');
      }
      buffers.add(item);
    } else {
      throw new DOMException('Found invalid value in transferList.', 'DataCloneError');
    }
  }
  return { ports, buffers };
}

// Serializes value for a port; returns [bytes, handles] where handles are the native handles
// of the transferred ports (detached from their objects when posted).
function encodeMessage(value, transferList, sourcePort) {
  const { ports, buffers } = parseTransferList(transferList, sourcePort);
  const bytes = serialize(value, {
    ports, buffers, isPort: (v) => v instanceof MessagePort,
    untransferable: uncloneable,
  });
  const handles = ports.map((p) => {
    const h = p[kHandle];
    p[kHandle] = null;
    p[kClosed] = true;
    return h;
  });
  return [bytes, handles];
}

function decodeMessage(message) {
  const [bytes, handles] = message;
  const ports = handles.map(portFromHandle);
  return { value: deserialize(bytes, { ports }), ports };
}

// ---- MessagePort -----------------------------------------------------------------------------

function updateRef(port) {
  const h = port[kHandle];
  if (h === null) return;
  if (port[kMessageListeners] > 0 && !port[kUserUnref]) h.ref();
  else h.unref();
}

class MessagePort extends NodeEventTarget {
  constructor() {
    throw new (lazyErrors().codes.ERR_CONSTRUCT_CALL_INVALID)();
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'message' && this[kHandle] !== null) {
      this[kMessageListeners] = size;
      if (size === 1) {
        this[kUserUnref] = false;
        this.start();
      }
      updateRef(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'message') {
      this[kMessageListeners] = size;
      updateRef(this);
    }
  }

  [kCreateEvent](data, type) {
    if (type === 'close') return new Event('close');
    const ports = this[kOnMessage]?.ports ?? [];
    return new MessageEvent(type, { data, ports });
  }

  postMessage(value, transferList = undefined) {
    if (!(this instanceof MessagePort)) {
      throw new (lazyErrors().codes.ERR_INVALID_THIS)('MessagePort');
    }
    if (arguments.length === 0) {
      const err = new TypeError('Not enough arguments to MessagePort.postMessage');
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    const [bytes, handles] = encodeMessage(value, transferList, this);
    if (this[kHandle] === null) return;
    this[kHandle].postMessage(bytes, handles);
  }

  start() {
    if (this[kHandle] === null) return;
    this[kStarted] = true;
    this[kHandle].start();
  }

  close() {
    const h = this[kHandle];
    if (h === null || this[kClosed]) return;
    this[kClosed] = true;
    h.close();
  }

  ref() {
    this[kUserUnref] = false;
    if (this[kHandle] !== null) this[kHandle].ref();
    return this;
  }

  unref() {
    this[kUserUnref] = true;
    if (this[kHandle] !== null) this[kHandle].unref();
    return this;
  }

  hasRef() {
    return this[kHandle] !== null && this[kHandle].hasRef();
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const handlers = {};
    if (this.onmessage) handlers.onmessage = this.onmessage;
    return `MessagePort ${inspect({ active: this[kHandle] !== null && !this[kClosed],
      refed: this.hasRef(), ...handlers }, options)}`;
  }
}
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'MessagePort', configurable: true,
});

// The handler installed on every native handle: rebuilds and dispatches one message.
function onHandleMessage(message) {
  const port = this.owner;
  if (port === undefined) return;
  let decoded;
  try {
    decoded = decodeMessage(message);
  } catch (err) {
    port[kHybridDispatch](err, 'messageerror');
    return;
  }
  port[kOnMessage] = decoded;
  try {
    port[kHybridDispatch](decoded.value, 'message');
  } finally {
    port[kOnMessage] = undefined;
  }
}

function onHandleClose() {
  const port = this.owner;
  if (port === undefined) return;
  port[kHandle] = null;
  port[kClosed] = true;
  port[kHybridDispatch](undefined, 'close');
}

// Wraps a native handle in a MessagePort (not started, not ref'd).
function portFromHandle(handle) {
  const port = Object.create(MessagePort.prototype);
  initEventTarget(port);
  port[kHandle] = handle;
  port[kStarted] = false;
  port[kUserUnref] = false;
  port[kMessageListeners] = 0;
  port[kClosed] = false;
  port[kOnMessage] = undefined;
  handle.owner = port;
  handle.onmessage = onHandleMessage;
  handle.onclose = onHandleClose;
  handle.unref();
  return port;
}

class MessageChannel {
  constructor() {
    const [a, b] = binding.createChannel();
    this.port1 = portFromHandle(a);
    this.port2 = portFromHandle(b);
  }
}

function invalidPort() {
  const err = new TypeError('The "port" argument must be a MessagePort instance');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) throw invalidPort();
  const h = port[kHandle];
  if (h === null) return undefined;
  const message = h.receive();
  if (message === undefined) return undefined;
  return { message: decodeMessage(message).value };
}

function moveMessagePortToContext(port, contextifiedSandbox) {
  if (!(port instanceof MessagePort)) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('port', 'MessagePort', port);
  }
  const err = new Error('moveMessagePortToContext is not supported by cnode: vm contexts ' +
    'share one realm of classes');
  err.code = 'ERR_METHOD_NOT_IMPLEMENTED';
  throw err;
}

// ---- BroadcastChannel ------------------------------------------------------------------------

const kName = Symbol('kName');
const kBcHandle = Symbol('kBcHandle');

function onBroadcastMessage(message) {
  const channel = this.owner;
  if (channel === undefined || channel[kBcHandle] === null) return;
  let value;
  try {
    value = decodeMessage(message).value;
  } catch (err) {
    channel.dispatchEvent(new MessageEvent('messageerror', { data: err }));
    return;
  }
  channel.dispatchEvent(new MessageEvent('message', { data: value }));
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) {
      throw new (lazyErrors().codes.ERR_MISSING_ARGS)('name');
    }
    super();
    this[kName] = `${name}`;
    const h = binding.createBroadcast(this[kName]);
    h.owner = this;
    h.onmessage = onBroadcastMessage;
    h.onclose = () => {};
    h.start();
    h.ref();
    this[kBcHandle] = h;
  }

  get name() {
    if (!(kName in this)) throw new (lazyErrors().codes.ERR_INVALID_THIS)('BroadcastChannel');
    return this[kName];
  }

  close() {
    if (!(kName in this)) throw new (lazyErrors().codes.ERR_INVALID_THIS)('BroadcastChannel');
    const h = this[kBcHandle];
    if (h === null) return;
    this[kBcHandle] = null;
    h.close();
  }

  postMessage(message) {
    if (!(kName in this)) throw new (lazyErrors().codes.ERR_INVALID_THIS)('BroadcastChannel');
    if (arguments.length === 0) throw new (lazyErrors().codes.ERR_MISSING_ARGS)('message');
    if (this[kBcHandle] === null) {
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    const [bytes] = encodeMessage(message, undefined, undefined);
    this[kBcHandle].postMessage(bytes, []);
  }

  ref() {
    if (this[kBcHandle] !== null) this[kBcHandle].ref();
    return this;
  }

  unref() {
    if (this[kBcHandle] !== null) this[kBcHandle].unref();
    return this;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return 'BroadcastChannel';
    return `BroadcastChannel ${inspect({ name: this[kName],
      active: this[kBcHandle] !== null }, options)}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');
Object.defineProperty(BroadcastChannel.prototype, 'name', { __proto__: null, enumerable: true });

module.exports = {
  MessagePort,
  MessageChannel,
  MessageEvent,
  BroadcastChannel,
  receiveMessageOnPort,
  moveMessagePortToContext,
  markAsUntransferable,
  markAsUncloneable,
  isMarkedAsUntransferable,
  portFromHandle,
  encodeMessage,
  decodeMessage,
  kHandle,
};
