'use strict';
// process.stdout / process.stderr until full streams land: synchronous writers over fds 1 and 2
// (Node writes synchronously to files, pipes and TTYs on Linux, so ordering is identical and
// nothing is lost at exit). They are EventEmitters with the stream surface programs use.

const EventEmitter = require('events');
const stdio = internalBinding('stdio');

class StdioWriter extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = stdio.guessHandleType(fd).toLowerCase();
    this.isTTY = this._type === 'tty' ? true : undefined;
    this.writable = true;
    this.destroyed = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableLength = 0;
    this.writableHighWaterMark = 16384;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    this.writableNeedDrain = false;
    this._isStdio = true;
  }

  get columns() {
    const size = stdio.getWindowSize(this.fd);
    return size === undefined ? undefined : size[0];
  }

  get rows() {
    const size = stdio.getWindowSize(this.fd);
    return size === undefined ? undefined : size[1];
  }

  getWindowSize() {
    return stdio.getWindowSize(this.fd) ?? [80, 24];
  }

  getColorDepth(env = process.env) {
    if (env.FORCE_COLOR !== undefined) {
      const map = { '': 4, 0: 1, 1: 4, 2: 8, 3: 24, true: 4, false: 1 };
      return map[env.FORCE_COLOR] ?? 4;
    }
    if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined ||
        env.TERM === 'dumb') {
      return 1;
    }
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (env.TERM && /-256(color)?$/.test(env.TERM)) return 8;
    return 4;
  }

  hasColors(count = 16, env) {
    if (typeof count === 'object' && count !== null) {
      env = count;
      count = 16;
    }
    return count <= 2 ** this.getColorDepth(env);
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
      const { codes } = require('internal/errors');
      const err = new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
      throw err;
    }
    if (this.destroyed) return false;
    if (this.writableEnded) {
      const { codes } = require('internal/errors');
      const err = new codes.ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => {
        if (typeof callback === 'function') callback(err);
        this.emit('error', err);
      });
      return false;
    }
    try {
      if (typeof chunk !== 'string') {
        stdio.writeBytes(this.fd, chunk);
      } else if (encoding === undefined || encoding === null || encoding === 'utf8' ||
                 encoding === 'utf-8') {
        stdio.writeString(this.fd, chunk);
      } else {
        stdio.writeBytes(this.fd, require('buffer').Buffer.from(chunk, encoding));
      }
    } catch (err) {
      // The reader went away (`cnode app | head`): like Node, stop writing quietly.
      if (err.code === 'EPIPE') {
        this.destroyed = true;
        this.writable = false;
        if (typeof callback === 'function') process.nextTick(callback, null);
        return false;
      }
      process.nextTick(() => {
        if (typeof callback === 'function') callback(err);
        this.emit('error', err);
      });
      return false;
    }
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    // Like Node, ending stdout/stderr does not close the fd.
    this.writableEnded = true;
    process.nextTick(() => {
      this.writableFinished = true;
      this.emit('finish');
      if (typeof callback === 'function') callback();
    });
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() {
    return this;
  }
  destroy() {
    return this;
  }
  destroySoon() {}
  _destroy(err, cb) {
    cb(err);
  }
  ref() {}
  unref() {}
}

// process.stdin until streams land: the data is read when a 'data' or 'end' listener is
// added (or resume() is called), on the next loop turn, as one chunk followed by 'end'.
class StdinReader extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this.isTTY = stdio.guessHandleType(fd) === 'TTY' ? true : undefined;
    this.readable = true;
    this.readableEnded = false;
    this.readableFlowing = null;
    this.encoding = null;
    this.destroyed = false;
    this._scheduled = false;
    this.on('newListener', (name) => {
      if (name === 'data' || name === 'end' || name === 'readable') this.resume();
    });
  }

  setEncoding(encoding) {
    this.encoding = encoding;
    return this;
  }

  resume() {
    this.readableFlowing = true;
    if (this._scheduled) return this;
    this._scheduled = true;
    setImmediate(() => {
      let text;
      try {
        text = stdio.readAll(this.fd);
      } catch (err) {
        this.emit('error', err);
        return;
      }
      if (text.length > 0) {
        const chunk = this.encoding === null && typeof Buffer === 'function' ?
          Buffer.from(text) : text;
        this.emit('data', chunk);
      }
      this.readable = false;
      this.readableEnded = true;
      this.emit('end');
      this.emit('close');
    });
    return this;
  }

  pause() {
    this.readableFlowing = false;
    return this;
  }

  setRawMode() {
    return this;
  }

  ref() {}
  unref() {}
  destroy() {
    this.destroyed = true;
    return this;
  }
}

// process.stdin as Node makes it: a net.Socket for pipes and sockets, a tty.ReadStream for
// terminals; files (and anything else) are read whole by StdinReader.
function createReadableStdioStream(fd) {
  const type = stdio.guessHandleType(fd);
  let stream;
  if (type === 'TTY') {
    const tty = require('tty');
    stream = new tty.ReadStream(fd);
  } else if (type === 'PIPE' || type === 'TCP') {
    const net = require('net');
    stream = new net.Socket({ fd, readable: true, writable: false, manualStart: true });
    // Like Node: stdin does not end the writable side and does not keep the loop alive
    // until someone reads.
    stream._writableState.ended = true;
  } else {
    return new StdinReader(fd);
  }
  stream.fd = fd;
  stream.isRaw = stream.isRaw ?? false;
  return stream;
}

function createWritableStdioStream(fd) {
  return new StdioWriter(fd);
}

module.exports = { createWritableStdioStream, createReadableStdioStream, StdioWriter };
