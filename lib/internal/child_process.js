'use strict';
// ChildProcess and the argument normalisation shared by every child_process function.

const EventEmitter = require('events');
const { codes, ErrnoException, UVException } = require('internal/errors');
const {
  validateString, validateObject, validateArray, validateBoolean, validateFunction,
  validateInt32, validateAbortSignal, validateOneOf,
} = require('internal/validators');
const { Process } = internalBinding('process_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const signals = internalBinding('constants').os.signals;

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_SIGNAL } = codes;

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && Object.values(signals).includes(signal)) return signal;
  if (typeof signal === 'string') {
    const n = signals[signal.toUpperCase()];
    if (n !== undefined) return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// Builds { file, args, cwd, envPairs, windowsHide, detached, ... } from (file, args, options)
// the way Node does, including `shell`.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (file.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE('file', file, 'must be a string without null bytes');
  }
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  for (let i = 0; i < args.length; i++) {
    // Non-strings are stringified when the child starts, as in Node.
    if (typeof args[i] === 'string' && args[i].includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(`args[${i}]`, args[i], 'must be a string without null bytes');
    }
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');

  let cwd = options.cwd;
  if (cwd != null) {
    if (typeof cwd === 'object' && cwd !== null && cwd.protocol === 'file:') {
      cwd = require('internal/url').fileURLToPath(cwd);
    } else if (ArrayBuffer.isView(cwd)) {
      cwd = require('buffer').Buffer.from(cwd.buffer, cwd.byteOffset, cwd.byteLength).toString();
    }
    if (typeof cwd !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], cwd);
    }
  }
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !Number.isInteger(options.uid)) {
    throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && !Number.isInteger(options.gid)) {
    throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' &&
      typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');

  if (options.shell) {
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  const env = options.env || process.env;
  args = args.map(String);
  const envPairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value !== undefined) {
      if (String(key).includes('\u0000') || String(value).includes('\u0000')) {
        throw new ERR_INVALID_ARG_VALUE('options.env', env, 'must be an object without null bytes');
      }
      envPairs.push(`${key}=${value}`);
    }
  }
  return {
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
  };
}

// Turns 'pipe' | 'inherit' | 'ignore' | [..] into entries the bindings understand.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') {
    if (stdio === 'overlapped') stdio = 'pipe';
    if (stdio !== 'pipe' && stdio !== 'inherit' && stdio !== 'ignore') {
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
    stdio = [stdio, stdio, stdio];
  } else if (stdio == null) {
    stdio = ['pipe', 'pipe', 'pipe'];
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  return stdio.map((s, i) => {
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') return { type: 'ignore' };
    if (s === 'pipe' || s === 'overlapped') {
      return sync ? { type: 'pipe', readable: i === 0, writable: i !== 0 } :
        { type: 'pipe', readable: i === 0, writable: i !== 0, handle: new Pipe(PipeConstants.SOCKET) };
    }
    if (s === 'inherit') return { type: 'inherit' };
    if (s === 'ipc') throw new ERR_INVALID_ARG_VALUE('stdio', s, 'IPC is not supported yet');
    if (typeof s === 'number') return { type: 'fd', fd: s };
    if (s && typeof s === 'object' && typeof s.fd === 'number') return { type: 'fd', fd: s.fd };
    if (s && typeof s === 'object' && s._handle) return { type: 'wrap', handle: s._handle };
    throw new ERR_INVALID_ARG_VALUE('stdio', s);
  });
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new Process();
    this._handle.onexit = (exitCode, signalCode) => {
      if (signalCode) this.signalCode = signalCode;
      else this.exitCode = exitCode;
      if (this.stdin) this.stdin.destroy();
      this._handle.close();
      this._handle = null;
      if (exitCode < 0) {
        const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
        const err = new ErrnoException(exitCode, syscall);
        if (this.spawnfile) err.path = this.spawnfile;
        err.spawnargs = this.spawnargs.slice(1);
        this.emit('error', err);
      } else {
        this.emit('exit', this.exitCode, this.signalCode);
      }
      process.nextTick(() => this._maybeClose());
    };
  }

  spawn(options) {
    validateObject(options, 'options');
    const stdio = getValidStdio(options.stdio, false);
    this.spawnfile = options.file;
    this.spawnargs = options.args;
    const err = this._handle.spawn({ ...options, stdio });
    if (err === internalBinding('uv').UV_EMFILE || err === internalBinding('uv').UV_ENFILE) {
      throw new ErrnoException(err, 'spawn');
    }
    if (err) {
      // Node reports spawn failures asynchronously, as an 'error' event.
      process.nextTick(() => this._handle?.onexit(err, ''));
      for (const s of stdio) if (s.handle) s.handle.close();
      this.stdio = [null, null, null];
      this.stdin = this.stdout = this.stderr = null;
      return err;
    }
    this.pid = this._handle.pid;
    process.nextTick(() => this.emit('spawn'));
    const net = require('net');
    this.stdio = stdio.map((s, i) => {
      if (s.type !== 'pipe') return null;
      const socket = new net.Socket({ handle: s.handle, readable: i !== 0, writable: i === 0 });
      if (i !== 0) {
        this._closesNeeded++;
        socket.on('close', () => this._maybeClose());
      }
      return socket;
    });
    this.stdin = this.stdio[0];
    this.stdout = this.stdio[1];
    this.stderr = this.stdio[2];
    return 0;
  }

  _maybeClose() {
    this._closesGot++;
    if (this._closesGot === this._closesNeeded) this.emit('close', this.exitCode, this.signalCode);
  }

  kill(sig) {
    const signal = sig === 0 ? 0 : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err !== internalBinding('uv').UV_ESRCH) this.emit('error', new ErrnoException(err, 'kill'));
    }
    return false;
  }

  ref() {
    this._handle?.ref();
  }

  unref() {
    this._handle?.unref();
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }
}

module.exports = {
  ChildProcess,
  normalizeSpawnArguments,
  getValidStdio,
  convertToValidSignal,
  validateAbortSignal,
  validateFunction,
  validateInt32,
  validateOneOf,
  validateArray,
  UVException,
};
