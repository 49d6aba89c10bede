'use strict';
// node:tty — isatty, and ReadStream/WriteStream: net.Sockets over a TTY handle.

const net = require('net');
const { TTY, isTTY } = internalBinding('tty_wrap');
const { codes, ErrnoException } = require('internal/errors');
const { validateInteger } = require('internal/validators');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && isTTY(fd);
}

function openTTY(fd) {
  validateInteger(fd, 'fd', 0, 2147483647);
  const ctx = {};
  const handle = new TTY(fd, ctx);
  if (ctx.code !== undefined) throw new codes.ERR_TTY_INIT_FAILED(ctx);
  return handle;
}

class ReadStream extends net.Socket {
  constructor(fd, options) {
    super({ readableHighWaterMark: 0, handle: openTTY(fd), manualStart: true, ...options });
    this.isRaw = false;
    this.isTTY = true;
  }

  setRawMode(flag) {
    flag = !!flag;
    const err = this._handle?.setRawMode(flag);
    if (err) {
      this.emit('error', new ErrnoException(err, 'setRawMode'));
      return this;
    }
    this.isRaw = flag;
    return this;
  }
}

class WriteStream extends net.Socket {
  constructor(fd) {
    super({ handle: openTTY(fd), manualStart: true, readable: false, writable: true });
    // Node makes TTY writes synchronous, so output is never lost at exit.
    this._handle.setBlocking(true);
    const size = [];
    if (this._handle.getWindowSize(size) === 0) {
      this.columns = size[0];
      this.rows = size[1];
    }
    this.isTTY = true;
  }

  _refreshSize() {
    const size = [];
    if (this._handle?.getWindowSize(size) === 0 &&
        (size[0] !== this.columns || size[1] !== this.rows)) {
      this.columns = size[0];
      this.rows = size[1];
      this.emit('resize');
    }
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }

  getColorDepth(env) {
    return require('internal/process/stdio').StdioWriter.prototype.getColorDepth.call(this, env);
  }

  hasColors(count, env) {
    return require('internal/process/stdio').StdioWriter.prototype.hasColors.call(this, count, env);
  }

  cursorTo(x, y, callback) {
    return require('readline').cursorTo(this, x, y, callback);
  }

  moveCursor(dx, dy, callback) {
    return require('readline').moveCursor(this, dx, dy, callback);
  }

  clearLine(dir, callback) {
    return require('readline').clearLine(this, dir, callback);
  }

  clearScreenDown(callback) {
    return require('readline').clearScreenDown(this, callback);
  }
}

module.exports = { isatty, ReadStream, WriteStream };
