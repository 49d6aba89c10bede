'use strict';
// The Worker class: starts a script on a new thread with its own runtime and relays its
// messages, errors and exit back as events.

const EventEmitter = require('events');
const path = require('path');
const binding = internalBinding('worker');
const io = require('internal/worker/io');
const { serialize, deserialize } = require('internal/worker/serialize');

let errorsModule;
const lazyErrors = () => (errorsModule ??= require('internal/errors'));

const kHandle = Symbol('kHandle');
const kPublic = Symbol('kPublic');
const kControl = Symbol('kControl');
const kExited = Symbol('kExited');
const kExitCode = Symbol('kExitCode');
const kTerminate = Symbol('kTerminate');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function resolveFilename(filename, options) {
  const { codes } = lazyErrors();
  if (options.eval) {
    if (typeof filename !== 'string') {
      throw new codes.ERR_INVALID_ARG_VALUE('options.eval', options.eval,
        'must be false when \'filename\' is not a string');
    }
    return null;
  }
  if (filename !== null && typeof filename === 'object' && typeof filename.href === 'string') {
    if (filename.protocol !== 'file:') {
      if (filename.protocol === 'data:') return { dataUrl: filename.href };
      throw new codes.ERR_INVALID_URL_SCHEME(['file', 'data']);
    }
    return require('internal/url').fileURLToPath(filename);
  }
  if (typeof filename !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  }
  if (filename.startsWith('file://')) return require('internal/url').fileURLToPath(filename);
  if (filename.startsWith('data:')) return { dataUrl: filename };
  if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
    throw new codes.ERR_WORKER_PATH(filename);
  }
  return path.resolve(filename);
}

function validateOptions(options) {
  const { codes } = lazyErrors();
  if (options === null || typeof options !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  for (const key of ['argv', 'execArgv', 'transferList']) {
    const v = options[key];
    if (v !== undefined && !Array.isArray(v)) {
      throw new codes.ERR_INVALID_ARG_TYPE(`options.${key}`, 'Array', v);
    }
  }
  if (options.env !== undefined && options.env !== SHARE_ENV &&
      (options.env === null || typeof options.env !== 'object')) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.env',
      ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], options.env);
  }
  if (options.name !== undefined && typeof options.name !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.name', 'string', options.name);
  }
}

const kLimitNames = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb',
  'stackSizeMb'];

function parseResourceLimits(limits) {
  const out = {};
  if (limits === undefined) return out;
  if (limits === null || typeof limits !== 'object') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('options.resourceLimits', 'object', limits);
  }
  for (const name of kLimitNames) {
    const v = limits[name];
    if (v === undefined) continue;
    // Accepted as Node does; JSC has no per-VM heap limits to apply them to.
    if (typeof v === 'number' && v > 0) out[name] = v;
  }
  return out;
}

function rebuildError(payload) {
  if (payload.kind === 'value') return payload.value;
  const Ctor = globalThis[payload.ctor];
  const proto = typeof Ctor === 'function' && Ctor.prototype instanceof Error ||
    Ctor === Error ? Ctor.prototype : Error.prototype;
  const err = Object.create(proto);
  Object.defineProperty(err, 'message', {
    __proto__: null, value: payload.message, writable: true, enumerable: false,
    configurable: true,
  });
  Object.defineProperty(err, 'stack', {
    __proto__: null, value: payload.stack, writable: true, enumerable: false, configurable: true,
  });
  if (payload.name !== undefined && payload.name !== proto.name) {
    Object.defineProperty(err, 'name', {
      __proto__: null, value: payload.name, writable: true, enumerable: false, configurable: true,
    });
  }
  for (const key of Object.keys(payload.props)) err[key] = payload.props[key];
  return err;
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    validateOptions(options);
    const resolved = resolveFilename(filename, options);
    let evalCode = null;
    let file = null;
    if (resolved === null) evalCode = `${filename}`;
    else if (typeof resolved === 'object') {
      evalCode = decodeDataUrl(resolved.dataUrl);
    } else file = resolved;

    const argv = (options.argv ?? []).map((a) => `${a}`);
    const execArgv = options.execArgv ?? process.execArgv;
    let env;
    if (options.env === SHARE_ENV) env = null;
    else if (options.env !== undefined) env = { ...options.env };
    else env = { ...process.env };
    if (env !== null) {
      for (const key of Object.keys(env)) env[key] = `${env[key]}`;
    }
    this.resourceLimits = parseResourceLimits(options.resourceLimits);

    const handle = binding.createWorker(file, new Uint8Array(0), argv, execArgv.map(String));
    this[kHandle] = handle;
    this.threadId = handle.threadId;
    this[kExited] = false;
    this[kExitCode] = undefined;
    this[kTerminate] = [];
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.performance = { eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; } };

    // The worker reads everything it starts with from the first control message.
    const init = {
      workerData: options.workerData,
      env,
      eval: evalCode,
      name: options.name ?? '',
      environmentData,
      resourceLimits: this.resourceLimits,
      stdout: !!options.stdout,
      stderr: !!options.stderr,
      trackUnmanagedFds: options.trackUnmanagedFds !== false,
    };
    let message;
    try {
      const ctl = io.portFromHandle(handle.controlPort);
      this[kControl] = ctl;
      message = io.encodeMessage(init, options.transferList, undefined);
    } catch (err) {
      handle.controlPort.close();
      handle.publicPort.close();
      handle.stopThread();
      throw err;
    }
    handle.controlPort.postMessage(message[0], message[1]);

    const pub = io.portFromHandle(handle.publicPort);
    this[kPublic] = pub;
    pub.on('message', (value) => this.emit('message', value));
    pub.on('messageerror', (err) => this.emit('messageerror', err));
    pub.unref();
    this[kControl].on('message', (msg) => this.#onControl(msg));
    this[kControl].unref();

    handle.onexit = (code) => this.#onExit(code);
    const err = handle.startThread();
    if (err < 0) {
      throw new (lazyErrors().codes.ERR_WORKER_INIT_FAILED)(require('util').getSystemErrorName?.(err) ?? err);
    }
  }

  #pendingError = undefined;

  #onControl(msg) {
    switch (msg.type) {
      case 'online':
        this.emit('online');
        break;
      case 'error':
        // Reported with the exit, after the messages the worker posted before failing.
        this.#pendingError = msg.error;
        break;
      case 'stdio': {
        const stream = msg.fd === 1 ? this.stdout : this.stderr;
        if (stream !== null) stream.push(msg.chunk);
        break;
      }
      default:
        break;
    }
  }

  #onExit(code) {
    const { kHandle: kPortHandle } = io;
    // Everything the worker posted before it ended is delivered before 'exit'.
    for (const port of [this[kControl], this[kPublic]]) {
      const h = port[kPortHandle];
      if (h === null) continue;
      let m;
      while ((m = h.receive()) !== undefined) h.onmessage(m);
    }
    this[kControl].close();
    this[kPublic].close();
    this[kExited] = true;
    if (this.#pendingError !== undefined) this.emit('error', rebuildError(this.#pendingError));
    this[kExitCode] = code;
    if (this.stdout !== null) this.stdout.push(null);
    if (this.stderr !== null) this.stderr.push(null);
    this.emit('exit', code);
    for (const resolve of this[kTerminate]) resolve(code);
    this[kTerminate] = [];
  }

  postMessage(value, transferList = undefined) {
    if (arguments.length === 0) throw new (lazyErrors().codes.ERR_MISSING_ARGS)('message');
    if (this[kExited]) return;
    this[kPublic].postMessage(value, transferList);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. ' +
        'It returns a Promise instead.', 'DeprecationWarning', 'DEP0132');
      this.once('exit', (code) => process.nextTick(callback, null, code));
    }
    if (this[kExited]) return Promise.resolve();
    return new Promise((resolve) => {
      this[kTerminate].push(resolve);
      this[kHandle].stopThread();
    });
  }

  ref() {
    if (!this[kExited]) this[kHandle].ref();
  }

  unref() {
    if (!this[kExited]) this[kHandle].unref();
  }

  getHeapSnapshot() {
    return Promise.reject(new (lazyErrors().codes.ERR_WORKER_NOT_RUNNING)());
  }
}

function decodeDataUrl(url) {
  const comma = url.indexOf(',');
  const meta = url.slice(5, comma);
  const data = url.slice(comma + 1);
  if (meta.endsWith(';base64')) return Buffer.from(data, 'base64').toString('utf8');
  return decodeURIComponent(data);
}

module.exports = {
  Worker,
  SHARE_ENV,
  setEnvironmentData,
  getEnvironmentData,
  environmentData,
  rebuildError,
  serialize,
  deserialize,
};
