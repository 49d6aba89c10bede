'use strict';
// fs.Dir / fs.opendir: directory streams over the binding's opendir/dirRead/dirClose handles.

const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const {
  binding,
  reqFor,
  getOptions,
  getValidatedPath,
  makeDirent,
  joinPath,
} = require('internal/fs/utils');

const kHandle = Symbol('kDirHandle');
const kPath = Symbol('kDirPath');
const kBufferSize = Symbol('kDirBufferSize');
const kBuffered = Symbol('kDirBufferedEntries');
const kClosed = Symbol('kDirClosed');
const kOptions = Symbol('kDirOptions');
const kOperationQueue = Symbol('kDirOperationQueue');

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kHandle] = handle;
    this[kPath] = path;
    this[kOptions] = options;
    this[kBufferSize] = options.bufferSize ?? 32;
    validateUint32(this[kBufferSize], 'options.bufferSize', true);
    this[kBuffered] = [];
    this[kClosed] = false;
    this[kOperationQueue] = null;
  }

  get path() {
    return this[kPath];
  }

  // Turns a flat [name, type, ...] batch from the binding into queued Dirents; with
  // `recursive`, subdirectories are listed synchronously and queued after their parent.
  processReadResult(dirPath, result) {
    for (let i = 0; i < result.length; i += 2) {
      const dirent = makeDirent(dirPath, result[i], result[i + 1], this[kOptions].encoding);
      this[kBuffered].push(dirent);
      if (this[kOptions].recursive && dirent.isDirectory()) {
        this.readSyncRecursive(joinPath(dirPath, result[i]));
      }
    }
  }

  readSyncRecursive(dirPath) {
    const [names, types] = binding.readdir(dirPath, true);
    const flat = [];
    for (let i = 0; i < names.length; i++) flat.push(names[i], types[i]);
    this.processReadResult(dirPath, flat);
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, dirent) => (err ? reject(err) : resolve(dirent)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kOperationQueue] !== null) {
      this[kOperationQueue].push(() => this.read(callback));
      return;
    }
    if (this[kBuffered].length > 0) {
      const dirent = this[kBuffered].shift();
      process.nextTick(callback, null, dirent);
      return;
    }
    this[kOperationQueue] = [];
    binding.dirRead(this[kHandle], this[kBufferSize], reqFor((err, result) => {
        const queue = this[kOperationQueue];
      this[kOperationQueue] = null;
      try {
        if (err || result == null) {
          callback(err || null, null);
        } else {
          this.processReadResult(this[kPath], result);
          callback(null, this[kBuffered].shift() ?? null);
        }
      } finally {
        for (const op of queue) op();
      }
    }));
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this[kBuffered].length > 0) return this[kBuffered].shift();
    const result = binding.dirRead(this[kHandle], this[kBufferSize]);
    if (result == null) return null;
    this.processReadResult(this[kPath], result);
    return this[kBuffered].shift() ?? null;
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kOperationQueue] !== null) {
      this[kOperationQueue].push(() => this.close(callback));
      return;
    }
    this[kClosed] = true;
    binding.dirClose(this[kHandle], reqFor(callback));
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
    binding.dirClose(this[kHandle]);
  }

  async* entries() {
    try {
      while (true) {
        const dirent = await this.read();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  async [Symbol.asyncDispose]() {
    if (!this[kClosed]) await this.close();
  }

  [Symbol.dispose]() {
    if (!this[kClosed]) this.closeSync();
  }
}
for (const key of [Symbol.asyncIterator, Symbol.asyncDispose, Symbol.dispose]) {
  Object.defineProperty(Dir.prototype, key, { __proto__: null, enumerable: false });
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  return options;
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = dirOptions(options);
  const bufferSize = options.bufferSize ?? 32;
  validateUint32(bufferSize, 'options.bufferSize', true);
  binding.opendir(path, reqFor((err, handle) => {
    if (err) return callback(err);
    callback(null, new Dir(handle, path, options));
  }));
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  const bufferSize = options.bufferSize ?? 32;
  validateUint32(bufferSize, 'options.bufferSize', true);
  return new Dir(binding.opendir(path), path, options);
}

module.exports = { Dir, opendir, opendirSync };
