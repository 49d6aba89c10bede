'use strict';
// node:_http_incoming — IncomingMessage, the Readable for a parsed request (server side) or
// response (client side); headers are built lazily from the flat rawHeaders list.

const { Readable } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) {
    streamOptions = { highWaterMark: socket.readableHighWaterMark };
  }
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this[kHeadersDistinct] = null;
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this[kTrailersDistinct] = null;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  configurable: true,
  enumerable: true,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

function buildHeaders(msg, raw, count, joinAll) {
  const dest = {};
  for (let i = 0; i < count; i += 2) {
    msg._addHeaderLine(raw[i], raw[i + 1], dest, joinAll);
  }
  return dest;
}

function buildDistinct(raw) {
  const dest = {};
  for (let i = 0; i < raw.length; i += 2) {
    const key = raw[i].toLowerCase();
    if (dest[key] === undefined) dest[key] = [raw[i + 1]];
    else dest[key].push(raw[i + 1]);
  }
  return dest;
}

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  configurable: true,
  enumerable: true,
  get() {
    if (!this[kHeaders]) {
      this[kHeaders] = buildHeaders(this, this.rawHeaders, this[kHeadersCount],
                                    this.joinDuplicateHeaders);
    }
    return this[kHeaders];
  },
  set(val) { this[kHeaders] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  configurable: true,
  enumerable: true,
  get() {
    if (!this[kHeadersDistinct]) this[kHeadersDistinct] = buildDistinct(this.rawHeaders);
    return this[kHeadersDistinct];
  },
  set(val) { this[kHeadersDistinct] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  configurable: true,
  enumerable: true,
  get() {
    if (!this[kTrailers]) {
      this[kTrailers] = buildHeaders(this, this.rawTrailers, this[kTrailersCount],
                                     this.joinDuplicateHeaders);
    }
    return this[kTrailers];
  },
  set(val) { this[kTrailers] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
  configurable: true,
  enumerable: true,
  get() {
    if (!this[kTrailersDistinct]) this[kTrailersDistinct] = buildDistinct(this.rawTrailers);
    return this[kTrailersDistinct];
  },
  set(val) { this[kTrailersDistinct] = val; },
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // Once a push overflows, the server stops the handle (and clears readPaused) and the client
  // pauses the socket: a later _read restarts reading whether or not the flag is still set.
  const socket = this.socket;
  if (socket && socket.parser) {
    socket.parser.readPaused = false;
    if (socket._httpResume) {
      socket._httpResume();
    } else if (socket.parser.socketPaused) {
      socket.parser.socketPaused = false;
      socket.resume();
    }
  }
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = () => cb(err);
    this.socket.once('close', cleanup);
    return;
  }
  cb(err);
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n, trailers) {
  if (headers && headers.length) {
    if (trailers) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
      this[kTrailers] = null;
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
      this[kHeaders] = null;
    }
  }
};

// How a repeated header is merged: 0 = keep the first, 1 = set-cookie array, 2 = '; ' join,
// otherwise ', ' join.
function duplicateRule(lower) {
  switch (lower) {
    case 'content-type': case 'content-length': case 'user-agent': case 'referer':
    case 'host': case 'authorization': case 'proxy-authorization':
    case 'if-modified-since': case 'if-unmodified-since': case 'from': case 'location':
    case 'max-forwards': case 'retry-after': case 'etag': case 'last-modified':
    case 'server': case 'age': case 'expires':
      return 0;
    case 'set-cookie':
      return 1;
    case 'cookie':
      return 2;
    default:
      return 3;
  }
}

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest, joinAll) {
  const lower = field.toLowerCase();
  const rule = duplicateRule(lower);
  const cur = dest[lower];
  if (rule === 1) {
    if (cur !== undefined) cur.push(value);
    else dest[lower] = [value];
  } else if (cur === undefined) {
    dest[lower] = value;
  } else if (rule === 2) {
    dest[lower] += '; ' + value;
  } else if (rule === 3 || joinAll) {
    dest[lower] += ', ' + value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function (field, value, dest) {
  const lower = field.toLowerCase();
  if (!dest[lower]) dest[lower] = [value];
  else dest[lower].push(value);
};

IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = {
  IncomingMessage,
  readStart,
  readStop,
};
