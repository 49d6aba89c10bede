'use strict';
// fs.watch (FSWatcher, recursive watching by walking directories), fs.promises.watch, and
// fs.watchFile/unwatchFile (StatWatcher) over internalBinding('fs_event_wrap').

const {
  AbortError,
  UVException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_FS_WATCH_QUEUE_OVERFLOW,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
  validateUint32,
} = require('internal/validators');
const {
  getOptions,
  getValidatedPath,
  getStatsFromBinding,
  encodeString,
  lazyBuffer,
  binding: fsBinding,
  constants: { UV_DIRENT_DIR },
} = require('internal/fs/utils');
const EventEmitter = require('events');

const { FSEvent, StatWatcher: StatWatcherHandle } = internalBinding('fs_event_wrap');

const kStart = Symbol('kFSWatchStart');
const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kRefCount = Symbol('kRefCount');
const kMaxRefCount = Symbol('kMaxRefCount');
const kAddOrCleanRef = Symbol('kFSStatWatcherAddOrCleanRef');

let pathModule;
function lazyPath() {
  pathModule ??= require('path');
  return pathModule;
}

function pathString(path) {
  return typeof path === 'string' ? path : lazyBuffer().from(path).toString();
}

function watchError(errno, path) {
  const err = new UVException({ errno, syscall: 'watch', path });
  err.filename = path;
  return err;
}

function shapeFilename(filename, encoding) {
  if (filename == null) return filename;
  return encodeString(filename, encoding);
}

// --- FSWatcher -------------------------------------------------------------------------------

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = new FSEvent();
    this._encoding = undefined;
    this._handle.onchange = (status, eventType, filename) => {
      if (status < 0) {
        if (this._handle !== null) {
          this._handle.close();
          this._handle = null;
        }
        this.emit('error', watchError(status, filename));
        return;
      }
      this.emit('change', eventType, shapeFilename(filename, this._encoding));
    };
  }

  [kStart](filename, persistent, recursive, encoding) {
    if (this._handle === null || this._handle.initialized) return;
    filename = getValidatedPath(filename);
    this._encoding = encoding;
    const err = this._handle.start(pathString(filename), persistent, recursive);
    if (err) {
      this._handle.close();
      this._handle = null;
      throw watchError(err, filename);
    }
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}
Object.defineProperty(FSWatcher.prototype, 'start', {
  __proto__: null, configurable: true, writable: true, enumerable: false,
  value: function start() {},
});

// Recursive watching on Linux: inotify watches one directory, so every directory of the tree
// gets its own native watcher; filenames are reported relative to the root.
class RecursiveWatcher extends EventEmitter {
  #root = null;
  #dirs = new Map();
  #options;
  #closed = false;

  constructor(options) {
    super();
    this.#options = options;
  }

  [kStart](filename) {
    filename = getValidatedPath(filename);
    const root = lazyPath().resolve(pathString(filename));
    this.#root = root;
    let isDir = false;
    try {
      const st = getStatsFromBinding(fsBinding.stat(root, false));
      isDir = st.isDirectory();
    } catch (e) {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR') throw watchError(e.errno, filename);
      throw e;
    }
    if (!isDir) {
      this.#watchOne(root, (eventType, name) => this.#emitChange(eventType, name));
      return;
    }
    this.#watchTree(root, true);
  }

  #emitChange(eventType, name) {
    if (this.#closed) return;
    this.emit('change', eventType, shapeFilename(name, this.#options.encoding));
  }

  #watchOne(dir, onchange) {
    const handle = new FSEvent();
    handle.onchange = (status, eventType, name) => {
      if (status < 0) {
        this.#unwatch(dir);
        if (dir === this.#root) this.emit('error', watchError(status, name));
        return;
      }
      onchange(eventType, name);
    };
    const err = handle.start(dir, this.#options.persistent !== false, false);
    if (err) {
      handle.close();
      if (dir === this.#root) throw watchError(err, dir);
      return;
    }
    this.#dirs.set(dir, handle);
  }

  #unwatch(dir) {
    for (const [path, handle] of this.#dirs) {
      if (path === dir || path.startsWith(dir + '/')) {
        handle.close();
        this.#dirs.delete(path);
      }
    }
  }

  #watchTree(dir, isRoot) {
    if (this.#dirs.has(dir)) return;
    this.#watchOne(dir, (eventType, name) => this.#onDirEvent(dir, eventType, name));
    let entries;
    try {
      entries = fsBinding.readdir(dir, true);
    } catch (e) {
      if (isRoot) throw e;
      return;
    }
    const [names, types] = entries;
    for (let i = 0; i < names.length; i++) {
      const child = `${dir === '/' ? '' : dir}/${names[i]}`;
      if (types[i] === UV_DIRENT_DIR) this.#watchTree(child, false);
    }
  }

  #onDirEvent(dir, eventType, name) {
    if (this.#closed || name == null) return;
    const full = `${dir === '/' ? '' : dir}/${name}`;
    if (eventType === 'rename') {
      let isDir = false;
      try {
        isDir = getStatsFromBinding(fsBinding.lstat(full, false)).isDirectory();
      } catch {
        this.#unwatch(full);
      }
      if (isDir && !this.#dirs.has(full)) this.#watchTree(full, false);
    }
    this.#emitChange(eventType, lazyPath().relative(this.#root, full));
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    for (const handle of this.#dirs.values()) handle.close();
    this.#dirs.clear();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    for (const handle of this.#dirs.values()) handle.ref();
    return this;
  }

  unref() {
    for (const handle of this.#dirs.values()) handle.unref();
    return this;
  }
}

function normalizeWatchOptions(options) {
  options = getOptions(options);
  if (options.persistent === undefined) options = { ...options, persistent: true };
  if (options.recursive === undefined) options = { ...options, recursive: false };
  validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  if (options !== undefined && options !== null && typeof options !== 'string' &&
      typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'object'], options);
  }
  options = normalizeWatchOptions(options);
  let watcher;
  if (options.recursive) {
    watcher = new RecursiveWatcher(options);
    watcher[kStart](filename);
  } else {
    watcher = new FSWatcher();
    watcher[kStart](filename, options.persistent, false, options.encoding);
  }
  // As in Node, a bad listener is noticed only once the watcher runs.
  if (listener) watcher.addListener('change', listener);
  const signal = options.signal;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// fs.promises.watch: an async generator of { eventType, filename } records.
async function* watchAsync(filename, options = {}) {
  const path = getValidatedPath(filename);
  validateObject(options, 'options');
  const {
    persistent = true,
    recursive = false,
    encoding = 'utf8',
    signal,
    maxQueue = 2048,
    overflow = 'ignore',
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateInteger(maxQueue, 'options.maxQueue');
  if (overflow !== 'ignore' && overflow !== 'error') {
    throw new ERR_INVALID_ARG_VALUE('options.overflow', overflow, "must be one of: 'ignore', 'error'");
  }
  validateAbortSignal(signal, 'options.signal');
  if (encoding && encoding !== 'buffer') getOptions({ encoding });
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const queue = [];
  let wake = null;
  let failure = null;
  let done = false;
  const notify = () => {
    if (wake) {
      const w = wake;
      wake = null;
      w();
    }
  };
  const watcher = watch(path, { persistent, recursive, encoding });
  watcher.on('change', (eventType, name) => {
    if (queue.length >= maxQueue) {
      if (overflow === 'error') {
        failure = new ERR_FS_WATCH_QUEUE_OVERFLOW(maxQueue);
        notify();
      }
      return;
    }
    queue.push({ __proto__: null, eventType, filename: name });
    notify();
  });
  watcher.on('error', (err) => {
    failure = err;
    notify();
  });
  const onAbort = () => {
    failure = new AbortError(undefined, { cause: signal.reason });
    notify();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (!done) {
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      if (failure) throw failure;
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    done = true;
    signal?.removeEventListener('abort', onAbort);
    watcher.close();
  }
}

// --- StatWatcher (fs.watchFile) ---------------------------------------------------------------

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this[kOldStatus] = -1;
    this[kUseBigint] = bigint;
    this[kRefCount] = 1;
    this[kMaxRefCount] = 1;
  }

  start(filename, persistent, interval) {
    if (this._handle !== null) return;
    this._handle = new StatWatcherHandle(this[kUseBigint]);
    this._handle.onchange = (status, curr, prev) => {
      // A path that stays missing reports nothing new.
      if (this[kOldStatus] === -1 && status === -1 && curr[2] === prev[2]) return;
      this[kOldStatus] = status;
      this.emit('change', getStatsFromBinding(curr), getStatsFromBinding(prev));
    };
    validateUint32(interval, 'interval');
    const err = this._handle.start(pathString(filename), interval);
    if (err) {
      this._handle = null;
      throw watchError(err, filename);
    }
    if (!persistent) this._handle.unref();
  }

  stop() {
    if (this._handle === null) return;
    process.nextTick(() => this.emit('stop'));
    this._handle.close();
    this._handle = null;
  }

  ref() {
    this[kRefCount]++;
    if (this[kRefCount] > this[kMaxRefCount]) this[kMaxRefCount] = this[kRefCount];
    this._handle?.ref();
    return this;
  }

  unref() {
    this[kRefCount] = Math.max(0, this[kRefCount] - 1);
    if (this[kRefCount] === 0) this._handle?.unref();
    return this;
  }

  [kAddOrCleanRef](operation) {
    if (operation === 'add') {
      this[kRefCount]++;
      this[kMaxRefCount]++;
    } else if (operation === 'clean') {
      this[kMaxRefCount]--;
      this[kRefCount] = Math.min(this[kRefCount], this[kMaxRefCount]);
    } else if (operation === 'cleanAll') {
      this[kMaxRefCount] = 0;
      this[kRefCount] = 0;
    }
  }
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = lazyPath().resolve(pathString(getValidatedPath(filename)));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  } else {
    stat[kAddOrCleanRef]('add');
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = lazyPath().resolve(pathString(getValidatedPath(filename)));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    const before = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < before) stat[kAddOrCleanRef]('clean');
  } else {
    stat.removeAllListeners('change');
    stat[kAddOrCleanRef]('cleanAll');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

module.exports = {
  FSWatcher,
  StatWatcher,
  kFSWatchStart: kStart,
  watch,
  watchAsync,
  watchFile,
  unwatchFile,
};
