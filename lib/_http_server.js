'use strict';
// node:_http_server — http.Server (a net.Server that parses requests with llhttp, answers them
// in order on keep-alive connections) and ServerResponse.

const net = require('net');
const { Buffer } = require('buffer');
const { codes, ConnResetException } = require('internal/errors');
const {
  validateBoolean, validateInteger, validateObject,
} = require('internal/validators');
const {
  HTTPParser, parsers, freeParser, execute, parseError, kIncomingMessage,
  continueExpression, chunkExpression, _checkInvalidHeaderChar: checkInvalidHeaderChar,
} = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const {
  OutgoingMessage, kOutHeaders, kUniqueHeaders, parseUniqueHeadersOption, kNeedDrain,
} = require('_http_outgoing');
const {
  ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_SOCKET_ASSIGNED,
  ERR_HTTP_REQUEST_TIMEOUT, ERR_INVALID_CHAR, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_VALUE,
} = codes;

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kState = Symbol('http.server.state');
const kCheckTimer = Symbol('http.server.connectionsCheckingInterval');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
  304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: 'I\'m a Teapot', 421: 'Misdirected Request',
  422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early',
  426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

let maxHeaderSize = 16384;

// ---- ServerResponse ----

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  this.statusCode = 200;
  this.statusMessage = undefined;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) emitCloseNT(msg);
}

function emitCloseNT(res) {
  if (!res._closed) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  for (const key of Object.keys(hints)) {
    const v = hints[key];
    if (Array.isArray(v)) for (const x of v) head += `${key}: ${x}\r\n`;
    else head += `${key}: ${v}\r\n`;
  }
  this._writeRaw(head + '\r\n', 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  }
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    if (obj) {
      if (Array.isArray(obj)) {
        if (obj.length && Array.isArray(obj[0])) {
          for (const [k, v] of obj) this.appendHeader(k, v);
        } else {
          if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
          for (let i = 0; i < obj.length; i += 2) this.appendHeader(obj[i], obj[i + 1]);
        }
      } else {
        for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// ---- Server ----

function Server(options, requestListener) {
  if (!new.target) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  const self = Reflect.construct(net.Server, [{
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  }], new.target);
  storeOptions(self, options);
  if (requestListener) self.on('request', requestListener);
  self.httpAllowHalfOpen = false;
  self.on('connection', connectionListener);
  self.on('listening', setupConnectionsTracking);
  self.timeout = 0;
  self.maxHeadersCount = null;
  self.maxRequestsPerSocket = 0;
  self[kConnections] = new Set();
  return self;
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function storeOptions(self, options) {
  self[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  self[kServerResponse] = options.ServerResponse || ServerResponse;
  const mhs = options.maxHeaderSize;
  if (mhs !== undefined) validateInteger(mhs, 'maxHeaderSize', 0);
  self.maxHeaderSize = mhs;
  const insecure = options.insecureHTTPParser;
  if (insecure !== undefined) validateBoolean(insecure, 'options.insecureHTTPParser');
  self.insecureHTTPParser = insecure;
  const requestTimeout = options.requestTimeout ?? 300000;
  validateInteger(requestTimeout, 'requestTimeout', 0);
  self.requestTimeout = requestTimeout;
  const headersTimeout = options.headersTimeout ?? Math.min(60000, requestTimeout);
  validateInteger(headersTimeout, 'headersTimeout', 0);
  if (requestTimeout > 0 && headersTimeout > 0 && headersTimeout > requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  self.headersTimeout = headersTimeout;
  const interval = options.connectionsCheckingInterval ?? 30000;
  validateInteger(interval, 'connectionsCheckingInterval', 0);
  self.connectionsCheckingInterval = interval;
  self.keepAliveTimeout = options.keepAliveTimeout ?? 5000;
  self.requireHostHeader = options.requireHostHeader ?? true;
  if (options.requireHostHeader !== undefined) {
    validateBoolean(options.requireHostHeader, 'options.requireHostHeader');
  }
  self.joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (options.joinDuplicateHeaders !== undefined) {
    validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  self.rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites ?? false;
  self[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
}

function setupConnectionsTracking() {
  if (this[kCheckTimer]) clearInterval(this[kCheckTimer]);
  if (this.connectionsCheckingInterval > 0 && (this.headersTimeout > 0 || this.requestTimeout > 0)) {
    this[kCheckTimer] = setInterval(checkConnections.bind(this), this.connectionsCheckingInterval);
    this[kCheckTimer].unref();
  }
}

function checkConnections() {
  const now = Date.now();
  for (const socket of this[kConnections]) {
    const state = socket[kState];
    if (!state || state.requestStart === 0) continue;
    const elapsed = now - state.requestStart;
    if ((!state.headersDone && this.headersTimeout > 0 && elapsed > this.headersTimeout) ||
        (this.requestTimeout > 0 && elapsed > this.requestTimeout)) {
      state.requestStart = 0;
      socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

Server.prototype.close = function close(cb) {
  if (this[kCheckTimer]) {
    clearInterval(this[kCheckTimer]);
    this[kCheckTimer] = null;
  }
  this.closeIdleConnections();
  return net.Server.prototype.close.call(this, cb);
};

Server.prototype[Symbol.asyncDispose] = function () {
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const socket of this[kConnections]) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const socket of this[kConnections]) {
    const state = socket[kState];
    if (state && !socket._httpMessage && state.incoming.length === 0 && state.requestStart === 0) {
      socket.destroy();
    }
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[Symbol.for('nodejs.rejection')] = function (err, event, ...args) {
  if (event === 'request') {
    args[1].destroy(err);
  } else {
    net.Server.prototype[Symbol.for('nodejs.rejection')]?.apply(this, arguments);
  }
};

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const tooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const timeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';

function noop() {}

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    if (this.writable && this.bytesWritten === 0 && !this._httpMessage) {
      const response = e.code === 'HPE_HEADER_OVERFLOW' ? tooLargeResponse :
        e.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? timeoutResponse : badRequestResponse;
      this.write(response);
    }
    this.destroy(e);
  }
}

function socketOnTimeout() {
  const state = this[kState];
  if (state && state.keepAliveTimeoutSet && !this.server.timeout &&
      (state.incoming.length || this._httpMessage || state.requestStart)) {
    this.setTimeout(this.server.keepAliveTimeout);
    return;
  }
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function connectionListener(socket) {
  const server = this;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);
  const parser = parsers.alloc();
  parser.initialize(HTTPParser.REQUEST, server.maxHeaderSize || maxHeaderSize,
                    server.insecureHTTPParser === undefined ? false : server.insecureHTTPParser);
  parser.socket = socket;
  socket.parser = parser;
  if (typeof server.maxHeadersCount === 'number') parser.maxHeaderPairs = server.maxHeadersCount;
  const state = {
    incoming: [],
    outgoing: [],
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    requestStart: 0,
    headersDone: false,
    upgradeReq: null,
    paused: false,
  };
  socket[kState] = state;
  server[kConnections].add(socket);
  parser.onIncoming = (req, keepAlive) => parserOnIncoming(server, socket, state, req, keepAlive);
  parser.onMessageDone = () => {
    state.requestStart = 0;
    state.headersDone = false;
  };
  socket.on('error', socketOnError);
  socket.on('drain', socketOnDrain);
  socket.on('end', () => socketOnEnd(server, socket, parser, state));
  socket.on('close', () => socketOnClose(server, socket, state));
  socket._paused = false;
  socket._httpResume = () => {
    if (state.paused && socket._handle) {
      state.paused = false;
      socket._handle.reading = true;
      socket._handle.readStart();
    }
  };

  const onBytes = (data, offset, length) => {
    if (state.requestStart === 0) state.requestStart = Date.now();
    // With no server.timeout the keep-alive timer stays armed during requests (reads refresh
    // it and socketOnTimeout re-arms it while a request is open): no timer churn per request.
    if (state.keepAliveTimeoutSet && server.timeout) {
      socket.setTimeout(server.timeout);
      state.keepAliveTimeoutSet = false;
    }
    const ret = execute(parser, data, offset, length);
    if (typeof ret !== 'number') {
      socketOnError.call(socket, parseError(ret));
      return;
    }
    if (state.upgradeReq) {
      onUpgrade(server, socket, parser, state, data, offset + ret, length - ret);
      return;
    }
    if (parser.readPaused && !state.paused && socket._handle) {
      parser.readPaused = false;
      state.paused = true;
      socket._handle.reading = false;
      socket._handle.readStop();
    }
  };
  // Read straight from the handle: bytes go to llhttp without becoming socket 'data' events.
  const handle = socket._handle;
  if (handle && typeof socket._onread === 'function') {
    state.handle = handle;
    handle.onread = (ab, nread) => {
      if (nread > 0) {
        socket._bytesRead += nread;
        socket._unrefTimerActive();
        onBytes(ab, 0, nread);
      } else {
        socket._onread(ab, nread);
      }
    };
  } else {
    state.onData = (buf) => onBytes(buf, 0, buf.length);
    socket.on('data', state.onData);
  }
}

// The socket flushed: a response whose write() returned false may take more data now.
function socketOnDrain() {
  const res = this._httpMessage;
  if (res && !res.finished && res[kNeedDrain]) {
    res[kNeedDrain] = false;
    res.emit('drain');
  }
}

function detachParser(socket, parser, state) {
  if (state.handle && socket._handle === state.handle) {
    const h = state.handle;
    h.onread = (ab, nread) => socket._onread(ab, nread);
  }
  if (state.onData) socket.removeListener('data', state.onData);
  state.handle = null;
  freeParser(parser, null, socket);
}

function onUpgrade(server, socket, parser, state, data, offset, length) {
  const req = state.upgradeReq;
  state.upgradeReq = null;
  const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  detachParser(socket, parser, state);
  socket.removeListener('error', socketOnError);
  socket.removeListener('drain', socketOnDrain);
  socket.removeAllListeners('timeout');
  server[kConnections].delete(socket);
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data, offset, length) :
    data.subarray(offset, offset + length);
  const head = Buffer.from(bytes);
  if (server.listenerCount(eventName) > 0) {
    server.emit(eventName, req, socket, head);
  } else {
    socket.destroy();
  }
}

function socketOnEnd(server, socket, parser, state) {
  if (socket.parser === parser) {
    const ret = parser.finish();
    if (typeof ret !== 'number' && ret) {
      socketOnError.call(socket, parseError(ret));
      return;
    }
  }
  if (!server.httpAllowHalfOpen) {
    if (socket.writable && !socket._httpMessage && state.outgoing.length === 0) socket.end();
    else if (state.outgoing.length) state.outgoing[state.outgoing.length - 1]._last = true;
    else if (socket._httpMessage) socket._httpMessage._last = true;
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnClose(server, socket, state) {
  server[kConnections].delete(socket);
  if (socket.parser) freeParser(socket.parser, null, socket);
  for (const req of state.incoming) {
    if (!req.complete) req.destroy(new ConnResetException('aborted'));
    else if (!req.readableEnded) req.emit('aborted');
  }
  state.incoming.length = 0;
  for (const res of state.outgoing) emitCloseNT(res);
  state.outgoing.length = 0;
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  state.headersDone = true;
  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) {
      state.upgradeReq = req;
      return 2;
    }
  }
  state.incoming.push(req);
  // A request is destroyed (and emits 'close') after its response closed.
  req._readableState.autoDestroy = false;
  const res = new server[kServerResponse](req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res.shouldKeepAlive = keepAlive && res.shouldKeepAlive;
  res[kUniqueHeaders] = server[kUniqueHeaders];
  state.requestsCount++;
  if (server.maxRequestsPerSocket > 0 && state.requestsCount >= server.maxRequestsPerSocket) {
    res.maxRequestsOnConnectionReached = true;
  }
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  res.on('finish', () => resOnFinish(req, res, socket, state, server));

  if (server.maxRequestsPerSocket > 0 && state.requestsCount > server.maxRequestsPerSocket) {
    res.writeHead(503);
    res.end();
    return 0;
  }
  if (server.requireHostHeader && req.httpVersionMajor === 1 && req.httpVersionMinor === 1 &&
      req.headers.host === undefined) {
    res.writeHead(400, ['Connection', 'close']);
    res.end();
    return 0;
  }
  const expect = req.headers.expect;
  if (expect !== undefined && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (continueExpression.test(expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
  } else {
    server.emit('request', req, res);
  }
  return 0;
}

function resOnFinish(req, res, socket, state, server) {
  const i = state.incoming.indexOf(req);
  if (i !== -1) state.incoming.splice(i, 1);
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  process.nextTick(() => {
    emitCloseNT(res);
    if (!req.destroyed) req.destroy();
  });
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && !state.keepAliveTimeoutSet &&
        typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const next = state.outgoing.shift();
    next.assignSocket(socket);
  }
}

module.exports = {
  _connectionListener: connectionListener,
  get maxHeaderSize() { return maxHeaderSize; },
  kServerResponse,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  STATUS_CODES,
  storeHTTPOptions: storeOptions,
};
