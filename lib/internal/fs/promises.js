'use strict';
// fs/promises: promise-returning fs functions and FileHandle, over the same binding calls.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateInteger,
  validateObject,
} = require('internal/validators');
const {
  binding,
  constants,
  promiseReq,
  lazyBuffer,
  bufferFromArrayBuffer,
  getValidatedPath,
  stringToFlags,
  parseFileMode,
  getOptions,
  isUtf8,
  encodeString,
  encodeBuffer,
  abortError,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  positionArg,
  toBytesView,
  stringToSymlinkType,
  getValidMode,
  validateRmOptions,
  validateRmdirOptions,
  rmError,
  validateId,
  getStatsFromBinding,
  getStatFsFromBinding,
  makeDirent,
  joinPath,
} = require('internal/fs/utils');

const { F_OK } = constants;
const kEmpty = Object.freeze({ __proto__: null });

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');

let EventEmitter;
function lazyEventEmitter() {
  EventEmitter ??= require('events');
  return EventEmitter;
}

// Runs one binding call as a promise: call(req) starts it; map shapes the value.
function run(call, map) {
  const { req, promise } = promiseReq(map);
  call(req);
  return promise;
}

function fileClosedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

function checkAborted(signal) {
  if (signal?.aborted) throw abortError(signal);
}

function makeFileHandleClass() {
  class FileHandle extends lazyEventEmitter() {
    constructor(fd) {
      super();
      this[kFd] = fd;
      this[kRefs] = 1;
      this[kClosePromise] = null;
      this.close = FileHandle.prototype.close;
    }

    getAsyncId() {
      return -1;
    }

    get fd() {
      return this[kFd];
    }

    appendFile(data, options) {
      return fsCall(this, 'writeFile', () => {
        options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
        return writeFileHandle(this, data, options);
      });
    }

    chmod(mode) {
      return fsCall(this, 'fchmod', () => {
        mode = parseFileMode(mode, 'mode');
        return run((req) => binding.fchmod(this[kFd], mode, req));
      });
    }

    chown(uid, gid) {
      return fsCall(this, 'fchown', () => {
        validateId(uid, 'uid');
        validateId(gid, 'gid');
        return run((req) => binding.fchown(this[kFd], uid, gid, req));
      });
    }

    datasync() {
      return fsCall(this, 'fdatasync', () => run((req) => binding.fdatasync(this[kFd], req)));
    }

    sync() {
      return fsCall(this, 'fsync', () => run((req) => binding.fsync(this[kFd], req)));
    }

    read(buffer, offset, length, position) {
      return fsCall(this, 'read', () => readHandle(this, buffer, offset, length, position,
                                                    arguments.length));
    }

    readv(buffers, position) {
      return fsCall(this, 'readv', () => {
        const views = validateBufferArray(buffers);
        if (typeof position !== 'number') position = null;
        return run((req) => binding.readv(this[kFd], views, positionArg(position), req),
                   (bytesRead) => ({ __proto__: null, bytesRead, buffers }));
      });
    }

    readFile(options) {
      return fsCall(this, 'readFile', () => readFileHandle(this, options));
    }

    stat(options) {
      return fsCall(this, 'fstat', () =>
        run((req) => binding.fstat(this[kFd], !!options?.bigint, req), getStatsFromBinding));
    }

    truncate(len = 0) {
      return fsCall(this, 'ftruncate', () => {
        validateInteger(len, 'len');
        len = Math.max(0, len);
        return run((req) => binding.ftruncate(this[kFd], len, req));
      });
    }

    utimes(atime, mtime) {
      return fsCall(this, 'futimes', () => {
        atime = toUnixTimestamp(atime, 'atime');
        mtime = toUnixTimestamp(mtime, 'mtime');
        return run((req) => binding.futimes(this[kFd], atime, mtime, req));
      });
    }

    write(buffer, offsetOrOptions, length, position) {
      return fsCall(this, 'write', () => writeHandle(this, buffer, offsetOrOptions, length,
                                                      position));
    }

    writev(buffers, position) {
      return fsCall(this, 'writev', () => {
        const views = validateBufferArray(buffers);
        if (typeof position !== 'number') position = null;
        if (views.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
        return run((req) => binding.writev(this[kFd], views, positionArg(position), req),
                   (bytesWritten) => ({ __proto__: null, bytesWritten, buffers }));
      });
    }

    writeFile(data, options) {
      return fsCall(this, 'writeFile', () => {
        options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
        return writeFileHandle(this, data, options);
      });
    }

    close() {
      if (this[kFd] === -1) return Promise.resolve();
      if (this[kClosePromise]) return this[kClosePromise];
      this[kRefs]--;
      if (this[kRefs] === 0) {
        const fd = this[kFd];
        this[kClosePromise] = run((req) => binding.close(fd, req)).then(() => {
          this[kFd] = -1;
          this[kClosePromise] = null;
          this.emit('close');
        }, (err) => {
          this[kClosePromise] = null;
          this[kRefs]++;
          throw err;
        });
      } else {
        this[kClosePromise] = new Promise((resolve, reject) => {
          this[kCloseResolve] = resolve;
          this[kCloseReject] = reject;
        }).finally(() => {
          this[kClosePromise] = null;
          this[kCloseResolve] = undefined;
          this[kCloseReject] = undefined;
        });
      }
      return this[kClosePromise];
    }

    async [Symbol.asyncDispose]() {
      return this.close();
    }

    createReadStream(options = undefined) {
      const { ReadStream } = require('internal/fs/streams');
      return new ReadStream(undefined, { ...options, fd: this });
    }

    createWriteStream(options = undefined) {
      const { WriteStream } = require('internal/fs/streams');
      return new WriteStream(undefined, { ...options, fd: this });
    }

    readLines(options = undefined) {
      const { createInterface } = require('readline');
      return createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
    }
  }
  Object.defineProperty(FileHandle.prototype, Symbol.asyncDispose, {
    __proto__: null, enumerable: false,
  });
  return FileHandle;
}

let FileHandleClass;
function getFileHandle() {
  FileHandleClass ??= makeFileHandleClass();
  return FileHandleClass;
}

// Runs an operation on an open handle, keeping it referenced so close() waits for it.
async function fsCall(handle, syscall, fn) {
  if (handle[kFd] === -1 || handle[kClosePromise] !== null) throw fileClosedError(syscall);
  handle[kRefs]++;
  try {
    return await fn();
  } finally {
    handle[kRefs]--;
    if (handle[kRefs] === 0 && handle[kCloseResolve] !== undefined) {
      const fd = handle[kFd];
      const resolve = handle[kCloseResolve];
      const reject = handle[kCloseReject];
      run((req) => binding.close(fd, req)).then(() => {
        handle[kFd] = -1;
        handle.emit('close');
        resolve();
      }, reject);
    }
  }
}

function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!ArrayBuffer.isView(buffers[i])) {
      throw new ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers.map(toBytesView);
}

async function readHandle(handle, buffer, offsetOrOptions, length, position, argc) {
  let offset = offsetOrOptions;
  if (!ArrayBuffer.isView(buffer)) {
    // read([options])
    if (buffer !== undefined) validateObject(buffer, 'options', 1);
    ({ buffer = lazyBuffer().alloc(16384), offset = 0, length = buffer.byteLength - offset,
       position = null } = buffer ?? kEmpty);
    validateBuffer(buffer);
  }
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object' && argc <= 2) {
    // read(buffer, options)
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  length |= 0;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position != null) validatePosition(position, 'position', length);
  return run((req) => binding.read(handle[kFd], toBytesView(buffer), offset, length,
                                   positionArg(position), req),
             (bytesRead) => ({ __proto__: null, bytesRead, buffer }));
}

async function writeHandle(handle, buffer, offsetOrOptions, length, position) {
  const fd = handle[kFd];
  if (ArrayBuffer.isView(buffer)) {
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (buffer.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return run((req) => binding.write(fd, toBytesView(buffer), offset, length,
                                      positionArg(position), req),
               (bytesWritten) => ({ __proto__: null, bytesWritten, buffer }));
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // write(string, position, encoding)
  const encoding = length;
  validateEncoding(buffer, encoding);
  const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
  const shape = (bytesWritten) => ({ __proto__: null, bytesWritten, buffer });
  if (encoding == null || isUtf8(encoding)) {
    return run((req) => binding.writeString(fd, buffer, pos, req), shape);
  }
  const bytes = lazyBuffer().from(buffer, encoding);
  return run((req) => binding.write(fd, bytes, 0, bytes.length, pos, req), shape);
}

function readResult(value, encoding) {
  if (typeof value === 'string') return value;
  return encodeBuffer(bufferFromArrayBuffer(value), encoding);
}

async function readFileHandle(handle, options) {
  options = getOptions(options, { flag: 'r' });
  const { encoding, signal } = options;
  checkAborted(signal);
  const value = await run((req) => binding.readFile(handle[kFd], 0, isUtf8(encoding), req));
  checkAborted(signal);
  return readResult(value, encoding);
}

function isIterable(value) {
  return value != null && typeof value === 'object' &&
    (typeof value[Symbol.iterator] === 'function' || typeof value[Symbol.asyncIterator] === 'function');
}

// Writes data (string, view or (async) iterable of chunks) at the handle's position.
async function writeFileHandle(handle, data, options) {
  const { encoding, signal } = options;
  checkAborted(signal);
  if (ArrayBuffer.isView(data) || typeof data === 'string') {
    const bytes = typeof data === 'string' && !(encoding == null || isUtf8(encoding)) ?
      lazyBuffer().from(data, encoding) : (typeof data === 'string' ? data : toBytesView(data));
    await run((req) => binding.writeFile(handle[kFd], bytes, 0, 0, req));
    checkAborted(signal);
    return;
  }
  if (!isIterable(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  for await (const chunk of data) {
    checkAborted(signal);
    const bytes = ArrayBuffer.isView(chunk) ? toBytesView(chunk) :
      lazyBuffer().from(chunk, encoding || 'utf8');
    await run((req) => binding.writeFile(handle[kFd], bytes, 0, 0, req));
  }
  checkAborted(signal);
}

function validateFileData(data) {
  if (typeof data === 'string' || ArrayBuffer.isView(data) || isIterable(data)) return;
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// --- functions taking paths -------------------------------------------------------------

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  return run((req) => binding.access(path, mode, req));
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  return run((req) => binding.copyFile(src, dest, mode, req));
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const FileHandle = getFileHandle();
  return run((req) => binding.open(path, flagsNumber, mode, req), (fd) => new FileHandle(fd));
}

async function opendir(path, options) {
  const { opendir: opendirCb } = require('internal/fs/dir');
  return new Promise((resolve, reject) => {
    opendirCb(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return run((req) => binding.rename(oldPath, newPath, req));
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  try {
    await fd.truncate(len);
  } finally {
    await fd.close();
  }
}

async function rm(path, options) {
  path = getValidatedPath(path);
  const opts = validateRmOptions(options);
  try {
    await run((req) => binding.rm(path, opts.recursive, req));
  } catch (err) {
    if (opts.force && err.code === 'ENOENT') return;
    throw rmError(err);
  }
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  const opts = validateRmdirOptions(options);
  if (opts.recursive) {
    const stats = await run((req) => binding.lstat(path, false, req), getStatsFromBinding);
    if (stats.isDirectory()) return run((req) => binding.rm(path, true, req));
  }
  return run((req) => binding.rmdir(path, req));
}

async function mkdir(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  validateBoolean(recursive, 'options.recursive');
  path = getValidatedPath(path);
  const result = await run((req) => binding.mkdir(path, mode, recursive, req));
  return recursive ? result : undefined;
}

async function readdirRecursive(root, options) {
  const withFileTypes = !!options.withFileTypes;
  const results = [];
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const [names, types] = await run((req) => binding.readdir(dir, true, req));
    for (let k = 0; k < names.length; k++) {
      const full = joinPath(dir, names[k]);
      const dirent = makeDirent(dir, names[k], types[k], options.encoding);
      if (withFileTypes) {
        results.push(dirent);
      } else {
        const rel = full.slice(root.length + (root.endsWith('/') ? 0 : 1));
        results.push(encodeString(rel, options.encoding));
      }
      if (dirent.isDirectory()) queue.push(full);
    }
  }
  return results;
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    return readdirRecursive(typeof path === 'string' ? path : path.toString(), options);
  }
  const withFileTypes = !!options.withFileTypes;
  const result = await run((req) => binding.readdir(path, withFileTypes, req));
  if (withFileTypes) {
    const [names, types] = result;
    return names.map((name, i) => makeDirent(path, name, types[i], options.encoding));
  }
  return result.map((name) => encodeString(name, options.encoding));
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return run((req) => binding.readlink(path, req), (s) => encodeString(s, options.encoding));
}

async function symlink(target, path, type) {
  const flags = stringToSymlinkType(type);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  return run((req) => binding.symlink(target, path, flags, req));
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return run((req) => binding.lstat(path, !!options?.bigint, req), getStatsFromBinding);
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return run((req) => binding.stat(path, !!options?.bigint, req), getStatsFromBinding);
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return run((req) => binding.statfs(path, !!options?.bigint, req), getStatFsFromBinding);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return run((req) => binding.link(existingPath, newPath, req));
}

async function unlink(path) {
  path = getValidatedPath(path);
  return run((req) => binding.unlink(path, req));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return run((req) => binding.chmod(path, mode, req));
}

async function lchmod() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  return run((req) => binding.lchown(path, uid, gid, req));
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  return run((req) => binding.chown(path, uid, gid, req));
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  return run((req) => binding.utimes(path, atime, mtime, req));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  return run((req) => binding.lutimes(path, atime, mtime, req));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return run((req) => binding.realpath(path, req), (s) => encodeString(s, options.encoding));
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const B = typeof prefix === 'string' ? null : lazyBuffer();
  const template = B ? B.concat([prefix, B.from('XXXXXX')]) : `${prefix}XXXXXX`;
  return run((req) => binding.mkdtemp(template, req), (s) => encodeString(s, options.encoding));
}

function isFileHandle(value) {
  return FileHandleClass !== undefined && value instanceof FileHandleClass;
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flag = options.flag || 'w';
  validateFileData(data);
  if (isFileHandle(path)) return writeFileHandle(path, data, options);
  checkAborted(options.signal);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  path = getValidatedPath(path);
  if (typeof data === 'string' || ArrayBuffer.isView(data)) {
    const bytes = typeof data === 'string' && !(options.encoding == null || isUtf8(options.encoding)) ?
      lazyBuffer().from(data, options.encoding) : (typeof data === 'string' ? data : toBytesView(data));
    const flags = stringToFlags(flag);
    await run((req) => binding.writeFile(path, bytes, flags, mode, req));
    checkAborted(options.signal);
    return;
  }
  const fh = await open(path, flag, mode);
  try {
    await writeFileHandle(fh, data, options);
  } finally {
    await fh.close();
  }
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  options.flag ||= 'a';
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (isFileHandle(path)) return readFileHandle(path, options);
  const { encoding, signal } = options;
  checkAborted(signal);
  const flags = stringToFlags(options.flag || 'r');
  path = getValidatedPath(path);
  const value = await run((req) => binding.readFile(path, flags, isUtf8(encoding), req));
  checkAborted(signal);
  return readResult(value, encoding);
}

function watch(filename, options) {
  return require('internal/fs/watchers').watchAsync(filename, options);
}

function cp(src, dest, options) {
  return require('internal/fs/cp').cpPromises(src, dest, options);
}

function glob(pattern, options) {
  return require('internal/fs/glob').globAsync(pattern, options);
}

const exportsObject = {
  access,
  cp,
  glob,
  watch,
  copyFile,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  constants,
};

module.exports = {
  exports: exportsObject,
  get FileHandle() {
    return getFileHandle();
  },
  isFileHandle,
};
