'use strict';
// The inside of a Worker: runs once, when node:worker_threads loads on a worker's thread
// (the runtime preloads it), before the worker's script. Sets up parentPort, workerData,
// process.env, and makes process.exit() and uncaught errors end only this thread.

const binding = internalBinding('worker');
const io = require('internal/worker/io');

let state;

function setup() {
  if (state !== undefined) return state;
  const info = binding.getWorkerInfo();
  const control = io.portFromHandle(info.controlPort);
  const parentPort = io.portFromHandle(info.publicPort);
  const first = info.controlPort.receive();
  const init = io.decodeMessage(first).value;
  state = {
    threadId: info.threadId,
    parentPort,
    control,
    workerData: init.workerData,
    resourceLimits: init.resourceLimits,
    name: init.name,
  };

  const { environmentData } = require('internal/worker/worker');
  for (const [key, value] of init.environmentData) environmentData.set(key, value);

  if (init.env !== null) installEnv(init.env);

  process.reallyExit = function reallyExit(code) {
    binding.exitThread(code | 0);
    // Execution ends here: the runtime terminates this JavaScript (uncatchable).
    for (;;);
  };
  for (const name of ['chdir', 'abort', 'setuid', 'setgid', 'seteuid', 'setegid',
    'setgroups', 'initgroups']) {
    if (typeof process[name] !== 'function') continue;
    process[name] = function unsupported() {
      const { codes } = require('internal/errors');
      throw new codes.ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}()`);
    };
  }

  const execution = require('internal/process/execution');
  const original = execution.triggerUncaughtException;
  execution.triggerUncaughtException = function triggerUncaughtException(err, fromPromise) {
    if (process.hasUncaughtExceptionCaptureCallback() ||
        process.listenerCount('uncaughtException') > 0) {
      return original(err, fromPromise);
    }
    try {
      process.emit('uncaughtExceptionMonitor', err,
        fromPromise ? 'unhandledRejection' : 'uncaughtException');
    } catch {
      // Reported below like the original error.
    }
    reportError(err);
    process.exitCode = 1;
    try {
      if (!process._exiting) {
        process._exiting = true;
        process.emit('exit', 1);
      }
    } catch {
      // The thread ends anyway.
    }
    process.reallyExit(process.exitCode === undefined ? 1 : process.exitCode || 1);
  };

  control.postMessage({ type: 'online' });
  if (init.eval !== null) process.nextTick(runEval, init.eval);
  return state;
}

function describeError(err) {
  if (err === null || typeof err !== 'object' || !(err instanceof Error)) {
    return { kind: 'value', value: err };
  }
  const props = {};
  for (const key of Object.keys(err)) props[key] = err[key];
  let message = typeof err.message === 'string' ? err.message : String(err.message);
  let stack = typeof err.stack === 'string' ? err.stack : undefined;
  // Errors made by the engine carry JSC's message and stack: report them in V8's shape.
  const st = require('internal/util/stack_trace');
  if (stack !== undefined && st.isJscStack(stack)) {
    message = st.v8RuntimeMessage(message);
    const name = err.name === undefined ? 'Error' : String(err.name);
    const frames = st.callSitesFromJsc(stack).filter((f) => f.getFileName() !== undefined);
    stack = st.formatStack(message === '' ? name : `${name}: ${message}`, frames);
  }
  let ctor = 'Error';
  for (let p = Object.getPrototypeOf(err); p !== null; p = Object.getPrototypeOf(p)) {
    const c = Object.prototype.hasOwnProperty.call(p, 'constructor') ? p.constructor : undefined;
    if (typeof c === 'function' && globalThis[c.name] === c) {
      ctor = c.name;
      break;
    }
  }
  return {
    kind: 'error',
    ctor,
    name: typeof err.name === 'string' ? err.name : undefined,
    message,
    stack,
    props,
  };
}

function reportError(err) {
  let payload = describeError(err);
  try {
    state.control.postMessage({ type: 'error', error: payload });
  } catch {
    // Properties that cannot be cloned: send what can be.
    if (payload.kind === 'value') {
      payload = { kind: 'value', value: require('internal/util/inspect').inspect(err) };
    } else {
      payload.props = {};
    }
    state.control.postMessage({ type: 'error', error: payload });
  }
}

function installEnv(values) {
  const store = { __proto__: null };
  for (const key of Object.keys(values)) store[key] = values[key];
  const env = new Proxy(store, {
    set(target, key, value) {
      if (typeof key === 'symbol') return false;
      target[key] = `${value}`;
      return true;
    },
    defineProperty(target, key, desc) {
      if ('value' in desc) target[key] = `${desc.value}`;
      return true;
    },
    deleteProperty(target, key) {
      delete target[key];
      return true;
    },
  });
  Object.defineProperty(process, 'env', {
    __proto__: null, value: env, writable: true, enumerable: true, configurable: true,
  });
}

function runEval(code) {
  const path = require('path');
  const { Module } = require('internal/modules/cjs/loader');
  const name = '[worker eval]';
  const module = new Module(name, null);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  module._compile(code, name);
}

module.exports = { setup };
