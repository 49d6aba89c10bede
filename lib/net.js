'use strict';
// node:net — TCP and unix-socket streams (Socket, a Duplex over a tcp_wrap/pipe_wrap handle)
// and servers.

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const uv = internalBinding('uv');
const cares = internalBinding('cares_wrap');
const {
  codes, ErrnoException, ExceptionWithHostPort, UVExceptionWithHostPort,
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateInt32, validateNumber, validateObject,
  validatePort, validateString,
} = require('internal/validators');

const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_SERVER_ALREADY_LISTEN,
  ERR_SERVER_NOT_RUNNING, ERR_SOCKET_CLOSED, ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
  ERR_INVALID_FD_TYPE, ERR_SOCKET_BAD_PORT,
} = codes;

const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kTimeout = Symbol('timeout');
const kBuffer = Symbol('kBuffer');

function isIP(input) {
  return typeof input === 'string' ? cares.isIP(input) : 0;
}
const isIPv4 = (input) => isIP(input) === 4;
const isIPv6 = (input) => isIP(input) === 6;

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

// ---- Socket --------------------------------------------------------------------------------

function normalizeArgs(args) {
  if (args.length === 0) return [{}, null];
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : null];
}

class Socket extends Duplex {
  constructor(options) {
    if (typeof options === 'number') options = { fd: options };
    else options = { ...options };
    // Sockets emit 'close' themselves (with hadError) once the handle is closed.
    options.autoDestroy = true;
    options.emitClose = false;
    options.decodeStrings = false;
    if (options.allowHalfOpen === undefined) options.allowHalfOpen = false;
    super(options);
    this.connecting = false;
    this._hadError = false;
    this._handle = null;
    this._parent = null;
    this._host = null;
    this[kLastWriteQueueSize] = 0;
    this[kTimeout] = null;
    this[kBuffer] = null;
    this._pendingData = null;
    this._pendingEncoding = '';
    this.server = null;
    this._server = null;
    this._bytesDispatched = 0;
    this._bytesRead = 0;
    if (options.handle) {
      this._handle = options.handle;
    } else if (options.fd !== undefined) {
      const fd = options.fd;
      validateInt32(fd, 'fd', 0);
      const type = internalBinding('stdio').guessHandleType(fd);
      if (type === 'PIPE' || type === 'UNIX') this._handle = new Pipe(PipeConstants.SOCKET);
      else if (type === 'TCP') this._handle = new TCP(TCPConstants.SOCKET);
      else throw new ERR_INVALID_FD_TYPE(type);
      const err = this._handle.open(fd);
      if (err) throw new ErrnoException(err, 'open');
      this[Symbol.for('cnode.fd')] = fd;
    }
    if (this._handle !== null) this._attachHandle();
    if (options.signal) {
      validateAbortSignal(options.signal, 'options.signal');
      const signal = options.signal;
      const onAbort = () => {
        const { AbortError } = require('internal/errors');
        this.destroy(new AbortError(undefined, { cause: signal.reason }));
      };
      if (signal.aborted) process.nextTick(onAbort);
      else signal.addEventListener('abort', onAbort, { once: true });
    }
    this.on('end', onReadableStreamEnd);
    if (options.handle && options.readable !== false) {
      if (options.pauseOnCreate) {
        this.readableFlowing = false;
      } else if (!options.manualStart) {
        this.read(0);
      }
    }
  }

  _attachHandle() {
    const handle = this._handle;
    handle.onread = (ab, nread) => this._onread(ab, nread);
  }

  _onread(ab, nread) {
    this._unrefTimerActive();
    if (nread > 0) {
      this._bytesRead += nread;
      const ret = this.push(Buffer.from(ab, 0, nread));
      if (!ret && this._handle) this._handle.reading = false, this._handle.readStop();
      return;
    }
    if (nread === uv.UV_EOF) {
      this.push(null);
      this.read(0);
      return;
    }
    this.destroy(new ErrnoException(nread, 'read'));
  }

  get bytesRead() {
    return this._bytesRead;
  }

  get bytesWritten() {
    let bytes = this._bytesDispatched;
    const data = this._pendingData;
    if (data) bytes += typeof data === 'string' ? Buffer.byteLength(data, this._pendingEncoding) :
      Array.isArray(data) ? data.reduce((n, c) => n + (c.chunk ? c.chunk.length : c.length), 0) :
        data.length;
    for (const { chunk, encoding } of this.writableBuffer) {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
    }
    return bytes;
  }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  get pending() {
    return !this._handle || this.connecting;
  }

  get bufferSize() {
    return this._handle ? this.writableLength : undefined;
  }

  get _connecting() {
    return this.connecting;
  }

  address() {
    return this._getsockname();
  }

  _getsockname() {
    if (!this._handle || !this._handle.getsockname) return {};
    if (!this._sockname) {
      const out = {};
      const r = this._handle.getsockname(out);
      if (typeof r === 'string') return r;
      if (r) return {};
      this._sockname = out;
    }
    return this._sockname;
  }

  _getpeername() {
    if (!this._handle || !this._handle.getpeername) return {};
    if (!this._peername) {
      const out = {};
      const r = this._handle.getpeername(out);
      if (typeof r === 'string') return { address: r };
      if (r) return {};
      this._peername = out;
    }
    return this._peername;
  }

  get remoteAddress() {
    return this._getpeername().address;
  }

  get remoteFamily() {
    return this._getpeername().family;
  }

  get remotePort() {
    return this._getpeername().port;
  }

  get localAddress() {
    return this._getsockname().address;
  }

  get localPort() {
    return this._getsockname().port;
  }

  get localFamily() {
    return this._getsockname().family;
  }

  setNoDelay(enable) {
    if (this._handle?.setNoDelay) this._handle.setNoDelay(enable === undefined ? true : !!enable);
    else this.once('connect', () => this.setNoDelay(enable));
    return this;
  }

  setKeepAlive(enable, initialDelayMsecs) {
    const delay = Math.trunc((initialDelayMsecs ?? 0) / 1000);
    if (this._handle?.setKeepAlive) this._handle.setKeepAlive(!!enable, delay);
    else if (!this._handle) this.once('connect', () => this.setKeepAlive(enable, initialDelayMsecs));
    return this;
  }

  setTimeout(msecs, callback) {
    if (this.destroyed) return this;
    validateNumber(msecs, 'msecs', 0);
    if (this[kTimeout]) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
    if (msecs === 0) {
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.removeListener('timeout', callback);
      }
    } else {
      this[kTimeout] = setTimeout(() => {
        this[kTimeout] = null;
        this.emit('timeout');
      }, msecs);
      this[kTimeout].unref();
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.once('timeout', callback);
      }
    }
    this.timeout = msecs;
    return this;
  }

  _unrefTimerActive() {
    const t = this[kTimeout];
    if (t) {
      t.refresh();
      t.unref();
    }
  }

  ref() {
    if (!this._handle) this.once('connect', () => this.ref());
    else this._handle.ref();
    return this;
  }

  unref() {
    if (!this._handle) this.once('connect', () => this.unref());
    else this._handle.unref();
    return this;
  }

  _read(n) {
    if (this.connecting || !this._handle) {
      this.once('connect', () => this._read(n));
    } else if (!this._handle.reading) {
      this._handle.reading = true;
      const err = this._handle.readStart();
      if (err) this.destroy(new ErrnoException(err, 'read'));
    }
  }

  pause() {
    if (this[kBuffer] && !this.connecting && this._handle && this._handle.reading) {
      this._handle.reading = false;
      if (!this.destroyed) {
        const err = this._handle.readStop();
        if (err) this.destroy(new ErrnoException(err, 'read'));
      }
    }
    return Duplex.prototype.pause.call(this);
  }

  resume() {
    if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
      this._read();
    }
    return Duplex.prototype.resume.call(this);
  }

  read(n) {
    if (this[kBuffer] && !this.connecting && this._handle && !this._handle.reading) {
      this._read();
    }
    return Duplex.prototype.read.call(this, n);
  }

  _writeGeneric(writev, data, encoding, cb) {
    if (this.connecting) {
      this._pendingData = data;
      this._pendingEncoding = encoding;
      this.once('connect', function connect() {
        this.off('close', onClose);
        this._writeGeneric(writev, data, encoding, cb);
      });
      function onClose() {
        cb(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
      }
      this.once('close', onClose);
      return;
    }
    this._pendingData = null;
    this._pendingEncoding = '';
    if (!this._handle) {
      cb(new ERR_SOCKET_CLOSED());
      return false;
    }
    this._unrefTimerActive();
    const req = {
      oncomplete: (status) => {
        if (this.destroyed) {
          cb(status < 0 ? new ErrnoException(status, 'write') : undefined);
          return;
        }
        if (status < 0) {
          cb(new ErrnoException(status, 'write'));
          return;
        }
        this._unrefTimerActive();
        cb();
      },
    };
    let err;
    if (writev) {
      const chunks = data.map(({ chunk, encoding: enc }) =>
        (typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk));
      err = this._handle.writev(req, chunks);
    } else if (typeof data === 'string') {
      if (encoding === 'utf8' || encoding === 'utf-8') err = this._handle.writeUtf8String(req, data);
      else if (encoding === 'latin1' || encoding === 'binary') err = this._handle.writeLatin1String(req, data);
      else err = this._handle.writeBuffer(req, Buffer.from(data, encoding));
    } else {
      err = this._handle.writeBuffer(req, data);
    }
    if (err) {
      const ex = new ErrnoException(err, 'write');
      this.destroy(ex);
      cb(ex);
      return;
    }
    this._bytesDispatched += req.bytes;
    if (!req.async) cb();
  }

  _writev(chunks, cb) {
    this._writeGeneric(true, chunks, '', cb);
  }

  _write(data, encoding, cb) {
    this._writeGeneric(false, data, encoding, cb);
  }

  _final(cb) {
    if (this.pending) {
      this.once('connect', () => this._final(cb));
      return;
    }
    if (!this._handle) {
      cb();
      return;
    }
    const req = {
      oncomplete: (status) => {
        if (status < 0 && status !== uv.UV_ENOTCONN) cb(new ErrnoException(status, 'shutdown'));
        else cb();
      },
    };
    const err = this._handle.shutdown(req);
    if (err === 1 || err === uv.UV_ENOTCONN) cb();
    else if (err !== 0) cb(new ErrnoException(err, 'shutdown'));
  }

  end(data, encoding, callback) {
    Duplex.prototype.end.call(this, data, encoding, callback);
    return this;
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  }

  resetAndDestroy() {
    if (this._handle?.reset) {
      if (this.connecting) {
        this.once('connect', () => this._reset());
      } else {
        this._reset();
      }
      return this;
    }
    return this.destroy(new ERR_SOCKET_CLOSED());
  }

  _reset() {
    this.resetAndDestroy = null;
    this._resetting = true;
    this.destroy();
  }

  _destroy(exception, cb) {
    if (this[kTimeout]) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
    this.connecting = false;
    for (let s = this; s !== null; s = s._parent) clearTimeout(s[kTimeout]);
    if (this._handle) {
      const isException = !!exception;
      const done = () => this.emit('close', isException);
      if (this._resetting) {
        const err = this._handle.reset(done);
        if (err) {
          this._handle.close(done);
        }
      } else {
        this._handle.close(done);
      }
      this._handle.onread = () => {};
      this._handle = null;
      this._sockname = null;
      cb(exception);
    } else {
      cb(exception);
      process.nextTick(() => this.emit('close', !!exception));
    }
    if (this._server) {
      this._server._connections--;
      if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
    }
  }

  connect(...args) {
    let normalized;
    if (Array.isArray(args[0]) && args[0][kNormalized]) normalized = args[0];
    else normalized = normalizeArgs(args);
    const [options, cb] = normalized;
    if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
    if (this.destroyed) {
      this._handle = null;
      this._peername = null;
      this._sockname = null;
      this._undestroy();
    }
    const { path } = options;
    const pipe = !!path;
    if (!this._handle) {
      this._handle = pipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
      this._attachHandle();
    }
    if (cb !== null) this.once('connect', cb);
    this._unrefTimerActive();
    this.connecting = true;
    if (pipe) {
      validateString(path, 'options.path');
      internalConnect(this, path);
    } else {
      lookupAndConnect(this, options);
    }
    return this;
  }
}

const kNormalized = Symbol('normalized');

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
  }
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new ErrnoException(uv.UV_EPIPE, 'write');
  er.message = 'This socket has been ended by the other party';
  er.code = 'EPIPE';
  process.nextTick(() => {
    if (typeof cb === 'function') cb(er);
  });
  this.destroy(er);
  return false;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;
  if (localAddress && !isIP(localAddress)) {
    throw new ERR_INVALID_IP_ADDRESS(localAddress);
  }
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const lookup = options.lookup || require('dns').lookup;
  const dnsopts = { family: options.family, hints: options.hints || 0 };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress) {
    dnsopts.all = false;
  }
  self._host = host;
  lookup(host, dnsopts, (err, ip, addressType) => {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(() => self.destroy(err));
    } else if (!isIP(ip)) {
      err = new ERR_INVALID_IP_ADDRESS(ip);
      process.nextTick(() => self.destroy(err));
    } else {
      self._unrefTimerActive();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
    }
  });
}

function ERR_INVALID_IP_ADDRESS(ip) {
  return new codes.ERR_INVALID_IP_ADDRESS(ip);
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) err = self._handle.bind(localAddress || '0.0.0.0', localPort || 0);
    else err = self._handle.bind6(localAddress || '::', localPort || 0, 0);
    if (err) {
      self.destroy(new ExceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  const req = {
    oncomplete: (status, handle, r, readable, writable) => afterConnect(status, self, readable, writable, address, port),
  };
  if (addressType === 6 || addressType === 4) {
    err = addressType === 4 ? self._handle.connect(req, address, port) :
      self._handle.connect6(req, address, port);
  } else {
    err = self._handle.connect(req, address);
  }
  if (err) {
    let details;
    if (localAddress || localPort) details = `${localAddress || ''}:${localPort || ''}`;
    self.destroy(new ExceptionWithHostPort(err, 'connect', address, port, details));
  }
}

function afterConnect(status, self, readable, writable, address, port) {
  if (self.destroyed) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimerActive();
    self.emit('connect');
    self.emit('ready');
    if (readable && !self.isPaused()) self.read(0);
  } else {
    self.destroy(new ExceptionWithHostPort(status, 'connect', address, port));
  }
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  if (options.timeout) {
    const socket = new Socket(options);
    socket.setTimeout(options.timeout);
    return socket.connect(...normalizeConnectArgs(normalized));
  }
  const socket = new Socket(options);
  return socket.connect(...normalizeConnectArgs(normalized));
}

function normalizeConnectArgs(normalized) {
  const arr = normalized;
  arr[kNormalized] = true;
  return [arr];
}

// ---- Server --------------------------------------------------------------------------------

class Server extends EventEmitter {
  constructor(options, connectionListener) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
      this.on('connection', connectionListener);
    } else if (options == null || typeof options === 'object') {
      options = { ...options };
      if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    } else {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    this._connections = 0;
    this._handle = null;
    this._usingWorkers = false;
    this._workers = [];
    this._unref = false;
    this.allowHalfOpen = options.allowHalfOpen || false;
    this.pauseOnConnect = !!options.pauseOnConnect;
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
    this.highWaterMark = options.highWaterMark;
    this.maxConnections = undefined;
  }

  get listening() {
    return !!this._handle;
  }

  listen(...args) {
    const normalized = normalizeArgs(args);
    let [options, cb] = normalized;
    if (cb !== null) this.once('listening', cb);
    if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
    const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);
    if (options instanceof TCP || options instanceof Pipe) {
      this._handle = options;
      listenInCluster(this, null, -1, -1, backlogFromArgs);
      return this;
    }
    if (options._handle && (options._handle instanceof TCP || options._handle instanceof Pipe)) {
      this._handle = options._handle;
      listenInCluster(this, null, -1, -1, backlogFromArgs);
      return this;
    }
    if (typeof options.fd === 'number' && options.fd >= 0) {
      listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
      return this;
    }
    const backlog = options.backlog || backlogFromArgs;
    if (args.length === 0 || typeof args[0] === 'function' ||
        (typeof options.port === 'undefined' && 'port' in options) || options.port === null) {
      options.port = 0;
    }
    if (typeof options.port === 'number' || typeof options.port === 'string') {
      validatePort(options.port, 'options.port');
      if (options.host) {
        lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive,
                        options.ipv6Only);
      } else {
        listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.ipv6Only);
      }
      return this;
    }
    if (options.path && isPipeName(options.path)) {
      const pipeName = this._pipeName = options.path;
      listenInCluster(this, pipeName, -1, -1, backlog, undefined, false, options);
      return this;
    }
    if (!('port' in options || 'path' in options)) {
      throw new ERR_INVALID_ARG_VALUE('options', options,
        'must have the property "port" or "path"');
    }
    throw new ERR_INVALID_ARG_VALUE('options', options);
  }

  address() {
    if (this._handle && this._handle.getsockname) {
      const out = {};
      const r = this._handle.getsockname(out);
      if (typeof r === 'string') return r;
      if (r) throw new ErrnoException(r, 'address');
      return out;
    } else if (this._pipeName) {
      return this._pipeName;
    }
    return null;
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this._handle) {
        this.once('close', function close() {
          cb(new ERR_SERVER_NOT_RUNNING());
        });
      } else {
        this.once('close', cb);
      }
    }
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    this._emitCloseIfDrained();
    return this;
  }

  _emitCloseIfDrained() {
    if (this._handle || this._connections) return;
    if (this._closeScheduled) return;
    this._closeScheduled = true;
    process.nextTick(() => {
      this._closeScheduled = false;
      if (!this._handle && !this._connections) this.emit('close');
    });
  }

  getConnections(cb) {
    process.nextTick(cb, null, this._connections);
    return this;
  }

  ref() {
    this._unref = false;
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    this._unref = true;
    if (this._handle) this._handle.unref();
    return this;
  }

  [Symbol.asyncDispose]() {
    if (!this._handle) return Promise.resolve();
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }
}

function lookupAndListen(self, port, address, backlog, exclusive, ipv6Only) {
  require('dns').lookup(address, (err, ip, addressType) => {
    if (err) {
      self.emit('error', err);
    } else {
      listenInCluster(self, ip, port, addressType, backlog, undefined, ipv6Only);
    }
  });
}

// Creates the listening handle; on an unspecified address tries '::' then '0.0.0.0' like Node.
function createServerHandle(address, port, addressType, fd, flags) {
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    const type = internalBinding('stdio').guessHandleType(fd);
    if (type === 'PIPE') handle = new Pipe(PipeConstants.SERVER);
    else if (type === 'TCP') handle = new TCP(TCPConstants.SERVER);
    else return uv.UV_EINVAL;
    const err = handle.open(fd);
    if (err) return err;
  } else if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }
  if (address || port || isTCP) {
    let err;
    if (!address) {
      err = handle.bind6('::', port, flags);
      if (err) {
        handle.close();
        handle = new TCP(TCPConstants.SERVER);
        err = handle.bind('0.0.0.0', port);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else if (addressType === -1) {
      err = handle.bind(address);
    } else {
      err = handle.bind(address, port);
    }
    if (err) {
      handle.close();
      return err;
    }
  }
  return handle;
}

function listenInCluster(server, address, port, addressType, backlog, fd, ipv6Only) {
  if (!server._handle) {
    const flags = ipv6Only ? TCPConstants.UV_TCP_IPV6ONLY : 0;
    const rval = createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      const error = new UVExceptionWithHostPort(rval, 'listen', address, port);
      process.nextTick(() => server.emit('error', error));
      return;
    }
    server._handle = rval;
  }
  server._handle.onconnection = (status, clientHandle) => onconnection(server, status, clientHandle);
  const err = server._handle.listen(backlog || 511);
  if (err) {
    const ex = new UVExceptionWithHostPort(err, 'listen', address, port);
    server._handle.close();
    server._handle = null;
    process.nextTick(() => server.emit('error', ex));
    return;
  }
  if (server._unref) server.unref();
  process.nextTick(() => {
    if (server._handle) server.emit('listening');
  });
}

function onconnection(self, status, clientHandle) {
  if (status < 0) {
    self.emit('error', new ErrnoException(status, 'accept'));
    return;
  }
  if (self.maxConnections != null && self._connections >= self.maxConnections) {
    clientHandle.close();
    self.emit('drop', {});
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: self.highWaterMark,
    writableHighWaterMark: self.highWaterMark,
  });
  if (self.noDelay && clientHandle.setNoDelay) clientHandle.setNoDelay(true);
  if (self.keepAlive && clientHandle.setKeepAlive) {
    clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
  }
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE('value', 'boolean', value);
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
}

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  connect,
  createConnection: connect,
  createServer,
  getDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  setDefaultAutoSelectFamily,
  setDefaultAutoSelectFamilyAttemptTimeout,
  Socket,
  Stream: Socket,
};
