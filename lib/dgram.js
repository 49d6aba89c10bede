'use strict';
// node:dgram — UDP sockets over internalBinding('udp_wrap'): bind, send (with DNS lookup of the
// destination), connect, multicast and buffer options, with Node's events and error codes.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { kStateSymbol, ownerSymbol, newHandle } = require('internal/dgram');
const { UDP, constants: udpConstants } = internalBinding('udp_wrap');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS,
    ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE,
    ERR_SOCKET_BUFFER_SIZE,
    ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
  errnoException,
  exceptionWithHostPort,
  getSystemErrorName,
  uvErrmapGet,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
  validateNumber,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');

const { UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR } = udpConstants;

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const RECV_BUFFER = true;
const SEND_BUFFER = false;

const kBufferTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];

function Socket(type, listener) {
  EventEmitter.call(this);
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    if (options.recvBufferSize) validateUint32(options.recvBufferSize, 'options.recvBufferSize');
    if (options.sendBufferSize) validateUint32(options.sendBufferSize, 'options.sendBufferSize');
    recvBufferSize = options.recvBufferSize;
    sendBufferSize = options.sendBufferSize;
  }
  const handle = newHandle(type, lookup);
  handle[ownerSymbol] = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);

  this[kStateSymbol] = {
    handle,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options && options.reuseAddr,
    reusePort: options && options.reusePort,
    ipv6Only: options && options.ipv6Only,
    recvBufferSize,
    sendBufferSize,
  };

  if (options !== undefined && options.signal !== undefined) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => {
      if (this[kStateSymbol].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kStateSymbol].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function onMessage(nread, buffer, rinfo) {
  const self = this[ownerSymbol];
  if (nread < 0) {
    self.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  self.emit('message', Buffer.from(buffer, 0, nread), rinfo);
}

function startListening(socket) {
  const state = socket[kStateSymbol];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
  socket.emit('listening');
}

function stopReceiving(socket) {
  const state = socket[kStateSymbol];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

// Runs queued operations (sends, connects, closes issued before binding finished) once the
// implicit bind completes; drops them if it fails.
function enqueue(socket, fn) {
  const state = socket[kStateSymbol];
  if (state.queue === undefined) {
    state.queue = [];
    const onError = () => {
      socket.removeListener('listening', onListening);
      state.queue = undefined;
    };
    const onListening = () => {
      socket.removeListener(EventEmitter.errorMonitor, onError);
      const queue = state.queue;
      state.queue = undefined;
      for (const op of queue) op();
    };
    socket.once(EventEmitter.errorMonitor, onError);
    socket.once('listening', onListening);
  }
  state.queue.push(fn);
}

Socket.prototype.bind = function bind(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BIND_STATE_BINDING;

  const cb = arguments.length > 0 ? arguments[arguments.length - 1] : undefined;
  if (typeof cb === 'function') {
    const cleanup = () => {
      this.removeListener('error', cleanup);
      this.removeListener('listening', onListening);
    };
    const onListening = () => {
      cleanup();
      cb.call(this);
    };
    this.on('error', cleanup);
    this.on('listening', onListening);
  }

  if (port instanceof UDP) {
    replaceHandle(this, port);
    startListening(this);
    return this;
  }

  let address;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    if (port.fd !== undefined && port.fd !== null) {
      const fd = port.fd;
      validateUint32(fd, 'options.fd');
      const err = state.handle.open(fd);
      if (err) throw errnoException(err, 'open');
      startListening(this);
      return this;
    }
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (lookupError, ip) => {
    if (!state.handle) return; // closed while resolving
    if (lookupError) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', lookupError);
      return;
    }
    let flags = 0;
    if (state.reuseAddr) flags |= UV_UDP_REUSEADDR;
    if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;
    const err = this.type === 'udp4' ? state.handle.bind(ip, port || 0, flags)
      : state.handle.bind6(ip, port || 0, flags);
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', exceptionWithHostPort(err, 'bind', ip, port));
      return;
    }
    startListening(this);
  });
  return this;
};

function replaceHandle(socket, newHandleObj) {
  const state = socket[kStateSymbol];
  newHandleObj.lookup = state.handle.lookup;
  newHandleObj[ownerSymbol] = socket;
  state.handle.close();
  state.handle = newHandleObj;
}

Socket.prototype.connect = function connect(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => doConnectLookup(this, port, address, callback));
    return;
  }
  doConnectLookup(this, port, address, callback);
};

function doConnectLookup(socket, port, address, callback) {
  const state = socket[kStateSymbol];
  if (!state.handle) return;
  state.handle.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex) {
      const err = socket.type === 'udp4' ? state.handle.connect(ip, port)
        : state.handle.connect6(ip, port);
      if (err) ex = exceptionWithHostPort(err, 'connect', address, port);
    }
    if (ex) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      process.nextTick(() => {
        if (typeof callback === 'function') callback(ex);
        else socket.emit('error', ex);
      });
      return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    if (typeof callback === 'function') socket.once('connect', callback);
    process.nextTick(() => socket.emit('connect'));
  });
}

Socket.prototype.disconnect = function disconnect() {
  healthCheck(this);
  const state = this[kStateSymbol];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const err = state.handle.disconnect();
  if (err) throw errnoException(err, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

// Buffers from (buffer, offset, length): a view of the bytes, bounds-checked.
function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', kBufferTypes, buffer);
  }
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function toUint8(chunk) {
  if (typeof chunk === 'string') return Buffer.from(chunk);
  if (!isArrayBufferView(chunk)) return null;
  if (chunk instanceof Uint8Array) return chunk;
  return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

// send(msg[, offset, length][, port][, address][, callback])
Socket.prototype.send = function send(buffer, offset, length, port, address, callback) {
  const state = this[kStateSymbol];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }

  let list;
  if (Array.isArray(buffer)) {
    list = [];
    for (const chunk of buffer) {
      const u8 = toUint8(chunk);
      if (u8 === null) throw new ERR_INVALID_ARG_TYPE('buffer list arguments', kBufferTypes, buffer);
      list.push(u8);
    }
  } else {
    const u8 = toUint8(buffer);
    if (u8 === null) throw new ERR_INVALID_ARG_TYPE('buffer', kBufferTypes, buffer);
    list = [u8];
  }

  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }
  healthCheck(this);

  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(new Uint8Array(0));
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => this.send(list, port, address, callback));
    return;
  }

  if (connected) {
    doSend(null, this, null, list, address, port, callback);
  } else {
    state.handle.lookup(address, (ex, ip) => doSend(ex, this, ip, list, address, port, callback));
  }
};

function doSend(ex, socket, ip, list, address, port, callback) {
  const state = socket[kStateSymbol];
  if (ex) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => socket.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  const req = { oncomplete: undefined };
  if (typeof callback === 'function') {
    req.oncomplete = (status, sent) => {
      if (status < 0) callback(exceptionWithHostPort(status, 'send', address, port));
      else callback(null, sent);
    };
  }
  const family = ip === null ? 0 : socket.type === 'udp4' ? 4 : 6;
  const r = state.handle.send(req, list, port || 0, ip, family);
  if (r >= 1) {
    if (typeof callback === 'function') process.nextTick(callback, null, r - 1);
    return;
  }
  if (r < 0 && typeof callback === 'function') {
    process.nextTick(callback, exceptionWithHostPort(r, 'send', address, port));
  }
}

Socket.prototype.sendto = function sendto(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

Socket.prototype.close = function close(callback) {
  const state = this[kStateSymbol];
  if (typeof callback === 'function') this.on('close', callback);
  if (state.queue !== undefined) {
    state.queue.push(() => this.close());
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(() => this.emit('close'));
  return this;
};

Socket.prototype[Symbol.asyncDispose] = async function asyncDispose() {
  if (!this[kStateSymbol].handle) return;
  await new Promise((resolve) => this.close(resolve));
};

function nameOf(socket, method, syscall) {
  healthCheck(socket);
  const out = {};
  const err = socket[kStateSymbol].handle[method](out);
  if (err) throw errnoException(err, syscall);
  return out;
}

Socket.prototype.address = function address() {
  return nameOf(this, 'getsockname', 'getsockname');
};

Socket.prototype.remoteAddress = function remoteAddress() {
  healthCheck(this);
  if (this[kStateSymbol].connectState !== CONNECT_STATE_CONNECTED) {
    throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  }
  return nameOf(this, 'getpeername', 'getpeername');
};

Socket.prototype.setBroadcast = function setBroadcast(arg) {
  const err = this[kStateSymbol].handle.setBroadcast(arg ? 1 : 0);
  if (err) throw errnoException(err, 'setBroadcast');
};

Socket.prototype.setTTL = function setTTL(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kStateSymbol].handle.setTTL(ttl);
  if (err) throw errnoException(err, 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function setMulticastTTL(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kStateSymbol].handle.setMulticastTTL(ttl);
  if (err) throw errnoException(err, 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function setMulticastLoopback(arg) {
  const err = this[kStateSymbol].handle.setMulticastLoopback(arg ? 1 : 0);
  if (err) throw errnoException(err, 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function setMulticastInterface(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  const err = this[kStateSymbol].handle.setMulticastInterface(interfaceAddress);
  if (err) throw errnoException(err, 'setMulticastInterface');
};

function membership(socket, multicastAddress, interfaceAddress, join) {
  healthCheck(socket);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const err = socket[kStateSymbol].handle.setMembership(multicastAddress, interfaceAddress, join);
  if (err) throw errnoException(err, join ? 'addMembership' : 'dropMembership');
}

Socket.prototype.addMembership = function addMembership(multicastAddress, interfaceAddress) {
  membership(this, multicastAddress, interfaceAddress, true);
};

Socket.prototype.dropMembership = function dropMembership(multicastAddress, interfaceAddress) {
  membership(this, multicastAddress, interfaceAddress, false);
};

function sourceMembership(socket, sourceAddress, groupAddress, interfaceAddress, join) {
  healthCheck(socket);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = socket[kStateSymbol].handle.setSourceMembership(sourceAddress, groupAddress,
                                                              interfaceAddress, join);
  if (err) {
    throw errnoException(err, join ? 'addSourceSpecificMembership' : 'dropSourceSpecificMembership');
  }
}

Socket.prototype.addSourceSpecificMembership = function addSourceSpecificMembership(
  sourceAddress, groupAddress, interfaceAddress) {
  sourceMembership(this, sourceAddress, groupAddress, interfaceAddress, true);
};

Socket.prototype.dropSourceSpecificMembership = function dropSourceSpecificMembership(
  sourceAddress, groupAddress, interfaceAddress) {
  sourceMembership(this, sourceAddress, groupAddress, interfaceAddress, false);
};

Socket.prototype.ref = function ref() {
  const handle = this[kStateSymbol].handle;
  if (handle) handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  const handle = this[kStateSymbol].handle;
  if (handle) handle.unref();
  return this;
};

// Gets (size 0) or sets the kernel buffer size; failures are ERR_SOCKET_BUFFER_SIZE.
function bufferSize(socket, size, isRecv) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const r = socket[kStateSymbol].handle.bufferSize(size, isRecv);
  if (r < 0) {
    const entry = uvErrmapGet(r);
    throw new ERR_SOCKET_BUFFER_SIZE({
      errno: r,
      code: getSystemErrorName(r),
      message: entry !== undefined ? entry[1] : 'unknown error',
      syscall: isRecv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size',
    });
  }
  return r;
}

Socket.prototype.setRecvBufferSize = function setRecvBufferSize(size) {
  bufferSize(this, size, RECV_BUFFER);
};

Socket.prototype.setSendBufferSize = function setSendBufferSize(size) {
  bufferSize(this, size, SEND_BUFFER);
};

Socket.prototype.getRecvBufferSize = function getRecvBufferSize() {
  return bufferSize(this, 0, RECV_BUFFER);
};

Socket.prototype.getSendBufferSize = function getSendBufferSize() {
  return bufferSize(this, 0, SEND_BUFFER);
};

Socket.prototype.getSendQueueSize = function getSendQueueSize() {
  const handle = this[kStateSymbol].handle;
  return handle ? handle.getSendQueueSize() : 0;
};

Socket.prototype.getSendQueueCount = function getSendQueueCount() {
  const handle = this[kStateSymbol].handle;
  return handle ? handle.getSendQueueCount() : 0;
};

// Legacy underscore accessors (DEP0112): still read/write the state, with a warning.
function deprecatedAccessor(name, key) {
  let warned = false;
  const warn = () => {
    if (!warned) {
      warned = true;
      process.emitWarning(`Socket.prototype.${name} is deprecated`, 'DeprecationWarning', 'DEP0112');
    }
  };
  Object.defineProperty(Socket.prototype, name, {
    get() {
      warn();
      return this[kStateSymbol][key];
    },
    set(value) {
      warn();
      this[kStateSymbol][key] = value;
    },
    configurable: true,
    enumerable: false,
  });
}
deprecatedAccessor('_handle', 'handle');
deprecatedAccessor('_receiving', 'receiving');
deprecatedAccessor('_bindState', 'bindState');
deprecatedAccessor('_queue', 'queue');
deprecatedAccessor('_reuseAddr', 'reuseAddr');

const { deprecate } = require('internal/util');
Socket.prototype._healthCheck = deprecate(function _healthCheck() {
  healthCheck(this);
}, 'Socket.prototype._healthCheck() is deprecated', 'DEP0112');
Socket.prototype._stopReceiving = deprecate(function _stopReceiving() {
  stopReceiving(this);
}, 'Socket.prototype._stopReceiving() is deprecated', 'DEP0112');

// Used by cluster: a bound (or bare) UDP handle, or a negative error.
function _createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType);
  let err;
  if (typeof fd === 'number' && fd >= 0) {
    err = handle.open(fd);
  } else if (port || address) {
    err = addressType === 'udp6' ? handle.bind6(address, port || 0, flags)
      : handle.bind(address, port || 0, flags);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

module.exports = {
  _createSocketHandle,
  createSocket,
  Socket,
};
