'use strict';
// node:tls sockets and servers: TLSSocket (a net.Socket whose handle is a TLS engine from
// internalBinding('tls_wrap') layered over a TCP handle or any Duplex), tls.Server and
// tls.connect.

const net = require('net');
const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const binding = internalBinding('tls_wrap');
const uv = internalBinding('uv');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_MULTIPLE_CALLBACK,
    ERR_SOCKET_CLOSED,
    ERR_TLS_HANDSHAKE_TIMEOUT,
    ERR_TLS_INVALID_CONTEXT,
    ERR_TLS_INVALID_STATE,
    ERR_TLS_REQUIRED_SERVER_NAME,
    ERR_TLS_SNI_FROM_SERVER,
    ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS,
  },
  ConnResetException,
} = require('internal/errors');
const {
  validateFunction, validateNumber, validateObject, validateString, validateInt32, validateUint32,
} = require('internal/validators');
const {
  SecureContext, createSecureContext, translatePeerCertificate, shapeCertificate,
} = require('_tls_common');

const K = binding.constants;
const kConnectOptions = Symbol('connect-options');
const kStarted = Symbol('started');
const kErrorEmitted = Symbol('error-emitted');
const kPendingSession = Symbol('pendingSession');
const kRawSocket = Symbol('rawSocket');

const noop = () => {};

// ---- transports: where ciphertext goes and comes from ----------------------------------------

// A libuv stream handle (TCP or Pipe) taken over from a net.Socket or made fresh.
class HandleTransport {
  constructor(handle) {
    this.handle = handle;
    this.reading = false;
    this.onData = noop;
    this.onEnd = noop;
    this.onError = noop;
    handle.onread = (ab, nread) => {
      if (nread > 0) this.onData(new Uint8Array(ab, 0, nread));
      else if (nread === uv.UV_EOF) this.onEnd();
      else if (nread < 0) this.onError(nread);
    };
  }

  readStart() {
    if (this.reading) return 0;
    this.reading = true;
    return this.handle.readStart();
  }

  readStop() {
    if (!this.reading) return 0;
    this.reading = false;
    return this.handle.readStop();
  }

  // cb(status) runs later when the write was queued; returns false then, true when the kernel
  // took everything at once (cb is not called), or a negative error.
  write(bytes, cb) {
    const req = { oncomplete: (status) => cb(status) };
    const err = this.handle.writeBuffer(req, bytes);
    if (err) return err;
    return !req.async;
  }

  shutdown(cb) {
    const req = { oncomplete: (status) => cb(status) };
    const err = this.handle.shutdown(req);
    if (err) process.nextTick(cb, err);
  }

  close(cb) {
    this.handle.onread = noop;
    this.handle.close(cb);
  }
}

// Any Duplex (including another TLSSocket): ciphertext travels through its write()/'data'.
class StreamTransport {
  constructor(stream) {
    this.stream = stream;
    this.onData = noop;
    this.onEnd = noop;
    this.onError = noop;
    this.reading = false;
    this._listening = false;
  }

  _listen() {
    if (this._listening) return;
    this._listening = true;
    const s = this.stream;
    s.on('data', (chunk) => this.onData(chunk));
    s.on('end', () => this.onEnd());
    s.on('error', (err) => this.onError(err));
    s.on('close', () => this.onEnd());
  }

  readStart() {
    this._listen();
    this.reading = true;
    this.stream.resume();
    return 0;
  }

  readStop() {
    this.reading = false;
    this.stream.pause();
    return 0;
  }

  write(bytes, cb) {
    if (this.stream.destroyed || this.stream.writableEnded) {
      process.nextTick(cb, uv.UV_EPIPE);
      return false;
    }
    this.stream.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
                      (err) => cb(err ? uv.UV_EPIPE : 0));
    return false;
  }

  shutdown(cb) {
    if (this.stream.writableEnded) process.nextTick(cb, 0);
    else this.stream.end(() => cb(0));
  }

  close(cb) {
    this.stream.destroy();
    process.nextTick(cb);
  }
}

// ---- the handle a TLSSocket (net.Socket) drives ----------------------------------------------

// Speaks the stream-handle protocol of lib/net.js (readStart, writeBuffer, shutdown, close,
// onread ...) with cleartext, running the TLS engine between it and the transport.
class TLSHandle {
  constructor(conn, transport) {
    this.conn = conn;
    this.transport = transport;
    this.owner = null;
    this.onread = noop;
    this.secure = false;
    this.closed = false;
    this.started = false;
    this.wantRead = false;
    this.eofSent = false;
    this.transportEnded = false;
    this.pending = []; // writes (and a shutdown) made before the handshake finished
    transport.onData = (bytes) => this._onCiphertext(bytes);
    transport.onEnd = () => this._onTransportEnd();
    transport.onError = (err) => this._onTransportError(err);
    const raw = transport instanceof HandleTransport ? transport.handle : null;
    this.raw = raw;
  }

  // Begins the handshake (the transport is connected).
  start() {
    if (this.started || this.closed) return;
    this.started = true;
    this.transport.readStart();
    this._cycle();
  }

  _onCiphertext(bytes) {
    if (this.closed) return;
    this.conn.feed(bytes);
    this._cycle();
  }

  _onTransportEnd() {
    if (this.closed || this.transportEnded) return;
    this.transportEnded = true;
    if (!this.secure) {
      this.owner._onEarlyEnd();
      return;
    }
    this._cycle();
    if (!this.closed) this._emitEOF();
  }

  _onTransportError(err) {
    if (this.closed) return;
    if (typeof err === 'number') {
      if (!this.secure && err === uv.UV_ECONNRESET) {
        this.owner._onEarlyEnd();
        return;
      }
      this.onread(undefined, err);
    } else {
      this.owner.destroy(err);
    }
  }

  _emitEOF() {
    if (this.eofSent) return;
    this.eofSent = true;
    this.onread(undefined, uv.UV_EOF);
  }

  // Sends whatever ciphertext the engine produced.
  _flush() {
    if (this.closed) return;
    const out = this.conn.takeOutput();
    if (out === null) return;
    const r = this.transport.write(new Uint8Array(out), (status) => {
      if (status < 0) this._onFlushError(status);
    });
    if (typeof r === 'number' && r < 0) this._onFlushError(r);
  }

  // Ciphertext the engine produced on its own (handshake, alerts, close_notify) could not be
  // sent: the peer is gone. A vanished peer just closes the socket.
  _onFlushError(status) {
    if (this.closed || !this.owner) return;
    if (status === uv.UV_EPIPE || status === uv.UV_ECONNRESET || status === uv.UV_ENOTCONN) {
      if (!this.secure) this.owner._onEarlyEnd();
      else this.owner.destroy();
      return;
    }
    const { ErrnoException } = require('internal/errors');
    this.owner.destroy(new ErrnoException(status, 'write'));
  }

  // Advances the handshake, then hands decrypted data to the socket while it wants it.
  _cycle() {
    if (this.closed || !this.started) return;
    if (!this.secure) {
      let status;
      try {
        status = this.conn.handshake();
      } catch (err) {
        this._flush();
        this.owner._onTLSError(err);
        return;
      }
      if (status !== K.DONE) this._flush();
      if (status === K.WANT_SNI) {
        this.owner._onSNI(this.conn.getServername());
        return;
      }
      if (status !== K.DONE) return;
      this.secure = true;
      // The socket learns it is secure before our last handshake flight leaves, as in Node.
      this.owner._onHandshakeDone();
      if (this.closed) return;
      this._flush();
      this._flushPending();
      if (this.closed) return;
    }
    while (this.wantRead && !this.closed) {
      let r;
      try {
        r = this.conn.read();
      } catch (err) {
        this._flush();
        this.owner._onTLSError(err);
        return;
      }
      if (r === K.WANT_IO) break;
      if (r === K.EOF) {
        this._flush();
        this._emitEOF();
        break;
      }
      // A session ticket that came with this data is announced before the data.
      if (this.conn.hasNewSession()) this.owner._onNewSession();
      if (this.closed) return;
      this.onread(r, r.byteLength);
    }
    if (this.closed) return;
    this._flush();
    if (this.secure && this.conn.hasNewSession()) this.owner._onNewSession();
    if (this.raw && this.secure) {
      // Back-pressure: stop reading ciphertext while the socket does not want cleartext.
      if (this.wantRead) this.transport.readStart();
      else this.transport.readStop();
    }
  }

  _flushPending() {
    const list = this.pending;
    this.pending = [];
    for (const item of list) {
      if (this.closed) return;
      if (item.shutdown) this._doShutdown(item.req);
      else this._doWrite(item.req, item.data, true);
    }
  }

  // Encrypts data and sends it; req completes when the transport took the ciphertext.
  _doWrite(req, data, forceAsync) {
    try {
      this.conn.write(data);
    } catch (err) {
      process.nextTick(() => this.owner.destroy(err));
      req.async = true;
      return 0;
    }
    const out = this.conn.takeOutput();
    if (out === null) {
      req.async = !!forceAsync;
      if (forceAsync) process.nextTick(() => req.oncomplete(0));
      return 0;
    }
    const r = this.transport.write(new Uint8Array(out), (status) => req.oncomplete(status));
    if (typeof r === 'number' && r < 0) {
      req.async = false;
      return r;
    }
    if (r === true) {
      req.async = !!forceAsync;
      if (forceAsync) process.nextTick(() => req.oncomplete(0));
    } else {
      req.async = true;
    }
    return 0;
  }

  _queueOrWrite(req, data) {
    req.bytes = data.byteLength;
    if (this.closed) return uv.UV_EBADF;
    if (!this.secure) {
      this.pending.push({ req, data });
      req.async = true;
      return 0;
    }
    return this._doWrite(req, data, false);
  }

  writeBuffer(req, data) {
    return this._queueOrWrite(req, data);
  }

  writev(req, chunks) {
    return this._queueOrWrite(req, Buffer.concat(chunks));
  }

  writeUtf8String(req, s) {
    return this._queueOrWrite(req, Buffer.from(s, 'utf8'));
  }

  writeLatin1String(req, s) {
    return this._queueOrWrite(req, Buffer.from(s, 'latin1'));
  }

  _doShutdown(req) {
    if (this.closed) {
      process.nextTick(() => req.oncomplete(0));
      return;
    }
    this.conn.shutdown();
    this._flush();
    this.transport.shutdown((status) => req.oncomplete(status));
  }

  shutdown(req) {
    if (this.closed) return uv.UV_ENOTCONN;
    if (!this.secure) {
      this.pending.push({ shutdown: true, req });
      return 0;
    }
    this._doShutdown(req);
    return 0;
  }

  readStart() {
    this.wantRead = true;
    if (this.secure) process.nextTick(() => this._cycle());
    return 0;
  }

  readStop() {
    this.wantRead = false;
    if (this.secure && this.raw) this.transport.readStop();
    return 0;
  }

  close(cb) {
    if (this.closed) return;
    this.closed = true;
    this.pending = [];
    this.transport.close(cb);
    this.conn.destroy();
  }

  // Delegated to the TCP handle (when there is one).
  getsockname(out) { return this.raw?.getsockname ? this.raw.getsockname(out) : uv.UV_EINVAL; }
  getpeername(out) { return this.raw?.getpeername ? this.raw.getpeername(out) : uv.UV_EINVAL; }
  setNoDelay(on) { return this.raw?.setNoDelay ? this.raw.setNoDelay(on) : 0; }
  setKeepAlive(on, delay) { return this.raw?.setKeepAlive ? this.raw.setKeepAlive(on, delay) : 0; }
  ref() { this.raw?.ref(); }
  unref() { this.raw?.unref(); }
  hasRef() { return this.raw ? this.raw.hasRef() : true; }
  getFd() { return this.raw ? this.raw.getFd() : -1; }
  getWriteQueueSize() { return this.raw ? this.raw.getWriteQueueSize() : 0; }
  bind(...a) { return this.raw.bind(...a); }
  bind6(...a) { return this.raw.bind6(...a); }
  connect(...a) { return this.raw.connect(...a); }
  connect6(...a) { return this.raw.connect6(...a); }
  reset(cb) {
    if (this.closed || !this.raw?.reset) return uv.UV_EINVAL;
    this.closed = true;
    this.pending = [];
    this.raw.onread = noop;
    const err = this.raw.reset(cb);
    this.conn.destroy();
    return err;
  }
}

// ---- TLSSocket -------------------------------------------------------------------------------

function encodeALPN(protocols) {
  if (protocols === undefined || protocols === null) return null;
  return require('tls').convertALPNProtocols(protocols, {}).ALPNProtocols;
}

// Picks the transport for `socket`: a net.Socket's own libuv handle when it has one (the TLS
// engine then talks to the kernel directly), else the stream itself.
function takeTransport(socket, tlsSocket) {
  if (socket == null) {
    const { TCP, constants } = internalBinding('tcp_wrap');
    return new HandleTransport(new TCP(constants.SOCKET));
  }
  if (socket instanceof net.Socket && !(socket instanceof TLSSocket) && socket._handle &&
      typeof socket._handle.readStart === 'function' && !(socket._handle instanceof TLSHandle)) {
    const handle = socket._handle;
    if (handle.reading) {
      handle.readStop();
      handle.reading = false;
    }
    socket._handle = null;
    return new HandleTransport(handle);
  }
  if (!(socket instanceof Duplex) && (typeof socket.write !== 'function' ||
      typeof socket.on !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('options.socket', 'stream.Duplex', socket);
  }
  return new StreamTransport(socket);
}

class TLSSocket extends net.Socket {
  constructor(socket, opts) {
    const tlsOptions = { ...opts };
    if (tlsOptions.ALPNProtocols && tlsOptions.ALPNCallback) {
      throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
    }
    let context = tlsOptions.secureContext;
    if (context === undefined || context === null) {
      context = createSecureContext(tlsOptions);
    } else if (!(context instanceof SecureContext) &&
               !(context.context instanceof binding.SecureContext)) {
      throw new ERR_TLS_INVALID_CONTEXT('context');
    }
    const isServer = !!tlsOptions.isServer;
    const conn = new binding.TLSWrap(context.context, isServer);
    const transport = takeTransport(socket, null);
    const handle = new TLSHandle(conn, transport);
    super({
      handle,
      allowHalfOpen: socket ? !!socket.allowHalfOpen : !!tlsOptions.allowHalfOpen,
      pauseOnCreate: tlsOptions.pauseOnConnect,
      manualStart: true,
      highWaterMark: tlsOptions.highWaterMark,
      onread: tlsOptions.onread,
      signal: tlsOptions.signal,
    });
    handle.owner = this;
    this._tlsOptions = tlsOptions;
    this._secureEstablished = false;
    this._securePending = false;
    this._newSessionPending = false;
    this._controlReleased = false;
    this.secureConnecting = true;
    this._SNICallback = null;
    this.servername = null;
    this.alpnProtocol = null;
    this.authorized = false;
    this.authorizationError = null;
    this.encrypted = true;
    this[kErrorEmitted] = false;
    this[kStarted] = false;
    this[kRawSocket] = socket || null;
    this._context = context;
    this.ssl = conn;
    this.server = tlsOptions.server || null;
    if (socket && !(socket instanceof net.Socket)) this._parent = null;
    else if (socket) this._parent = socket;
    this._parentWrap = socket || null;
    if (socket instanceof net.Socket && socket.connecting) this.connecting = true;

    if (isServer) this._initServer(conn, tlsOptions);
    else this._initClient(conn, tlsOptions);

    if (socket) {
      // The plain socket's 'close' follows ours; its errors are ours too.
      if (transport instanceof HandleTransport && socket.connecting) {
        socket.once('connect', () => {
          this.connecting = false;
          this.emit('connect');
          if (this._startPending) this._start();
        });
      } else if (transport instanceof StreamTransport) {
        socket.once('close', () => {
          if (!this.destroyed && !this._secureEstablished) this._onEarlyEnd();
        });
      }
    }
    this.read(0);
  }

  _initServer(conn, options) {
    const server = options.server;
    const requestCert = !!options.requestCert;
    const rejectUnauthorized = options.rejectUnauthorized !== false;
    conn.setVerifyMode(requestCert, rejectUnauthorized);
    this._requestCert = requestCert;
    this._rejectUnauthorized = rejectUnauthorized;
    const alpn = options.ALPNProtocols;
    if (alpn) conn.setALPNProtocols(alpn);
    if (options.SNICallback || (server && server._contexts && server._contexts.length)) {
      this._SNICallback = options.SNICallback || defaultSNICallback;
      conn.enableSNIPause();
    }
    if (server) {
      const timeout = options.handshakeTimeout === undefined ? 120000 : options.handshakeTimeout;
      if (timeout > 0) {
        this._handshakeTimer = setTimeout(() => {
          this._handshakeTimer = null;
          this._onTLSError(new ERR_TLS_HANDSHAKE_TIMEOUT());
        }, timeout);
        this._handshakeTimer.unref();
      }
    }
    // A server socket starts its handshake as soon as it exists.
    process.nextTick(() => this._start());
  }

  _initClient(conn, options) {
    conn.setVerifyMode(true, options.rejectUnauthorized !== false);
    this._rejectUnauthorized = options.rejectUnauthorized !== false;
    const alpn = encodeALPN(options.ALPNProtocols);
    if (alpn) conn.setALPNProtocols(alpn);
    if (options.session) this.setSession(options.session);
    if (options.requestOCSP) this._requestOCSP = true;
  }

  // Starts the handshake once the transport is connected.
  _start() {
    if (this[kStarted] || this.destroyed) return;
    if (this.connecting) {
      this._startPending = true;
      return;
    }
    this[kStarted] = true;
    this._handle.start();
  }

  _onSNI(servername) {
    const conn = this.ssl;
    this.servername = servername || null;
    let called = false;
    const done = (err, context) => {
      if (called) {
        this.destroy(new ERR_MULTIPLE_CALLBACK());
        return;
      }
      called = true;
      if (this.destroyed) return;
      if (err) {
        this._onTLSError(err);
        return;
      }
      if (context) {
        const native = context.context instanceof binding.SecureContext ? context.context :
          context instanceof binding.SecureContext ? context : null;
        if (!native) {
          this._onTLSError(new ERR_TLS_INVALID_CONTEXT('context'));
          return;
        }
        conn.setContext(native);
      } else {
        conn.setContext(null);
      }
      this._handle._cycle();
    };
    if (!servername) {
      done(null, undefined);
      return;
    }
    const cb = this._SNICallback;
    cb.call(this, servername, done);
  }

  _onHandshakeDone() {
    this._secureEstablished = true;
    this.secureConnecting = false;
    if (this._handshakeTimer) {
      clearTimeout(this._handshakeTimer);
      this._handshakeTimer = null;
    }
    const alpn = this.ssl.getALPNProtocol();
    this.alpnProtocol = alpn;
    if (this._tlsOptions.isServer) {
      const name = this.ssl.getServername();
      this.servername = name;
      onServerSocketSecure.call(this);
    } else {
      onConnectSecure.call(this);
    }
  }

  _onNewSession() {
    if (this._tlsOptions.isServer) return;
    const ab = this.ssl.getSession();
    if (ab === undefined) return;
    this.emit('session', Buffer.from(ab));
  }

  // The transport ended (or was reset) before the handshake finished.
  _onEarlyEnd() {
    if (this.destroyed) return;
    if (this._tlsOptions.isServer) {
      const err = new ConnResetException('socket hang up');
      this._onTLSError(err);
      return;
    }
    const options = this[kConnectOptions] || {};
    const err = new ConnResetException(
      'Client network socket disconnected before secure TLS connection was established');
    err.path = options.path;
    err.host = options.host;
    err.port = options.port;
    err.localAddress = options.localAddress;
    this.destroy(err);
  }

  // A TLS protocol error: servers report it as 'tlsClientError' before the handshake is done.
  _onTLSError(err) {
    if (this.destroyed) return;
    if (this._tlsOptions.isServer && !this._secureEstablished) {
      const server = this._tlsOptions.server;
      if (!this[kErrorEmitted]) {
        this[kErrorEmitted] = true;
        if (server && server.listenerCount('tlsClientError') > 0) {
          server.emit('tlsClientError', err, this);
        }
      }
      this.destroy();
      return;
    }
    this.destroy(err);
  }

  _destroy(exception, cb) {
    if (this._handshakeTimer) {
      clearTimeout(this._handshakeTimer);
      this._handshakeTimer = null;
    }
    const raw = this[kRawSocket];
    super._destroy(exception, cb);
    if (raw && raw instanceof net.Socket && !raw.destroyed) raw.destroy();
  }

  setServername(name) {
    validateString(name, 'name');
    if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
    this.ssl.setServername(name);
  }

  setSession(session) {
    if (typeof session === 'string') session = Buffer.from(session, 'latin1');
    this.ssl.setSession(session);
  }

  getSession() {
    if (!this.ssl || this.destroyed) return undefined;
    try {
      const ab = this.ssl.getSession();
      return ab === undefined ? undefined : Buffer.from(ab);
    } catch {
      return undefined;
    }
  }

  isSessionReused() {
    return this._safe(() => this.ssl.isSessionReused(), false);
  }

  getTLSTicket() {
    return undefined;
  }

  _safe(fn, fallback) {
    if (!this._handle || this._handle.closed) return fallback;
    try {
      return fn();
    } catch {
      return fallback;
    }
  }

  getPeerCertificate(detailed) {
    if (!this._handle || this._handle.closed) return null;
    const list = this._safe(() => this.ssl.getPeerCertificate(!!detailed), null);
    if (!list) return {};
    return translatePeerCertificate(list) || {};
  }

  getCertificate() {
    const c = this._safe(() => this.ssl.getCertificate(), null);
    return c ? shapeCertificate(c) : {};
  }

  getPeerX509Certificate() {
    return undefined;
  }

  getX509Certificate() {
    return undefined;
  }

  getProtocol() {
    if (!this._secureEstablished) return null;
    return this._safe(() => this.ssl.getProtocol(), null);
  }

  getCipher() {
    if (!this._secureEstablished) return {};
    return this._safe(() => this.ssl.getCipher(), null) || {};
  }

  getEphemeralKeyInfo() {
    if (!this._secureEstablished) return null;
    return this._safe(() => this.ssl.getEphemeralKeyInfo(), null);
  }

  getFinished() {
    const ab = this._safe(() => this.ssl.getFinished(), undefined);
    return ab === undefined ? undefined : Buffer.from(ab);
  }

  getPeerFinished() {
    const ab = this._safe(() => this.ssl.getPeerFinished(), undefined);
    return ab === undefined ? undefined : Buffer.from(ab);
  }

  getSharedSigalgs() {
    return [];
  }

  exportKeyingMaterial(length, label, context) {
    validateUint32(length, 'length', true);
    validateString(label, 'label');
    if (context !== undefined && !ArrayBuffer.isView(context)) {
      throw new ERR_INVALID_ARG_TYPE('context', ['Buffer', 'TypedArray', 'DataView'], context);
    }
    if (!this._secureEstablished) throw new ERR_TLS_INVALID_STATE();
    return Buffer.from(this.ssl.exportKeyingMaterial(length, label, context));
  }

  setMaxSendFragment(size) {
    validateInt32(size, 'size');
    return this._safe(() => this.ssl.setMaxSendFragment(size), false);
  }

  enableTrace() {}

  disableRenegotiation() {
    this._disableRenegotiation = true;
  }

  renegotiate(options, callback) {
    validateObject(options, 'options');
    if (callback !== undefined) validateFunction(callback, 'callback');
    if (this.destroyed) return false;
    // OpenSSL 3 with TLS 1.3 has no renegotiation; report it like a refused one.
    const err = new Error('renegotiation is not supported');
    if (callback) process.nextTick(callback, err);
    return false;
  }

  setKeyCert(context) {
    throw new ERR_TLS_INVALID_STATE();
  }

  _releaseControl() {
    if (this._controlReleased) return false;
    this._controlReleased = true;
    return true;
  }

  address() {
    const raw = this[kRawSocket];
    if (this._handle && this._handle.raw) return super.address();
    return raw && typeof raw.address === 'function' ? raw.address() : {};
  }

  get remoteAddress() {
    const raw = this[kRawSocket];
    if (this._handle?.raw || !raw) return super.remoteAddress;
    return raw.remoteAddress;
  }

  get remotePort() {
    const raw = this[kRawSocket];
    if (this._handle?.raw || !raw) return super.remotePort;
    return raw.remotePort;
  }

  get remoteFamily() {
    const raw = this[kRawSocket];
    if (this._handle?.raw || !raw) return super.remoteFamily;
    return raw.remoteFamily;
  }
}

// Client: the handshake finished; verify the chain and the server's name.
function onConnectSecure() {
  const options = this[kConnectOptions] || this._tlsOptions;
  let verifyError = this.ssl.verifyError();
  if (verifyError) {
    const err = new Error(verifyError.message);
    err.code = verifyError.code;
    verifyError = err;
  }
  const hostname = options.servername || options.host ||
    (options.socket && options.socket._host) || 'localhost';
  if (!verifyError && !this.isSessionReused()) {
    const cert = this.getPeerCertificate(true);
    const check = options.checkServerIdentity || require('tls').checkServerIdentity;
    verifyError = check(hostname, cert);
  }
  if (verifyError) {
    this.authorized = false;
    this.authorizationError = verifyError.code || verifyError.message;
    if (options.rejectUnauthorized !== false) {
      this.destroy(verifyError);
      return;
    }
  } else {
    this.authorized = true;
  }
  this.removeListener('end', onConnectEnd);
  this.emit('secureConnect');
  this.emit('secure');
}

function onConnectEnd() {
  if (!this._secureEstablished) this._onEarlyEnd();
}

// Server: the handshake finished; check the client certificate when one was asked for.
function onServerSocketSecure() {
  if (this._requestCert) {
    const verifyError = this.ssl.verifyError();
    if (verifyError) {
      this.authorizationError = verifyError.code;
      if (this._rejectUnauthorized) {
        this.destroy();
        return;
      }
    } else {
      this.authorized = true;
    }
  }
  this.emit('secure');
  const server = this._tlsOptions.server;
  if (!this.destroyed && server && this._releaseControl()) server.emit('secureConnection', this);
}

function defaultSNICallback(servername, cb) {
  const server = this._tlsOptions.server;
  const contexts = server ? server._contexts : [];
  for (let i = contexts.length - 1; i >= 0; i--) {
    if (contexts[i][0].test(servername)) {
      cb(null, contexts[i][1]);
      return;
    }
  }
  cb(null, undefined);
}

// ---- Server ----------------------------------------------------------------------------------

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    handshakeTimeout: this[kHandshakeTimeout],
    ALPNProtocols: this._alpnWire,
    SNICallback: this[kSNICallback],
    pauseOnConnect: this.pauseOnConnect,
    highWaterMark: this.highWaterMark,
  });
  return socket;
}

const kHandshakeTimeout = Symbol('handshakeTimeout');
const kSNICallback = Symbol('snicallback');

// Shared by tls.Server and https.Server (which is built on http.Server's constructor).
function initTLSServer(server, options, listener) {
  server._contexts = [];
  server.requestCert = options.requestCert === true;
  server.rejectUnauthorized = options.rejectUnauthorized !== false;
  if (options.ALPNProtocols && options.ALPNCallback) throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
  if (options.ALPNProtocols) server._alpnWire = encodeALPN(options.ALPNProtocols);
  if (options.SNICallback !== undefined) validateFunction(options.SNICallback, 'options.SNICallback');
  server[kSNICallback] = options.SNICallback;
  const timeout = options.handshakeTimeout ?? 120000;
  validateNumber(timeout, 'options.handshakeTimeout');
  server[kHandshakeTimeout] = timeout;
  if (options.sessionTimeout !== undefined) validateNumber(options.sessionTimeout, 'options.sessionTimeout');
  server.setSecureContext(options);
  server.on('connection', tlsConnectionListener);
  if (listener) server.on('secureConnection', listener);
}

class Server extends net.Server {
  constructor(options, listener) {
    if (typeof options === 'function') {
      listener = options;
      options = {};
    } else if (options == null) {
      options = {};
    } else if (typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(options);
    initTLSServer(this, options, listener);
  }

  setSecureContext(options) {
    validateObject(options, 'options');
    this._options = options;
    this._sharedCreds = options.secureContext || createSecureContext({
      ...options,
      secureOptions: options.secureOptions,
    });
    if (options.sessionTimeout !== undefined) {
      this._sharedCreds.context.setSessionTimeout(options.sessionTimeout);
    }
    if (options.ticketKeys !== undefined) this._ticketKeys = options.ticketKeys;
    this._sharedCreds.context.setTicketsEnabled(true);
  }

  addContext(servername, context) {
    if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
    const escaped = servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replace(/\*/g, '[^.]*');
    const re = new RegExp(`^${escaped}$`);
    const sc = context instanceof SecureContext ? context : createSecureContext(context);
    this._contexts.push([re, sc]);
  }

  getTicketKeys() {
    if (this._ticketKeys === undefined) {
      this._ticketKeys = require('crypto').randomBytes(48);
    }
    return Buffer.from(this._ticketKeys);
  }

  setTicketKeys(keys) {
    if (!ArrayBuffer.isView(keys)) {
      throw new ERR_INVALID_ARG_TYPE('keys', ['Buffer', 'TypedArray', 'DataView'], keys);
    }
    if (keys.byteLength !== 48) {
      const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_VALUE('keys', keys.byteLength, 'must be exactly 48 bytes');
    }
    this._ticketKeys = Buffer.from(keys);
  }
}

function createServer(options, listener) {
  return new Server(options, listener);
}

// ---- connect ---------------------------------------------------------------------------------

// tls.connect(port[, host][, options][, cb]), (path[, options][, cb]) or (options[, cb]).
function normalizeConnectArgs(args) {
  const [options, cb] = net._normalizeArgs(args);
  for (let i = 1; i <= 2; i++) {
    if (args[i] !== null && typeof args[i] === 'object') {
      Object.assign(options, args[i]);
      break;
    }
  }
  return [options, cb];
}

function connect(...args) {
  let [options, cb] = normalizeConnectArgs(args);
  const tls = require('tls');
  const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: tls.DEFAULT_CIPHERS,
    checkServerIdentity: tls.checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateNumber(options.minDHSize, 'options.minDHSize', 1);
  const context = options.secureContext || createSecureContext(options);
  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: !!options.path,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    requestOCSP: options.requestOCSP,
    highWaterMark: options.highWaterMark,
    onread: options.onread,
    signal: options.signal,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);

  let servername = options.servername;
  if (servername === undefined && options.host && !net.isIP(options.host)) {
    servername = options.host;
  }
  if (servername) tlssock.setServername(servername);

  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    const connectOpts = {
      path: options.path,
      port: options.port,
      host: options.host,
      family: options.family,
      localAddress: options.localAddress,
      localPort: options.localPort,
      lookup: options.lookup,
    };
    tlssock.connect(connectOpts, () => tlssock._start());
  } else {
    tlssock._start();
  }
  tlssock._releaseControl();
  tlssock.prependListener('end', onConnectEnd);
  return tlssock;
}

module.exports = {
  TLSSocket,
  Server,
  createServer,
  connect,
  initTLSServer,
  tlsConnectionListener,
};
