'use strict';
// node:_http_outgoing — OutgoingMessage, the base of ServerResponse and ClientRequest: header
// bookkeeping, serialising the head into one string, chunked encoding, and writing head and
// body with as few socket writes as possible.

const { Stream } = require('stream');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const { _checkIsHttpToken: checkIsHttpToken, _checkInvalidHeaderChar: checkInvalidHeaderChar } =
  require('_http_common');
const {
  ERR_HTTP_BODY_NOT_ALLOWED, ERR_HTTP_CONTENT_LENGTH_MISMATCH, ERR_HTTP_HEADERS_SENT,
  ERR_HTTP_INVALID_HEADER_VALUE, ERR_HTTP_TRAILER_INVALID, ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE, ERR_INVALID_CHAR, ERR_INVALID_HTTP_TOKEN, ERR_METHOD_NOT_IMPLEMENTED,
  ERR_STREAM_ALREADY_FINISHED, ERR_STREAM_CANNOT_PIPE, ERR_STREAM_DESTROYED,
  ERR_STREAM_NULL_VALUES, ERR_STREAM_WRITE_AFTER_END,
} = codes;

const { kOutHeaders, kNeedDrain, utcDate } = require('internal/http');
const kCorked = Symbol('corked');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kChunkedBuffer = Symbol('kChunkedBuffer');
const kChunkedLength = Symbol('kChunkedLength');

const nop = () => {};
const CRLF = '\r\n';

// ---- validation ----

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('header content', name);
}

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
}

// ---- OutgoingMessage ----

function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this[kNeedDrain] = false;
  this.finished = false;
  this._headerSent = false;
  this[kCorked] = 0;
  this[kChunkedBuffer] = [];
  this[kChunkedLength] = 0;
  this._closed = false;
  this.socket = null;
  this._header = null;
  this[kOutHeaders] = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = nop;
  this[kErrored] = null;
  this[kHighWaterMark] = options?.highWaterMark ?? 16384;
  this[kRejectNonStandardBodyWrites] = options?.rejectNonStandardBodyWrites ?? false;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

function getter(name, get, set) {
  Object.defineProperty(OutgoingMessage.prototype, name, {
    configurable: true, enumerable: true, get, set,
  });
}

getter('errored', function () { return this[kErrored]; });
getter('closed', function () { return this._closed; });
getter('writableFinished', function () {
  return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
});
getter('writableObjectMode', () => false);
getter('writableLength', function () {
  return this.outputSize + this[kChunkedLength] + (this.socket ? this.socket.writableLength : 0);
});
getter('writableHighWaterMark', function () {
  return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark];
});
getter('writableCorked', function () { return this[kCorked]; });
getter('writableEnded', function () { return this.finished; });
getter('writableNeedDrain', function () { return !this.destroyed && !this.finished && this[kNeedDrain]; });
getter('connection', function () { return this.socket; }, function (val) { this.socket = val; });
getter('headersSent', function () { return !!this._header; });
getter('_headerNames', function () {
  const headers = this[kOutHeaders];
  if (headers === null) return null;
  const out = Object.create(null);
  for (const key of Object.keys(headers)) out[key] = headers[key][0];
  return out;
});

OutgoingMessage.prototype.cork = function cork() {
  this[kCorked]++;
  if (this.socket) this.socket.cork();
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this[kCorked]) this[kCorked]--;
  if (this.socket) this.socket.uncork();
  if (this[kCorked] || this[kChunkedBuffer].length === 0) return;
  // Chunks written while corked go out as one chunk.
  const bufs = this[kChunkedBuffer];
  let len = 0;
  const callbacks = [];
  for (const { chunk, encoding, callback } of bufs) {
    len += byteLength(chunk, encoding);
    if (callback) callbacks.push(callback);
  }
  this._send(len.toString(16) + CRLF, 'latin1', null);
  for (const { chunk, encoding } of bufs) this._send(chunk, encoding, null);
  this._send(CRLF, 'latin1', callbacks.length ?
    (err) => { for (const cb of callbacks) cb(err); } : null);
  this[kChunkedBuffer] = [];
  this[kChunkedLength] = 0;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) {
    this.once('socket', (socket) => socket.setTimeout(msecs));
  } else {
    this.socket.setTimeout(msecs);
  }
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', (socket) => socket.destroy(error));
  return this;
};

// Queues or writes data (the head goes first, joined to the data when both are strings).
OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLen) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      const header = this._header;
      this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
      this.outputSize += header.length;
      this._onPendingData(header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLen);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback, size) {
  const conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    if (typeof data === 'string' && directWrite(conn, data, encoding, callback)) return true;
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data, encoding, callback });
  const len = size ?? data.length;
  this.outputSize += len;
  this._onPendingData(len);
  return this.outputSize < this[kHighWaterMark];
};

// Writes a string straight to an idle net.Socket's handle (one JS->C call, no Writable
// bookkeeping). Returns false when the socket's own write path must be used: its queue is not
// empty, it is corked or connecting, or the encoding needs conversion in JS.
function directWrite(conn, data, encoding, callback) {
  const handle = conn._handle;
  if (!handle || typeof handle.writeUtf8String !== 'function' || conn.connecting ||
      conn.writableCorked || conn.writableLength !== 0 || conn._pendingData !== null ||
      typeof conn._bytesDispatched !== 'number') {
    return false;
  }
  const utf8 = !encoding || encoding === 'utf8' || encoding === 'utf-8';
  if (!utf8 && encoding !== 'latin1') return false;
  const req = {
    oncomplete(status) {
      if (typeof callback === 'function') {
        callback(status < 0 ? new (require('internal/errors').ErrnoException)(status, 'write') : undefined);
      }
    },
  };
  const err = utf8 ? handle.writeUtf8String(req, data) : handle.writeLatin1String(req, data);
  if (err) {
    const ex = new (require('internal/errors').ErrnoException)(err, 'write');
    process.nextTick(() => conn.destroy(ex));
    if (typeof callback === 'function') process.nextTick(callback, ex);
    return true;
  }
  conn._bytesDispatched += req.bytes;
  if (!req.async && typeof callback === 'function') process.nextTick(callback);
  return true;
}

function isSpecial(lower) {
  switch (lower.length) {
    case 4: return lower === 'date' ? 4 : 0;
    case 6: return lower === 'expect' ? 6 : 0;
    case 7: return lower === 'trailer' ? 7 : 0;
    case 10: return lower === 'connection' ? 10 : 0;
    case 14: return lower === 'content-length' ? 14 : 0;
    case 17: return lower === 'transfer-encoding' ? 17 : 0;
    default: return 0;
  }
}

// Builds this._header from the first line and the headers (the kOutHeaders map, a plain
// object, a flat [k, v, ...] array or an array of [k, v] pairs).
OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  const state = {
    connection: false, contLen: false, te: false, date: false, expect: false, trailer: false,
    header: firstLine,
  };
  if (headers) {
    if (headers === this[kOutHeaders]) {
      for (const key in headers) {
        const entry = headers[key];
        processHeader(this, state, entry[0], entry[1], false);
      }
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (let i = 0; i < headers.length; i++) {
          processHeader(this, state, headers[i][0], headers[i][1], true);
        }
      } else {
        if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
        for (let i = 0; i < headers.length; i += 2) {
          processHeader(this, state, headers[i], headers[i + 1], true);
        }
      }
    } else {
      for (const key in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, key)) {
          processHeader(this, state, key, headers[key], true);
        }
      }
    }
  }
  let { header } = state;
  if (this.sendDate && !state.date) header += 'Date: ' + utcDate() + CRLF;
  if (!state.connection) {
    const keepAlive = this.shouldKeepAlive &&
      (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (keepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (keepAlive) {
      header += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        const secs = Math.floor(this._keepAliveTimeout / 1000);
        const max = ~~this._maxRequestsPerSocket > 0 ? `, max=${this._maxRequestsPerSocket}` : '';
        header += `Keep-Alive: timeout=${secs}${max}\r\n`;
      }
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }
  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
      header += 'Content-Length: ' + this._contentLength + CRLF;
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }
  if (this.chunkedEncoding !== true && state.trailer) throw new ERR_HTTP_TRAILER_INVALID();
  this._header = header + CRLF;
  this._headerSent = false;
  if (state.expect) this._send('');
};

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    if ((value.length < 2 || !isCookieField(key)) &&
        (!self[kUniqueHeaders] || !self[kUniqueHeaders].has(key.toLowerCase()))) {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += key + ': ' + value + CRLF;
  const special = isSpecial(key.length <= 17 ? key.toLowerCase() : '');
  if (special === 0) return;
  if (special === 10) {
    state.connection = true;
    self._removedConnection = false;
    if (/(?:^|\W)close(?:$|\W)/i.test(value)) self._last = true;
    else self.shouldKeepAlive = true;
  } else if (special === 14) {
    state.contLen = true;
    self._contentLength = +value;
    self._removedContLen = false;
  } else if (special === 17) {
    state.te = true;
    self._removedTE = false;
    if (/(?:^|\W)chunked(?:$|\W)/i.test(value)) self.chunkedEncoding = true;
  } else if (special === 4) {
    state.date = true;
  } else if (special === 6) {
    state.expect = true;
  } else if (special === 7) {
    state.trailer = true;
  }
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = Object.create(null);
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
  }
  const cookies = [];
  for (const [key, value] of headers) {
    if (key === 'set-cookie') {
      if (Array.isArray(value)) cookies.push(...value);
      else cookies.push(value);
      continue;
    }
    this.setHeader(key, value);
  }
  if (cookies.length) this.setHeader('set-cookie', cookies);
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  const headers = this[kOutHeaders];
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  const existing = headers[field][1];
  const list = Array.isArray(existing) ? existing : [existing];
  headers[field][1] = list.concat(value);
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  const headers = this[kOutHeaders];
  if (headers === null) return undefined;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headers = this[kOutHeaders];
  if (headers === null) return [];
  return Object.values(headers).map((e) => e[0]);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const out = Object.create(null);
  if (headers) {
    for (const key of Object.keys(headers)) out[key] = headers[key][1];
  }
  return out;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  if (typeof name !== 'string') throw new ERR_INVALID_ARG_TYPE('name', 'string', name);
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
  const key = name.toLowerCase();
  switch (key) {
    case 'connection': this._removedConnection = true; break;
    case 'content-length': this._removedContLen = true; break;
    case 'transfer-encoding': this._removedTE = true; break;
    case 'date': this.sendDate = false; break;
  }
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(() => {
    callback(err);
    if (!msg.destroyed) msg.emit('error', err);
  });
}

function checkChunk(chunk) {
  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
}

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = writeChunk(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

function connectionCorkNT(conn) {
  conn.uncork();
}

function writeChunk(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  checkChunk(chunk);
  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }
  let len;
  if (msg.strictContentLength) {
    len ??= byteLength(chunk, encoding);
    if (typeof msg._contentLength === 'number' && msg._contentLength !== null &&
        !msg.chunkedEncoding && len + (msg._bytesWritten || 0) > msg._contentLength) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(len + (msg._bytesWritten || 0), msg._contentLength);
    }
    msg._bytesWritten = (msg._bytesWritten || 0) + len;
  }
  if (!msg._header) {
    if (fromEnd) {
      len ??= byteLength(chunk, encoding);
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    process.nextTick(callback);
    return true;
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }
  if (msg.chunkedEncoding && chunk.length !== 0) {
    len ??= byteLength(chunk, encoding);
    if (msg[kCorked] && msg._headerSent) {
      msg[kChunkedBuffer].push({ chunk, encoding, callback });
      msg[kChunkedLength] += len;
      return msg[kChunkedLength] < msg[kHighWaterMark];
    }
    if (typeof chunk === 'string' && (!encoding || encoding === 'utf8' || encoding === 'utf-8')) {
      return msg._send(len.toString(16) + CRLF + chunk + CRLF, 'utf8', callback);
    }
    msg._send(len.toString(16) + CRLF, 'latin1', null);
    msg._send(chunk, encoding, null, len);
    return msg._send(CRLF, 'latin1', callback);
  }
  return msg._send(chunk, encoding, callback, len);
}

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0; i < keys.length; i++) {
    let field, value;
    const key = keys[i];
    if (isArray) {
      field = headers[key][0];
      value = headers[key][1];
    } else {
      field = key;
      value = headers[key];
    }
    validateHeaderName(field, 'Trailer name');
    if (Array.isArray(value) && value.length > 1 &&
        (!this[kUniqueHeaders] || !this[kUniqueHeaders].has(field.toLowerCase()))) {
      for (let j = 0; j < value.length; j++) {
        if (checkInvalidHeaderChar(value[j])) throw new ERR_INVALID_CHAR('trailer content', field);
        this._trailer += field + ': ' + value[j] + CRLF;
      }
    } else {
      if (Array.isArray(value)) value = value.join('; ');
      if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', field);
      this._trailer += field + ': ' + value + CRLF;
    }
  }
};

function onFinish(msg) {
  if (msg && msg.socket && msg.socket._hadError) return;
  msg.emit('finish');
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  let wroteFinish = false;
  const finish = onFinish.bind(undefined, this);
  if (chunk) {
    if (this.finished) {
      onError(this, new ERR_STREAM_WRITE_AFTER_END(),
              typeof callback !== 'function' ? nop : callback);
      return this;
    }
    // Fast path: nothing written yet and a fixed-length body makes one socket write.
    const single = !this._header && this.socket && this.socket._httpMessage === this &&
      !this.socket.writableCorked && this.outputData.length === 0;
    if (!single && this.socket) this.socket.cork();
    if (single && !this.strictContentLength) {
      this._contentLength = byteLength(chunk, encoding);
      this._implicitHeader();
      if (this._hasBody && !this.chunkedEncoding) {
        checkChunk(chunk);
        if (typeof chunk === 'string') {
          this._send(chunk, encoding, finish);
        } else {
          this.socket.cork();
          this._send(chunk, encoding, finish);
          this.socket.uncork();
        }
        wroteFinish = true;
      } else {
        this.socket.cork();
        writeChunk(this, chunk, encoding, null, true);
      }
    } else {
      writeChunk(this, chunk, encoding, null, true);
    }
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
    }
    return this;
  } else if (!this._header) {
    if (this.socket) this.socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  if (this.strictContentLength && typeof this._contentLength === 'number' &&
      this._contentLength !== null && this._hasBody && !this.chunkedEncoding &&
      (this._bytesWritten || 0) !== this._contentLength) {
    throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this._bytesWritten || 0, this._contentLength);
  }
  if (!wroteFinish) {
    if (this._hasBody && this.chunkedEncoding) {
      this._send('0\r\n' + this._trailer + CRLF, 'latin1', finish);
    } else if (!this._headerSent || this.writableLength || chunk) {
      this._send('', 'latin1', finish);
    } else {
      process.nextTick(finish);
    }
    if (this.socket) {
      // Everything is queued: flush it whatever cork depth user code left behind.
      const ws = this.socket._writableState;
      if (ws && ws.corked) ws.corked = 1;
      this.socket.uncork();
    }
  }
  this[kCorked] = 1;
  this.uncork();
  this.finished = true;
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) {
    this._finish();
  }
  return this;
};

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

// Writes what was queued before the socket was assigned.
OutgoingMessage.prototype._flush = function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) this._finish();
    else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  const data = this.outputData;
  if (data.length === 0) return undefined;
  this.outputData = [];
  const corked = this[kCorked];
  socket.cork();
  let ret;
  for (let i = 0; i < data.length; i++) {
    const { data: d, encoding, callback } = data[i];
    ret = socket.write(d, encoding, callback);
  }
  for (let i = 0; i <= corked; i++) socket.uncork();
  this.outputSize = 0;
  this._onPendingData(-this.outputSize);
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', new ERR_STREAM_CANNOT_PIPE());
};

OutgoingMessage.prototype[Symbol.for('nodejs.rejection')] = function (err, event, ...args) {
  this.destroy(err);
};

module.exports = {
  kHighWaterMark,
  kNeedDrain,
  kOutHeaders,
  kUniqueHeaders,
  OutgoingMessage,
  parseUniqueHeadersOption(headers) {
    if (!Array.isArray(headers)) return null;
    const set = new Set();
    for (const h of headers) set.add(String(h).toLowerCase());
    return set;
  },
  validateHeaderName,
  validateHeaderValue,
  utcDate,
};
