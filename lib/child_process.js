'use strict';
// node:child_process — spawn/exec/execFile and their Sync forms.

const { codes, ErrnoException, genericNodeError } = require('internal/errors');
const {
  ChildProcess, normalizeSpawnArguments, getValidStdio, convertToValidSignal,
} = require('internal/child_process');
const { validateString, validateFunction, validateObject } = require('internal/validators');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE,
  ERR_CHILD_PROCESS_STDIO_MAXBUFFER } = codes;
const kDefaultMaxBuffer = 1024 * 1024;

let BufferCtor;
const lazyBuffer = () => (BufferCtor ??= require('buffer').Buffer);

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

// ---- async ---------------------------------------------------------------------------------

function spawn(file, args, options) {
  const opts = normalizeSpawnArguments(file, args, options);
  validateTimeout(opts.timeout);
  const killSignal = opts.killSignal === undefined ? undefined : convertToValidSignal(opts.killSignal);
  const child = new ChildProcess();
  child.spawn(opts);
  if (opts.timeout > 0) {
    let timer = setTimeout(() => {
      if (timer) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timer = null;
      }
    }, opts.timeout);
    child.once('exit', () => {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
    });
  }
  if (opts.signal) {
    const signal = opts.signal;
    const onAbort = () => {
      if (child.kill(killSignal)) {
        const { AbortError } = require('internal/errors');
        child.emit('error', new AbortError(undefined, { cause: signal.reason }));
      }
    };
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  args ??= [];
  if (typeof options === 'function') {
    callback = options;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  options ??= {};
  if (callback != null) validateFunction(callback, 'callback');
  return { file, args, options, callback };
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = { encoding: 'utf8', timeout: 0, maxBuffer: kDefaultMaxBuffer, killSignal: 'SIGTERM',
    cwd: null, env: null, shell: false, ...options };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = convertToValidSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd, env: options.env, gid: options.gid, shell: options.shell,
    signal: options.signal, uid: options.uid, windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments, argv0: options.argv0,
  });
  const encoding = options.encoding && options.encoding !== 'buffer' &&
    lazyBuffer().isEncoding(options.encoding) ? options.encoding : null;
  const stdoutChunks = [];
  const stderrChunks = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;
  if (args.length !== 0) cmd += ` ${args.join(' ')}`;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    const Buffer = lazyBuffer();
    let stdout = Buffer.concat(stdoutChunks);
    let stderr = Buffer.concat(stderrChunks);
    if (encoding) {
      stdout = stdout.toString(encoding);
      stderr = stderr.toString(encoding);
    }
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args?.length) cmd += ` ${args.join(' ')}`.slice(cmd.length - file.length);
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? require('internal/errors').getSystemErrorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }
  const collect = (stream, chunks, which) => {
    if (!stream) return;
    stream.on('data', (chunk) => {
      const len = which === 'stdout' ? (stdoutLen += chunk.length) : (stderrLen += chunk.length);
      if (len > options.maxBuffer) {
        const over = len - options.maxBuffer;
        chunks.push(chunk.subarray(0, chunk.length - over));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(which);
        kill();
      } else {
        chunks.push(chunk);
      }
    });
  };
  collect(child.stdout, stdoutChunks, 'stdout');
  collect(child.stderr, stderrChunks, 'stderr');
  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

// ---- sync ----------------------------------------------------------------------------------

function spawnSync(file, args, options) {
  const opts = normalizeSpawnArguments(file, args, options);
  const Buffer = lazyBuffer();
  validateTimeout(opts.timeout);
  validateMaxBuffer(opts.maxBuffer);
  const stdio = getValidStdio(opts.stdio || 'pipe', true);
  if (opts.input != null) {
    let input = opts.input;
    if (typeof input === 'string') input = Buffer.from(input, opts.encoding);
    else if (!ArrayBuffer.isView(input)) {
      throw new ERR_INVALID_ARG_TYPE('options.stdio[0]',
        ['Buffer', 'TypedArray', 'DataView', 'string'], opts.input);
    }
    if (stdio[0].type !== 'pipe') {
      throw new ERR_INVALID_ARG_VALUE('options.stdio[0]', stdio[0].type);
    }
    stdio[0].input = input instanceof Uint8Array ? input :
      new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  const raw = internalBinding('spawn_sync').spawn({
    ...opts,
    stdio,
    maxBuffer: opts.maxBuffer === undefined ? kDefaultMaxBuffer : opts.maxBuffer,
    killSignal: opts.killSignal === undefined ? undefined : convertToValidSignal(opts.killSignal),
  });
  const encoding = opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : null;
  const output = raw.output.map((ab) => {
    if (ab === null) return null;
    const buf = Buffer.from(ab);
    return encoding ? buf.toString(encoding) : buf;
  });
  const result = {};
  if (raw.error !== undefined) {
    const err = new ErrnoException(raw.error, `spawnSync ${opts.file}`);
    err.path = opts.file;
    err.spawnargs = opts.args.slice(1);
    result.error = err;
  }
  result.status = raw.status === undefined ? null : raw.status;
  result.signal = raw.signal === undefined ? null : raw.signal;
  result.output = output;
  result.pid = raw.pid === undefined ? 0 : raw.pid;
  result.stdout = output[1] ?? null;
  result.stderr = output[2] ?? null;
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
    delete err.error;
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = genericNodeError(msg, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file, ...args], undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

// A child forked from `cnode -e/-p` must run modulePath, not the parent's eval source again
// (that would fork forever), so the inherited execArgv loses its eval flag, as in Node.
function withoutEval(execArgv) {
  const out = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i];
    if (/^(-e|--eval|-p|--print|-pe|-ep)$/.test(arg)) i++;
    else if (!/^--(eval|print)=/.test(arg)) out.push(arg);
  }
  return out;
}

function fork(modulePath, args, options) {
  // Without an IPC channel yet, fork runs the module in a new cnode with pipes: the child
  // has no process.send (documented gap).
  if (!Array.isArray(args)) {
    options = args;
    args = [];
  }
  options = { ...options };
  const execArgv = options.execArgv || withoutEval(process.execArgv);
  return spawn(options.execPath || process.execPath, [...execArgv, modulePath, ...args], {
    ...options, stdio: options.silent ? 'pipe' : 'inherit',
  });
}

module.exports = {
  ChildProcess,
  _forkChild() {},
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
