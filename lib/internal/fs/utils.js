'use strict';
// Shared fs helpers: path/flag/mode/option validation, Stats, StatFs, Dirent, result shaping.

const binding = internalBinding('fs');
const {
  AbortError,
  codes: {
    ERR_FS_EISDIR,
    ERR_FS_INVALID_SYMLINK_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL_SCHEME,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
} = require('internal/validators');

const constants = Object.setPrototypeOf(binding.constants, null);
const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
  COPYFILE_EXCL, COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE,
  UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION,
  R_OK, W_OK, X_OK,
} = constants;

const kIoMaxLength = 2 ** 31 - 1;
const kMaxUserId = 2 ** 32 - 1;

let bufferModule;
function lazyBuffer() {
  bufferModule ??= require('buffer').Buffer;
  return bufferModule;
}
let FastBufferCtor;
function lazyFastBuffer() {
  if (FastBufferCtor === undefined) {
    // lib/buffer installs the Buffer.prototype methods FastBuffer instances rely on.
    require('buffer');
    FastBufferCtor = require('internal/buffer').FastBuffer;
  }
  return FastBufferCtor;
}

// Wraps an ArrayBuffer handed over by the binding as a Buffer (no copy).
function bufferFromArrayBuffer(ab) {
  const FastBuffer = lazyFastBuffer();
  return new FastBuffer(ab, 0, ab.byteLength);
}

function isUint8Array(value) {
  return ArrayBuffer.isView(value) && value instanceof Uint8Array;
}

// The binding's request object: `oncomplete(err, value)` is called once on the loop thread.
class FSReqCallback {
  constructor() {
    this.oncomplete = undefined;
  }
}

// A request whose completion goes straight to a user callback (err) / (null, value).
function reqFor(callback) {
  const req = new FSReqCallback();
  req.oncomplete = callback;
  return req;
}

// A request whose completion settles a promise; `map` shapes the value.
function promiseReq(map) {
  const req = new FSReqCallback();
  const promise = new Promise((resolve, reject) => {
    req.oncomplete = (err, value) => {
      if (err) reject(err);
      else resolve(map === undefined ? value : map(value));
    };
  });
  return { req, promise };
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// --- paths -------------------------------------------------------------------------------

// Duck-typed WHATWG URL check (the URL class may not exist yet).
function isURL(value) {
  return value != null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
}

// file: URL -> path (POSIX rules). Seam: once lib/internal/url.js exists, its
// fileURLToPath should be used instead; this one reads only href/protocol/hostname/pathname.
function fileURLToPath(url) {
  if (typeof url === 'string') {
    if (typeof URL !== 'function') throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], url);
    url = new URL(url);
  } else if (!isURL(url)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], url);
  }
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let i = 0; i < pathname.length; i++) {
    if (pathname[i] === '%') {
      const third = pathname.codePointAt(i + 2) | 0x20;
      if (pathname[i + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
      }
    }
  }
  return decodeURIComponent(pathname);
}

function toPathIfFileURL(value) {
  return isURL(value) ? fileURLToPath(value) : value;
}

function validatePath(path, name = 'path') {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  }
  const hasNul = typeof path === 'string' ? path.includes('\u0000') : path.includes(0);
  if (hasNul) {
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
}

function getValidatedPath(fileURLOrPath, name = 'path') {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, name);
  return path;
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

// --- flags, modes, options ---------------------------------------------------------------

const kFlags = {
  __proto__: null,
  'r': O_RDONLY,
  'rs': O_RDONLY | O_SYNC,
  'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY,
  'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY,
  'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const value = typeof flags === 'string' ? kFlags[flags] : undefined;
  if (value === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return value;
}

const kModeDescription = 'must be a 32-bit unsigned integer or an octal string';

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, kModeDescription);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

function assertEncoding(encoding) {
  if (encoding && !lazyBuffer().isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaults = {}) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = { ...defaults, encoding: options };
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function isUtf8(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8' ||
    (typeof encoding === 'string' && /^utf-?8$/i.test(encoding));
}

// Shapes a string result of the binding (paths) per `encoding`.
function encodeString(str, encoding) {
  if (str === undefined || encoding == null || isUtf8(encoding)) return str;
  const buf = lazyBuffer().from(str);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

// Shapes file contents per `encoding` (null/undefined/'' keep the Buffer; 'buffer' is not an
// encoding here and fails in toString like in Node).
function encodeBuffer(buf, encoding) {
  if (!encoding) return buf;
  return buf.toString(encoding);
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// --- time --------------------------------------------------------------------------------

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number') {
    if (!Number.isFinite(time) || time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// --- read/write argument checks ------------------------------------------------------------

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// A file position: null/undefined/-1 mean "current position"; bigints up to 2**63-2.
function validatePosition(position, name = 'position', length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const max = length === undefined ? 2n ** 63n - 1n : 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= max)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${max}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

function positionArg(position) {
  if (position == null) return -1;
  return typeof position === 'bigint' ? Number(position) : position;
}

// Any ArrayBufferView as something the binding takes (typed arrays pass as-is).
function toBytesView(view) {
  if (view instanceof DataView) return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return view;
}

// --- misc validators ---------------------------------------------------------------------

function stringToSymlinkType(type) {
  if (type == null) return 0;
  if (type === 'dir') return UV_FS_SYMLINK_DIR;
  if (type === 'junction') return UV_FS_SYMLINK_JUNCTION;
  if (type === 'file') return 0;
  throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
}

// Errors thrown by Node's native layer carry a plain message and a `code`.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

function getValidMode(mode, type) {
  const max = type === 'copyFile' ?
    COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE : R_OK | W_OK | X_OK;
  if (mode == null) return 0;
  if (!Number.isInteger(mode) || mode !== (mode | 0)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (mode < 0 || mode > max) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', `mode is out of range: >= 0 && <= ${max}`);
  }
  return mode;
}

const kRmDefaults = { retryDelay: 100, maxRetries: 0, recursive: false, force: false };

function validateRmOptions(options) {
  if (options != null) validateObject(options, 'options');
  options = { ...kRmDefaults, ...options };
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

// EISDIR from the binding's rm (syscall 'rm') is Node's ERR_FS_EISDIR.
function rmError(err) {
  if (err && err.code === 'EISDIR' && err.syscall === 'rm') {
    return new ERR_FS_EISDIR({
      code: 'EISDIR', message: 'is a directory', path: err.path, syscall: 'rm', errno: 21,
    });
  }
  return err;
}

function validateRmdirOptions(options) {
  if (options === undefined) return { recursive: false };
  validateObject(options, 'options', 1);
  const recursive = options.recursive ?? false;
  validateBoolean(recursive, 'options.recursive');
  if (recursive) return validateRmOptions({ ...options, force: false });
  return { ...options, recursive: false };
}

function validateId(value, name) {
  validateInteger(value, name, -1, kMaxUserId);
}

// --- Stats -------------------------------------------------------------------------------

const kNsPerMsBigInt = 1000000n;
const kNsPerSecBigInt = 1000000000n;

function msFromTimeSpec(sec, nsec) {
  return sec * 1000 + nsec / 1000000;
}

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

// Shared methods of Stats and BigIntStats: file type tests on `mode`.
class StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
  }

  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}

// Date getters created lazily from the *Ms field; assigning replaces the value.
function defineDateAccessors(proto) {
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
    const cache = Symbol(name);
    const msName = `${name}Ms`;
    Object.defineProperty(proto, name, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() {
        if (this[cache] === undefined) this[cache] = dateFromMs(this[msName]);
        return this[cache];
      },
      set(value) {
        this[cache] = value;
      },
    });
  }
}

class Stats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
              atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
  }

  _checkModeProperty(property) {
    return (this.mode & S_IFMT) === property;
  }
}
defineDateAccessors(Stats.prototype);

class BigIntStats extends StatsBase {
  constructor(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
              atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
    super(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeNs / kNsPerMsBigInt;
    this.mtimeMs = mtimeNs / kNsPerMsBigInt;
    this.ctimeMs = ctimeNs / kNsPerMsBigInt;
    this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
    this.atimeNs = atimeNs;
    this.mtimeNs = mtimeNs;
    this.ctimeNs = ctimeNs;
    this.birthtimeNs = birthtimeNs;
  }

  _checkModeProperty(property) {
    return (this.mode & BigInt(S_IFMT)) === BigInt(property);
  }
}
defineDateAccessors(BigIntStats.prototype);

// The binding returns 18 numbers (Float64Array) or bigints (BigInt64Array): see fs.c.
function getStatsFromBinding(a) {
  if (a instanceof BigInt64Array) {
    const ns = (i) => a[i] * kNsPerSecBigInt + a[i + 1];
    return new BigIntStats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
                           ns(10), ns(12), ns(14), ns(16));
  }
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
                   msFromTimeSpec(a[10], a[11]), msFromTimeSpec(a[12], a[13]),
                   msFromTimeSpec(a[14], a[15]), msFromTimeSpec(a[16], a[17]));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(a) {
  return new StatFs(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
}

// --- Dirent ------------------------------------------------------------------------------

const kType = Symbol('type');
const kStats = Symbol('stats');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const method of ['isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice',
  'isSymbolicLink', 'isFIFO', 'isSocket']) {
  DirentFromStats.prototype[method] = function () { return this[kStats][method](); };
}

function joinPath(dir, name) {
  if (typeof dir !== 'string') dir = String(dir);
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

// Dirent for one entry; entries whose type the file system did not report are lstat'ed.
function makeDirent(dirPath, name, type, encoding) {
  const shownName = encodeString(name, encoding);
  if (type === UV_DIRENT_UNKNOWN) {
    const stats = getStatsFromBinding(binding.lstat(joinPath(dirPath, name), false));
    return new DirentFromStats(shownName, stats, dirPath);
  }
  return new Dirent(shownName, type, dirPath);
}

module.exports = {
  binding,
  constants,
  kIoMaxLength,
  kMaxUserId,
  FSReqCallback,
  reqFor,
  promiseReq,
  makeCallback,
  lazyBuffer,
  lazyFastBuffer,
  bufferFromArrayBuffer,
  isUint8Array,
  isURL,
  fileURLToPath,
  toPathIfFileURL,
  validatePath,
  getValidatedPath,
  getValidatedFd,
  stringToFlags,
  parseFileMode,
  assertEncoding,
  getOptions,
  isUtf8,
  encodeString,
  encodeBuffer,
  checkAborted,
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
  Stats,
  BigIntStats,
  StatFs,
  getStatsFromBinding,
  getStatFsFromBinding,
  Dirent,
  DirentFromStats,
  makeDirent,
  joinPath,
  kType,
};
