'use strict';
// fs.cp / fs.cpSync / fs.promises.cp: recursive copy of files, directories and symlinks.
// One engine written as generators: each file-system step is `yield [op, ...args]`; the sync
// driver runs steps with the *Sync calls, the async driver awaits fs.promises.

const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');
const { getValidatedPath } = require('internal/fs/utils');
const { EEXIST, EISDIR, EINVAL, ENOTDIR } = require('os').constants.errno;

let fsModule;
function lazyFs() {
  fsModule ??= require('fs');
  return fsModule;
}

let pathModule;
function lazyPath() {
  pathModule ??= require('path');
  return pathModule;
}

const kDefaults = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
  mode: 0,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...kDefaults };
  validateObject(options, 'options');
  options = { ...kDefaults, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  validateInteger(options.mode, 'mode', 0, 7);
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

function systemContext(message, path, errno, code) {
  return { message, path, syscall: 'cp', errno, code };
}

// The synchronous API reports its path checks with plain messages (Node does them natively).
function plainError(code, message) {
  const err = new Error(message);
  err.code = code;
  return err;
}

function withSlash(p) {
  return p.endsWith('/') ? p : `${p}/`;
}

function isSrcSubdir(src, dest) {
  const { resolve, sep } = lazyPath();
  const srcParts = resolve(src).split(sep).filter(Boolean);
  const destParts = resolve(dest).split(sep).filter(Boolean);
  return srcParts.every((part, i) => destParts[i] === part);
}

function areIdentical(a, b) {
  return b.ino !== undefined && b.dev !== undefined && b.ino === a.ino && b.dev === a.dev;
}

// --- the engine ------------------------------------------------------------------------------

function* getStats(src, dest, opts) {
  const statOp = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [statOp, src];
  let destStat = null;
  try {
    destStat = yield [statOp, dest];
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  return { srcStat, destStat };
}

function* checkPaths(src, dest, opts, sync) {
  const { srcStat, destStat } = yield* getStats(src, dest, opts);
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      if (sync) throw plainError('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`);
      throw new ERR_FS_CP_EINVAL(systemContext('src and dest cannot be the same', src, EINVAL,
                                               'EINVAL'));
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      if (sync) {
        throw plainError('ERR_FS_CP_DIR_TO_NON_DIR',
                         `Cannot overwrite non-directory ${dest} with directory ${src}`);
      }
      throw new ERR_FS_CP_DIR_TO_NON_DIR(systemContext(
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest, EISDIR, 'EISDIR'));
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      if (sync) {
        throw plainError('ERR_FS_CP_NON_DIR_TO_DIR',
                         `Cannot overwrite directory ${dest} with non-directory ${src}`);
      }
      throw new ERR_FS_CP_NON_DIR_TO_DIR(systemContext(
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest, ENOTDIR, 'ENOTDIR'));
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    if (sync) {
      throw plainError('ERR_FS_CP_EINVAL',
                       `Cannot copy ${withSlash(src)} to a subdirectory of self ${dest}`);
    }
    throw new ERR_FS_CP_EINVAL(systemContext(
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL'));
  }
  return { srcStat, destStat };
}

// Refuses copying into a directory that is (through symlinks) inside src.
function* checkParentPaths(src, srcStat, dest) {
  const { resolve, dirname } = lazyPath();
  const srcParent = resolve(dirname(src));
  let child = dest;
  let destParent = resolve(dirname(dest));
  while (destParent !== srcParent && destParent !== dirname(destParent)) {
    let destStat;
    try {
      destStat = yield ['stat', destParent];
    } catch (err) {
      if (err.code === 'ENOENT') return;
      throw err;
    }
    if (areIdentical(srcStat, destStat)) {
      throw new ERR_FS_CP_EINVAL(systemContext(
        `cannot copy ${src} to a subdirectory of self ${child}`, child, EINVAL, 'EINVAL'));
    }
    child = destParent;
    destParent = dirname(destParent);
  }
}

function* runFilter(opts, src, dest, sync) {
  if (opts.filter === undefined) return true;
  const result = opts.filter(src, dest);
  if (sync) {
    if (typeof result?.then === 'function') {
      throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', result);
    }
    return !!result;
  }
  return yield ['await', result];
}

function* cpRoot(src, dest, opts, sync) {
  if (!(yield* runFilter(opts, src, dest, sync))) return;
  const { srcStat, destStat } = yield* checkPaths(src, dest, opts, sync);
  if (srcStat.isDirectory() && !opts.recursive && sync) {
    throw plainError('ERR_FS_EISDIR',
                     `Recursive option not enabled, cannot copy a directory: ${withSlash(src)}`);
  }
  yield* checkParentPaths(src, srcStat, dest);
  const destParent = lazyPath().dirname(dest);
  if (!(yield ['exists', destParent])) yield ['mkdir', destParent, { recursive: true }];
  yield* copyEntry(destStat, src, dest, opts, sync);
}

function* copyEntry(destStat, src, dest, opts, sync) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  if (srcStat.isDirectory() && opts.recursive) return yield* onDir(srcStat, destStat, src, dest, opts, sync);
  if (srcStat.isDirectory()) {
    throw new ERR_FS_EISDIR(systemContext(`${src} is a directory (not copied)`, src, EISDIR, 'EISDIR'));
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return yield* onFile(srcStat, destStat, src, dest, opts, sync);
  }
  if (srcStat.isSymbolicLink()) return yield* onLink(destStat, src, dest, opts);
  if (srcStat.isSocket()) {
    throw new ERR_FS_CP_SOCKET(systemContext(`cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL'));
  }
  if (srcStat.isFIFO()) {
    throw new ERR_FS_CP_FIFO_PIPE(systemContext(`cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL'));
  }
  throw new ERR_FS_CP_UNKNOWN(systemContext(`cannot copy an unknown file type: ${dest}`, dest, EINVAL, 'EINVAL'));
}

function existsError(dest, sync, nested) {
  if (sync && nested) {
    return plainError('ERR_FS_CP_EEXIST',
                      `[ERR_FS_CP_EEXIST]: Target already exists: cp returned EEXIST (${dest} already exists)`);
  }
  return new ERR_FS_CP_EEXIST(systemContext(`${dest} already exists`, dest, EEXIST, 'EEXIST'));
}

function* onFile(srcStat, destStat, src, dest, opts, sync, nested = false) {
  if (destStat) {
    if (opts.force) {
      yield ['unlink', dest];
    } else {
      if (opts.errorOnExist) throw existsError(dest, sync, nested);
      return;
    }
  }
  yield ['copyFile', src, dest, opts.mode];
  if (opts.preserveTimestamps) {
    // A read-only copy must be made writable to set its times.
    if ((srcStat.mode & 0o200) === 0) yield ['chmod', dest, srcStat.mode | 0o200];
    const times = yield ['stat', src];
    yield ['utimes', dest, times.atime, times.mtime];
  }
  yield ['chmod', dest, srcStat.mode];
}

function* onDir(srcStat, destStat, src, dest, opts, sync) {
  if (!destStat) {
    yield ['mkdir', dest];
    yield* copyDir(src, dest, opts, sync);
    yield ['chmod', dest, srcStat.mode];
    return;
  }
  if (!opts.force && opts.errorOnExist && !sync) throw existsError(dest, sync, false);
  yield* copyDir(src, dest, opts, sync);
}

function* copyDir(src, dest, opts, sync) {
  const { join } = lazyPath();
  const names = yield ['readdir', src];
  for (const name of names) {
    const srcItem = join(src, name);
    const destItem = join(dest, name);
    if (!(yield* runFilter(opts, srcItem, destItem, sync))) continue;
    const { srcStat, destStat } = yield* checkPaths(srcItem, destItem, opts, sync);
    if (srcStat.isFile() && destStat) {
      yield* onFile(srcStat, destStat, srcItem, destItem, opts, sync, true);
    } else {
      yield* copyEntry(destStat, srcItem, destItem, opts, sync);
    }
  }
}

function* onLink(destStat, src, dest, opts) {
  const { isAbsolute, resolve, dirname } = lazyPath();
  let resolvedSrc = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) {
    resolvedSrc = resolve(dirname(src), resolvedSrc);
  }
  if (!destStat) {
    yield ['symlink', resolvedSrc, dest];
    return;
  }
  let resolvedDest;
  try {
    resolvedDest = yield ['readlink', dest];
  } catch (err) {
    // dest exists but is not a symlink: replace it with one.
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      yield ['symlink', resolvedSrc, dest];
      return;
    }
    throw err;
  }
  if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
  const srcStat = yield ['stat', src];
  if (srcStat.isDirectory() && isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw new ERR_FS_CP_EINVAL(systemContext(
      `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest, EINVAL, 'EINVAL'));
  }
  if (srcStat.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw new ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY(systemContext(
      `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, EINVAL, 'EINVAL'));
  }
  yield ['unlink', dest];
  yield ['symlink', resolvedSrc, dest];
}

// --- drivers ---------------------------------------------------------------------------------

function syncStep(fs, op, args) {
  switch (op) {
    case 'exists': return fs.existsSync(args[0]);
    case 'await': return args[0];
    default: return fs[`${op}Sync`](...args);
  }
}

function runSync(gen) {
  const fs = lazyFs();
  let next = gen.next();
  while (!next.done) {
    const [op, ...args] = next.value;
    let value;
    try {
      value = syncStep(fs, op, args);
    } catch (err) {
      next = gen.throw(err);
      continue;
    }
    next = gen.next(value);
  }
  return next.value;
}

async function asyncStep(fsp, op, args) {
  switch (op) {
    case 'exists':
      return fsp.access(args[0]).then(() => true, () => false);
    case 'await':
      return args[0];
    default:
      return fsp[op](...args);
  }
}

async function runAsync(gen) {
  const fsp = lazyFs().promises;
  let next = gen.next();
  while (!next.done) {
    const [op, ...args] = next.value;
    let value;
    try {
      value = await asyncStep(fsp, op, args);
    } catch (err) {
      next = gen.throw(err);
      continue;
    }
    next = gen.next(value);
  }
  return next.value;
}

function validatePaths(src, dest) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  const toStr = (p) => (typeof p === 'string' ? p : require('buffer').Buffer.from(p).toString());
  return [toStr(src), toStr(dest)];
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  [src, dest] = validatePaths(src, dest);
  runSync(cpRoot(src, dest, options, true));
}

async function cpPromises(src, dest, options) {
  options = validateCpOptions(options);
  [src, dest] = validatePaths(src, dest);
  return runAsync(cpRoot(src, dest, options, false));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  options = validateCpOptions(options);
  [src, dest] = validatePaths(src, dest);
  runAsync(cpRoot(src, dest, options, false)).then(() => callback(null), callback);
}

module.exports = { cp, cpSync, cpPromises };
