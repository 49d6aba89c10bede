'use strict';
// node:cluster — the primary (and worker) side of Node's cluster API. fork() starts
// process.execPath on the primary's script with NODE_UNIQUE_ID in the environment, as Node does,
// through child_process.fork. cnode has no IPC channel yet, so what Node does over IPC is not
// available: worker.send() throws ERR_IPC_CHANNEL_CLOSED, workers do not share the primary's
// listening sockets (each binds on its own), and 'listening'/'message' are never emitted.
// 'online' is emitted when the worker process has started; 'exit' and 'disconnect' when it exits.

const EventEmitter = require('events');
const { codes: { ERR_IPC_CHANNEL_CLOSED } } = require('internal/errors');

const SCHED_NONE = 1;
const SCHED_RR = 2;

class Worker extends EventEmitter {
  constructor(options) {
    super();
    if (options === null || typeof options !== 'object') options = {};
    this.exitedAfterDisconnect = undefined;
    this.state = options.state || 'none';
    this.id = options.id | 0;
    if (options.process) {
      this.process = options.process;
      this.process.on('error', (code, signal) => this.emit('error', code, signal));
    }
  }

  kill(signal = 'SIGTERM') {
    if (this.process) this.process.kill(signal);
  }

  send(message, handle, options, callback) {
    const err = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof handle === 'function') callback = handle;
    else if (typeof options === 'function') callback = options;
    if (typeof callback === 'function') {
      process.nextTick(callback, err);
      return false;
    }
    throw err;
  }

  isDead() {
    const p = this.process;
    return !p || p.exitCode != null || p.signalCode != null;
  }

  isConnected() {
    return false;
  }

  // Without IPC the worker cannot be asked to close its servers: it is terminated instead.
  disconnect() {
    this.exitedAfterDisconnect = true;
    if (!this.isDead()) this.kill('SIGTERM');
    return this;
  }

  destroy(signal) {
    this.kill(signal);
  }
}

const cluster = new EventEmitter();
const isWorker = typeof process.env.NODE_UNIQUE_ID === 'string' && process.env.NODE_UNIQUE_ID !== '';

cluster.isWorker = isWorker;
cluster.isMaster = !isWorker;
cluster.isPrimary = !isWorker;
cluster.Worker = Worker;

if (isWorker) {
  cluster.worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process, state: 'online' });
  delete process.env.NODE_UNIQUE_ID;
} else {
  let ids = 0;
  let initialized = false;
  cluster.workers = {};
  cluster.settings = {};
  cluster.SCHED_NONE = SCHED_NONE;
  cluster.SCHED_RR = SCHED_RR;
  const policy = process.env.NODE_CLUSTER_SCHED_POLICY;
  cluster.schedulingPolicy = policy === 'none' ? SCHED_NONE : policy === 'rr' ? SCHED_RR :
    process.platform === 'win32' ? SCHED_NONE : SCHED_RR;

  cluster.setupPrimary = function setupPrimary(options) {
    const settings = {
      args: process.argv.slice(2),
      exec: process.argv[1],
      execArgv: process.execArgv,
      silent: false,
      ...cluster.settings,
      ...options,
    };
    cluster.settings = settings;
    if (!initialized) {
      initialized = true;
      const p = cluster.schedulingPolicy;
      if (p !== SCHED_NONE && p !== SCHED_RR) {
        throw new Error(`Bad cluster.schedulingPolicy: ${p}`);
      }
    }
    process.nextTick(() => cluster.emit('setup', settings));
  };
  cluster.setupMaster = cluster.setupPrimary;

  cluster.fork = function fork(env) {
    cluster.setupPrimary();
    const id = ++ids;
    const settings = cluster.settings;
    const childProcess = require('child_process');
    const child = childProcess.fork(settings.exec, settings.args, {
      cwd: settings.cwd,
      env: { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` },
      execArgv: settings.execArgv,
      execPath: settings.execPath,
      silent: settings.silent,
      uid: settings.uid,
      gid: settings.gid,
      windowsHide: settings.windowsHide,
    });
    const worker = new Worker({ id, process: child });
    cluster.workers[id] = worker;
    child.once('spawn', () => {
      worker.state = 'online';
      worker.emit('online');
      cluster.emit('online', worker);
    });
    child.once('exit', (exitCode, signalCode) => {
      worker.state = 'dead';
      delete cluster.workers[id];
      if (worker.exitedAfterDisconnect === undefined) worker.exitedAfterDisconnect = false;
      worker.emit('disconnect');
      cluster.emit('disconnect', worker);
      worker.emit('exit', exitCode, signalCode);
      cluster.emit('exit', worker, exitCode, signalCode);
    });
    process.nextTick(() => cluster.emit('fork', worker));
    return worker;
  };

  cluster.disconnect = function disconnect(callback) {
    const workers = Object.values(cluster.workers);
    let pending = workers.length;
    const done = () => {
      if (typeof callback === 'function') callback();
    };
    if (pending === 0) {
      process.nextTick(done);
      return;
    }
    for (const w of workers) {
      w.once('exit', () => {
        if (--pending === 0) done();
      });
      w.disconnect();
    }
  };
}

module.exports = cluster;
