'use strict';
// node:fs — callback and synchronous forms over internalBinding('fs') (see src/bindings/fs.c).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const { deprecate } = require('internal/util');
const {
  binding,
  constants,
  reqFor,
  makeCallback,
  lazyBuffer,
  bufferFromArrayBuffer,
  getValidatedPath,
  getValidatedFd,
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
  Stats,
  getStatsFromBinding,
  getStatFsFromBinding,
  Dirent,
  makeDirent,
  joinPath,
  toPathIfFileURL,
  validatePath,
} = require('internal/fs/utils');

const { F_OK, R_OK, W_OK, X_OK, O_RDWR, UV_DIRENT_DIR } = constants;
const kEmpty = Object.freeze({ __proto__: null });

function isFd(value) {
  return typeof value === 'number' && value === (value | 0) && value >= 0;
}

function nextTick(fn, ...args) {
  process.nextTick(fn, ...args);
}

function validateStringAfterArrayBufferView(value, name) {
  if (typeof value !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
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

// Data for writeFile: a UTF-8 string goes to C as-is, anything else as bytes.
function fileData(data, encoding) {
  if (ArrayBuffer.isView(data)) return toBytesView(data);
  validateStringAfterArrayBufferView(data, 'data');
  if (encoding == null || isUtf8(encoding)) return data;
  return lazyBuffer().from(data, encoding);
}

// --- access / exists ---------------------------------------------------------------------

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode, reqFor(makeCallback(callback)));
}

function accessSync(path, mode) {
  binding.access(getValidatedPath(path), getValidMode(mode, 'access'));
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    path = getValidatedPath(path);
  } catch {
    callback(false);
    return;
  }
  binding.access(path, F_OK, reqFor((err) => callback(!err)));
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  enumerable: false,
  configurable: true,
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
    binding.access(path, F_OK);
    return true;
  } catch {
    return false;
  }
}

// --- open / close ------------------------------------------------------------------------

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  binding.open(path, flagsNumber, mode, reqFor(makeCallback(callback)));
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags),
                      parseFileMode(mode, 'mode', 0o666));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) validateFunction(callback, 'cb');
  binding.close(fd, reqFor(callback));
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

// --- read / write ------------------------------------------------------------------------

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObject(offsetOrOptions, 'options', 1);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = lazyBuffer().alloc(16384) } = params ?? kEmpty);
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = lazyBuffer().alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', 1);
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? kEmpty);
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    nextTick(() => callback(null, 0, buffer));
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position != null) validatePosition(position, 'position', length);
  binding.read(fd, toBytesView(buffer), offset, length, positionArg(position),
               reqFor((err, bytesRead) => callback(err, bytesRead || 0, buffer)));
}
Object.defineProperty(read, Symbol.for('nodejs.util.promisify.customArgs'), {
  __proto__: null, value: ['bytesRead', 'buffer'], enumerable: false,
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObject(offsetOrOptions, 'options', 1);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions ?? kEmpty);
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position != null) validatePosition(position, 'position', length);
  return binding.read(fd, toBytesView(buffer), offset, length, positionArg(position));
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  const views = validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  binding.readv(fd, views, positionArg(position),
                reqFor((err, n) => callback(err, n || 0, buffers)));
}
Object.defineProperty(readv, Symbol.for('nodejs.util.promisify.customArgs'), {
  __proto__: null, value: ['bytesRead', 'buffers'], enumerable: false,
});

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  const views = validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return binding.readv(fd, views, positionArg(position));
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    callback = makeCallback(callback || position || length || offset);
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.write(fd, toBytesView(buffer), offset, length, positionArg(position),
                  reqFor((err, n) => callback(err, n || 0, buffer)));
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncoding(str, length);
  callback = makeCallback(position);
  const pos = typeof offset === 'number' ? offset : -1;
  const done = reqFor((err, n) => callback(err, n || 0, str));
  if (length == null || isUtf8(length)) {
    binding.writeString(fd, str, pos, done);
  } else {
    const bytes = lazyBuffer().from(str, length);
    binding.write(fd, bytes, 0, bytes.length, pos, done);
  }
}
Object.defineProperty(write, Symbol.for('nodejs.util.promisify.customArgs'), {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    if (typeof offset === 'object' && offset !== null) {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.write(fd, toBytesView(buffer), offset, length, positionArg(position));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const pos = typeof offset === 'number' ? offset : -1;
  if (length == null || isUtf8(length)) return binding.writeString(fd, buffer, pos);
  const bytes = lazyBuffer().from(buffer, length);
  return binding.write(fd, bytes, 0, bytes.length, pos);
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  const views = validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  if (views.length === 0) {
    nextTick(() => callback(null, 0, buffers));
    return;
  }
  binding.writev(fd, views, positionArg(position),
                 reqFor((err, n) => callback(err, n || 0, buffers)));
}
Object.defineProperty(writev, Symbol.for('nodejs.util.promisify.customArgs'), {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  const views = validateBufferArray(buffers);
  if (views.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writev(fd, views, positionArg(position));
}

// --- whole files -------------------------------------------------------------------------

function readFileResult(value, encoding) {
  if (typeof value === 'string') return value;
  return encodeBuffer(bufferFromArrayBuffer(value), encoding);
}

function readFile(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? path : getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'r');
  const { encoding, signal } = options;
  if (signal?.aborted) {
    nextTick(() => callback(abortError(signal)));
    return;
  }
  binding.readFile(target, flags, isUtf8(encoding), reqFor((err, value) => {
    if (err) return callback(err);
    if (signal?.aborted) return callback(abortError(signal));
    let result;
    try {
      result = readFileResult(value, encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, result);
  }));
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const target = isFd(path) ? path : getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'r');
  const encoding = options.encoding;
  return readFileResult(binding.readFile(target, flags, isUtf8(encoding)), encoding);
}

function writeFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = fileData(data, options.encoding);
  const target = isFd(path) ? path : getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const signal = options.signal;
  if (signal?.aborted) {
    nextTick(() => callback(abortError(signal)));
    return;
  }
  binding.writeFile(target, bytes, flags, mode, reqFor((err) => {
    if (err) return callback(err);
    if (signal?.aborted) return callback(abortError(signal));
    callback(null);
  }));
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = fileData(data, options.encoding);
  const target = isFd(path) ? path : getValidatedPath(path);
  binding.writeFile(target, bytes, stringToFlags(options.flag || 'w'),
                    parseFileMode(options.mode, 'mode', 0o666));
}

function appendOptions(path, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  if (!options.flag || isFd(path)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  writeFile(path, data, appendOptions(path, options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(path, options));
}

// --- stat --------------------------------------------------------------------------------

function statCallback(callback) {
  return reqFor((err, arr) => (err ? callback(err) : callback(null, getStatsFromBinding(arr))));
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmpty;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, !!options.bigint, statCallback(callback));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmpty;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, !!options.bigint, statCallback(callback));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmpty;
  }
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  binding.fstat(fd, !!options.bigint, statCallback(callback));
}

function statLike(fn, path, options) {
  path = getValidatedPath(path);
  const bigint = !!options?.bigint;
  if (options?.throwIfNoEntry === false) {
    try {
      return getStatsFromBinding(fn(path, bigint));
    } catch (err) {
      if (err.code === 'ENOENT' || err.code === 'ENOTDIR') return undefined;
      throw err;
    }
  }
  return getStatsFromBinding(fn(path, bigint));
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statLike(binding.stat, path, options);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  return statLike(binding.lstat, path, options);
}

function fstatSync(fd, options = { bigint: false }) {
  return getStatsFromBinding(binding.fstat(getValidatedFd(fd), !!options?.bigint));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmpty;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(path, !!options.bigint,
                 reqFor((err, arr) => (err ? callback(err) : callback(null, getStatFsFromBinding(arr)))));
}

function statfsSync(path, options = { bigint: false }) {
  return getStatFsFromBinding(binding.statfs(getValidatedPath(path), !!options?.bigint));
}

// --- directories -------------------------------------------------------------------------

// Entries of one directory listing ([names, types] from the binding) as results.
function shapeEntries(dir, listing, withFileTypes, encoding) {
  const [names, types] = listing;
  if (withFileTypes) return names.map((name, i) => makeDirent(dir, name, types[i], encoding));
  return names.map((name) => encodeString(name, encoding));
}

function readdirSyncRecursive(root, options) {
  const withFileTypes = !!options.withFileTypes;
  const encoding = options.encoding;
  const results = [];
  const queue = [root];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const [names, types] = binding.readdir(dir, true);
    for (let k = 0; k < names.length; k++) {
      const full = joinPath(dir, names[k]);
      if (withFileTypes) {
        const dirent = makeDirent(dir, names[k], types[k], encoding);
        results.push(dirent);
        if (dirent.isDirectory()) queue.push(full);
      } else {
        const rel = full.slice(String(root).length + (String(root).endsWith('/') ? 0 : 1));
        results.push(encodeString(rel, encoding));
        let isDir = types[k] === UV_DIRENT_DIR;
        if (types[k] === 0) isDir = getStatsFromBinding(binding.lstat(full, false)).isDirectory();
        if (isDir) queue.push(full);
      }
    }
  }
  return results;
}

function readdirRecursive(root, options, callback) {
  const withFileTypes = !!options.withFileTypes;
  const encoding = options.encoding;
  const results = [];
  const queue = [root];
  let i = 0;
  const next = () => {
    if (i >= queue.length) return callback(null, results);
    const dir = queue[i++];
    binding.readdir(dir, true, reqFor((err, listing) => {
      if (err) return callback(err);
      try {
        const [names, types] = listing;
        for (let k = 0; k < names.length; k++) {
          const full = joinPath(dir, names[k]);
          if (withFileTypes) {
            const dirent = makeDirent(dir, names[k], types[k], encoding);
            results.push(dirent);
            if (dirent.isDirectory()) queue.push(full);
          } else {
            const rel = full.slice(String(root).length + (String(root).endsWith('/') ? 0 : 1));
            results.push(encodeString(rel, encoding));
            let isDir = types[k] === UV_DIRENT_DIR;
            if (types[k] === 0) isDir = getStatsFromBinding(binding.lstat(full, false)).isDirectory();
            if (isDir) queue.push(full);
          }
        }
      } catch (e) {
        return callback(e);
      }
      next();
    }));
  };
  next();
}

function readdirOptions(options) {
  options = getOptions(options);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    readdirRecursive(typeof path === 'string' ? path : path.toString(), options, callback);
    return;
  }
  const withFileTypes = !!options.withFileTypes;
  binding.readdir(path, withFileTypes, reqFor((err, result) => {
    if (err) return callback(err);
    let entries;
    try {
      entries = withFileTypes ? shapeEntries(path, result, true, options.encoding) :
        result.map((name) => encodeString(name, options.encoding));
    } catch (e) {
      return callback(e);
    }
    callback(null, entries);
  }));
}

function readdirSync(path, options) {
  options = readdirOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    return readdirSyncRecursive(typeof path === 'string' ? path : path.toString(), options);
  }
  if (options.withFileTypes) {
    return shapeEntries(path, binding.readdir(path, true), true, options.encoding);
  }
  return binding.readdir(path, false).map((name) => encodeString(name, options.encoding));
}

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  binding.mkdir(path, mode, recursive, reqFor(makeCallback(callback)));
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirOptions(options);
  path = getValidatedPath(path);
  const result = binding.mkdir(path, mode, recursive);
  return recursive ? result : undefined;
}

function tempTemplate(prefix) {
  if (typeof prefix === 'string') return `${prefix}XXXXXX`;
  const B = lazyBuffer();
  return B.concat([prefix, B.from('XXXXXX')]);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(tempTemplate(prefix), reqFor((err, path) =>
    (err ? callback(err) : callback(null, encodeString(path, options.encoding)))));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeString(binding.mkdtemp(tempTemplate(prefix)), options.encoding);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  const opts = validateRmOptions(options);
  // Node does not check the callback up front here: a missing one fails when called.
  binding.rm(path, opts.recursive, reqFor((err) => {
    if (err && !(opts.force && err.code === 'ENOENT')) return callback(rmError(err));
    callback(null);
  }));
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  const opts = validateRmOptions(options);
  try {
    binding.rm(path, opts.recursive);
  } catch (err) {
    if (opts.force && err.code === 'ENOENT') return;
    throw rmError(err);
  }
}

let warnedRecursiveRmdir = false;
function emitRecursiveRmdirWarning() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
    'will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning', 'DEP0147');
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const opts = validateRmdirOptions(options);
  if (opts.recursive) {
    emitRecursiveRmdirWarning();
    binding.lstat(path, false, reqFor((err, arr) => {
      if (err) return callback(err);
      if (!getStatsFromBinding(arr).isDirectory()) {
        return binding.rmdir(path, reqFor(callback));
      }
      binding.rm(path, true, reqFor(callback));
    }));
    return;
  }
  binding.rmdir(path, reqFor(callback));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  const opts = validateRmdirOptions(options);
  if (opts.recursive) {
    emitRecursiveRmdirWarning();
    if (getStatsFromBinding(binding.lstat(path, false)).isDirectory()) {
      binding.rm(path, true);
      return;
    }
  }
  binding.rmdir(path);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  binding.unlink(getValidatedPath(path), reqFor(callback));
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, reqFor(callback));
}

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, getValidMode(mode, 'copyFile'), reqFor(callback));
}

function copyFileSync(src, dest, mode) {
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'),
                   getValidMode(mode, 'copyFile'));
}

function symlink(target, path, type, callback) {
  // Like Node: the callback is the last argument, a non-string type means "none".
  callback = makeCallback(arguments[arguments.length - 1]);
  const flags = stringToSymlinkType(typeof type === 'string' ? type : null);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, flags, reqFor(callback));
}

function symlinkSync(target, path, type) {
  const flags = stringToSymlinkType(type);
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path), flags);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, reqFor(callback));
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.readlink(path, reqFor((err, target) =>
    (err ? callback(err) : callback(null, encodeString(target, options.encoding)))));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeString(binding.readlink(path), options.encoding);
}

// Node's JS realpath reports a failure as the lstat of the first missing component, with an
// absolute path: recompute that error when the native call fails.
function absolutePath(path) {
  path = String(path);
  if (path.startsWith('/')) return path;
  const cwd = process.cwd();
  return cwd.endsWith('/') ? cwd + path : `${cwd}/${path}`;
}

function realpathError(path, nativeErr) {
  const parts = absolutePath(path).split('/');
  const stack = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      stack.pop();
      continue;
    }
    stack.push(part);
    const current = `/${stack.join('/')}`;
    try {
      binding.lstat(current, false);
    } catch (err) {
      return err;
    }
    try {
      const real = binding.realpath(current);
      stack.length = 0;
      if (real !== '/') stack.push(...real.slice(1).split('/'));
    } catch {
      // A link that cannot be followed: Node reports the stat of the link.
      try {
        binding.stat(current, false);
      } catch (err) {
        return err;
      }
      return nativeErr;
    }
  }
  return nativeErr;
}

// Node's JS realpath stringifies a non-string path instead of rejecting it.
function realpathPath(path) {
  path = toPathIfFileURL(path);
  if (typeof path !== 'string') path += '';
  validatePath(path);
  return path;
}

function realpathSync(path, options) {
  options = getOptions(options);
  path = realpathPath(path);
  try {
    return encodeString(binding.realpath(path), options.encoding);
  } catch (err) {
    throw realpathError(path, err);
  }
}

realpathSync.native = function realpathSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeString(binding.realpath(path), options.encoding);
};

function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = realpathPath(path);
  binding.realpath(path, reqFor((err, resolved) => {
    if (err) {
      let e = err;
      try {
        e = realpathError(path, err);
      } catch {
        // keep the native error
      }
      return callback(e);
    }
    callback(null, encodeString(resolved, options.encoding));
  }));
}

realpath.native = function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, reqFor((err, resolved) =>
    (err ? callback(err) : callback(null, encodeString(resolved, options.encoding)))));
};

// --- permissions, ownership, times -------------------------------------------------------

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, reqFor(callback));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  binding.chmod(path, parseFileMode(mode, 'mode'));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, reqFor(callback));
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  binding.chown(path, uid, gid, reqFor(callback));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  binding.chown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  binding.lchown(path, uid, gid, reqFor(callback));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  binding.lchown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, reqFor(callback));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateId(uid, 'uid');
  validateId(gid, 'gid');
  binding.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), reqFor(callback));
}

function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, reqFor(callback));
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'),
                  toUnixTimestamp(mtime, 'mtime'));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), reqFor(callback));
}

function lutimesSync(path, atime, mtime) {
  binding.lutimes(getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

// --- sizes and syncing -------------------------------------------------------------------

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    ftruncate(path, len, callback);
    return;
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.open(path, O_RDWR, 0o666, reqFor((err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, reqFor((err2) => {
      binding.close(fd, reqFor((err3) => callback(err2 || err3 || null)));
    }));
  }));
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    ftruncateSync(path, len);
    return;
  }
  if (len === undefined) len = 0;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, reqFor(callback));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fsync(fd, reqFor(makeCallback(callback)));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  binding.fdatasync(fd, reqFor(makeCallback(callback)));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

// --- module ------------------------------------------------------------------------------

let promisesApi;
let dirModule;
function lazyDir() {
  dirModule ??= require('internal/fs/dir');
  return dirModule;
}

let streamsModule;
function lazyStreams() {
  streamsModule ??= require('internal/fs/streams');
  return streamsModule;
}

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

let watchersModule;
function lazyWatchers() {
  watchersModule ??= require('internal/fs/watchers');
  return watchersModule;
}

function watch(filename, options, listener) {
  return lazyWatchers().watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return lazyWatchers().watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  return lazyWatchers().unwatchFile(filename, listener);
}

function cp(src, dest, options, callback) {
  return require('internal/fs/cp').cp(src, dest, options, callback);
}

function cpSync(src, dest, options) {
  return require('internal/fs/cp').cpSync(src, dest, options);
}

function glob(pattern, options, callback) {
  return require('internal/fs/glob').glob(pattern, options, callback);
}

function globSync(pattern, options) {
  return require('internal/fs/glob').globSync(pattern, options);
}

// A Blob of the file's bytes as they are now (read eagerly: Blob is memory-backed here).
function openAsBlob(path, options = kEmpty) {
  validateObject(options, 'options');
  const type = options.type || '';
  if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('options.type', 'string', type);
  path = getValidatedPath(path);
  let bytes;
  try {
    bytes = bufferFromArrayBuffer(binding.readFile(path, stringToFlags('r'), false));
  } catch {
    const err = new TypeError('Unable to open file as blob');
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  const { Blob } = require('buffer');
  return Promise.resolve(new Blob([bytes], { type }));
}

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  glob,
  globSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openAsBlob,
  openSync,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  unwatchFile,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats: deprecate(Stats, 'fs.Stats constructor is deprecated.', 'DEP0180'),
  _toUnixTimestamp: toUnixTimestamp,
  Dir: undefined,
  opendir: undefined,
  opendirSync: undefined,
  F_OK,
  R_OK,
  W_OK,
  X_OK,
  constants,
};

Object.defineProperties(fs, {
  Dir: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return lazyDir().Dir; },
  },
  opendir: {
    __proto__: null, enumerable: true, configurable: true, writable: true,
    value: function opendir(path, options, callback) {
      return lazyDir().opendir(path, options, callback);
    },
  },
  opendirSync: {
    __proto__: null, enumerable: true, configurable: true, writable: true,
    value: function opendirSync(path, options) {
      return lazyDir().opendirSync(path, options);
    },
  },
  ReadStream: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return lazyStreams().ReadStream; },
    set(value) { lazyStreams().ReadStream = value; },
  },
  WriteStream: {
    __proto__: null, enumerable: true, configurable: true,
    get() { return lazyStreams().WriteStream; },
    set(value) { lazyStreams().WriteStream = value; },
  },
  FileReadStream: {
    __proto__: null, enumerable: false, configurable: true,
    get() { return lazyStreams().ReadStream; },
    set(value) { lazyStreams().ReadStream = value; },
  },
  FileWriteStream: {
    __proto__: null, enumerable: false, configurable: true,
    get() { return lazyStreams().WriteStream; },
    set(value) { lazyStreams().WriteStream = value; },
  },
  promises: {
    __proto__: null, enumerable: true, configurable: true,
    get() {
      promisesApi ??= require('internal/fs/promises').exports;
      return promisesApi;
    },
  },
});
