'use strict';
// fs.ReadStream and fs.WriteStream: Readable/Writable over fs.open/read/write/close (or a FileHandle).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateInteger,
} = require('internal/validators');
const { Readable, Writable, finished } = require('stream');
const { errorOrDestroy } = require('internal/streams/destroy');
const {
  getOptions,
  getValidatedFd,
  toPathIfFileURL,
  validatePath,
  lazyBuffer,
} = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kEmpty = Object.freeze({ __proto__: null });

let fsModule;
function lazyFs() {
  fsModule ??= require('fs');
  return fsModule;
}

let promisesInternal;
function lazyPromises() {
  promisesInternal ??= require('internal/fs/promises');
  return promisesInternal;
}

// The fs-like object a stream over a FileHandle uses: same callback shapes as fs.*.
function handleOperations(handle) {
  const settle = (promise, cb, map) => {
    promise.then((value) => cb(null, ...map(value)), (err) => cb(err));
  };
  return {
    open() {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close(fd, cb) {
      handle.close().then(() => cb(), cb);
    },
    read(fd, buf, offset, length, pos, cb) {
      settle(handle.read(buf, offset, length, pos), cb, (r) => [r.bytesRead, r.buffer]);
    },
    write(fd, buf, offset, length, pos, cb) {
      settle(handle.write(buf, offset, length, pos), cb, (r) => [r.bytesWritten, r.buffer]);
    },
    writev(fd, buffers, pos, cb) {
      settle(handle.writev(buffers, pos), cb, (r) => [r.bytesWritten, r.buffers]);
    },
    fsync(fd, cb) {
      handle.sync().then(() => cb(), cb);
    },
  };
}

// Sets stream.fd (and stream[kFs] for a FileHandle) from options.fd.
function importFd(stream, options) {
  const fd = options.fd;
  if (fd != null && typeof fd === 'object' && lazyPromises().isFileHandle(fd)) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = fd;
    stream[kFs] = handleOperations(fd);
    stream.fd = fd.fd;
    fd.on('close', () => stream.close());
    return;
  }
  stream[kHandle] = undefined;
  if (fd != null) {
    if (typeof fd !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd);
    }
    stream.fd = getValidatedFd(fd, 'fd');
    return;
  }
  stream.fd = null;
}

function importPath(stream, path) {
  if (stream.fd !== null) return;
  path = toPathIfFileURL(path);
  validatePath(path);
  stream.path = path;
}

function validateStreamFs(stream, options, methods) {
  if (stream[kHandle] !== undefined) return;
  const custom = options.fs;
  stream[kFs] = custom || lazyFs();
  if (!custom) return;
  for (const name of methods) {
    if (Array.isArray(name)) {
      // At least one of these must be a function.
      if (name.every((n) => typeof custom[n] !== 'function')) {
        throw new ERR_INVALID_ARG_TYPE(`options.fs.${name[0]}`, 'function', custom[name[0]]);
      }
    } else if (typeof custom[name] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE(`options.fs.${name}`, 'function', custom[name]);
    }
  }
}

function openStream(stream, callback) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeStream(stream, err, cb) {
  const fd = stream.fd;
  // Like Node, a stream never closes fd 0 (nor anything when it has no fd).
  if (!fd) {
    cb(err);
    return;
  }
  const finish = (er) => cb(er || err);
  stream.fd = null;
  if (stream.flush) {
    stream[kFs].fsync(fd, (er) => {
      if (er) finish(er);
      else stream[kFs].close(fd, finish);
    });
  } else {
    stream[kFs].close(fd, finish);
  }
}

function destroyStream(stream, err, cb) {
  if (stream[kIsPerformingIO]) {
    stream.once(kIoDone, (er) => closeStream(stream, err || er, cb));
  } else {
    closeStream(stream, err, cb);
  }
}

function defineAutoClose(proto, stateName) {
  Object.defineProperty(proto, 'autoClose', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[stateName].autoDestroy;
    },
    set(value) {
      this[stateName].autoDestroy = value;
    },
  });
  Object.defineProperty(proto, 'pending', {
    __proto__: null,
    configurable: true,
    get() {
      return this.fd === null;
    },
  });
}

// --- ReadStream ----------------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = { ...getOptions(options, kEmpty) };
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  importFd(this, options);
  validateStreamFs(this, options, ['open', 'read', 'close']);
  importPath(this, path);
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);
defineAutoClose(ReadStream.prototype, '_readableState');

ReadStream.prototype._construct = function (callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  openStream(this, callback);
};

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const Buffer = lazyBuffer();
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, (err, bytesRead, data) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      let chunk = data ?? buf;
      if (bytesRead !== chunk.length) {
        // Keep only what was read, in a buffer of its own so the rest can be freed.
        const exact = Buffer.allocUnsafeSlow(bytesRead);
        chunk.copy(exact, 0, 0, bytesRead);
        chunk = exact;
      }
      this.push(chunk);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function (err, cb) {
  destroyStream(this, err, cb);
};

ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// --- WriteStream ---------------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = { ...getOptions(options, kEmpty) };
  options.decodeStrings = true;
  importFd(this, options);
  validateStreamFs(this, options, ['open', ['write', 'writev'], 'close']);
  importPath(this, path);
  const custom = options.fs;
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  this.flush = options.flush == null ? false : options.flush;
  validateBoolean(this.flush, 'options.flush');
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }

  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (custom) {
    if (typeof custom.write !== 'function') this._write = null;
    if (typeof custom.writev !== 'function') this._writev = null;
  }
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);
defineAutoClose(WriteStream.prototype, '_writableState');

WriteStream.prototype._construct = ReadStream.prototype._construct;

function writeDone(stream, cb) {
  return (err, bytes) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      cb(err);
      stream.emit(kIoDone, err);
      return;
    }
    if (err) {
      cb(err);
      return;
    }
    stream.bytesWritten += bytes;
    cb();
  };
}

WriteStream.prototype._write = function (data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos, writeDone(this, cb));
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function (data, cb) {
  const chunks = new Array(data.length);
  let size = 0;
  for (let i = 0; i < data.length; i++) {
    chunks[i] = data[i].chunk;
    size += chunks[i].length;
  }
  this[kIsPerformingIO] = true;
  this[kFs].writev(this.fd, chunks, this.pos, writeDone(this, cb));
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = function (err, cb) {
  destroyStream(this, err, cb);
};

WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // A stream that does not close itself still closes when close() is asked for.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

module.exports = { ReadStream, WriteStream };
