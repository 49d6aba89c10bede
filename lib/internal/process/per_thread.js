'use strict';
// The `process` properties and methods backed by internalBinding('process_methods'), with
// Node's argument validation.

let errors;
let validators;
const lazyErrors = () => (errors ??= require('internal/errors'));
const lazyValidators = () => (validators ??= require('internal/validators'));

function defineValue(obj, name, value, enumerable = true) {
  Object.defineProperty(obj, name, {
    __proto__: null, value, writable: true, enumerable, configurable: true,
  });
}

// process.env: every access goes to the real environment; values are stored as strings.
function createEnvObject(methods) {
  const descriptor = (value) => ({ value, writable: true, enumerable: true, configurable: true });
  return new Proxy({}, {
    get(target, key) {
      if (typeof key === 'symbol') return undefined;
      return methods.envGet(key);
    },
    set(target, key, value) {
      if (typeof key === 'symbol' || typeof value === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      methods.envSet(key, `${value}`);
      return true;
    },
    has(target, key) {
      return typeof key === 'string' && methods.envGet(key) !== undefined;
    },
    deleteProperty(target, key) {
      if (typeof key === 'string') methods.envDelete(key);
      return true;
    },
    ownKeys() {
      return methods.envKeys();
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key !== 'string') return undefined;
      const value = methods.envGet(key);
      return value === undefined ? undefined : descriptor(value);
    },
    defineProperty(target, key, desc) {
      const { ERR_INVALID_OBJECT_DEFINE_PROPERTY } = lazyErrors().codes;
      if ('get' in desc || 'set' in desc) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(
          "'process.env' does not accept an accessor(getter/setter) descriptor");
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY("'process.env' only accepts a " +
          'configurable, writable, and enumerable data descriptor');
      }
      if (typeof key === 'symbol' || typeof desc.value === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      methods.envSet(key, `${desc.value}`);
      return true;
    },
  });
}

function setupProcessObject(process, options, methods) {
  const path = require('path');
  const nodeVersion = options.nodeVersion;

  defineValue(process, 'version', nodeVersion);
  const versions = {};
  for (const [name, value] of [['node', nodeVersion.slice(1)], ['uv', options.uvVersion],
    ['modules', '127'], ['napi', '10'], ['cnode', options.cnodeVersion]]) {
    Object.defineProperty(versions, name, {
      __proto__: null, value, writable: false, enumerable: true, configurable: true,
    });
  }
  defineValue(process, 'versions', versions);
  defineValue(process, 'arch', methods.arch);
  defineValue(process, 'platform', 'linux');
  defineValue(process, 'release', {
    name: 'node',
    lts: 'Jod',
    sourceUrl: `https://nodejs.org/download/release/${nodeVersion}/node-${nodeVersion}.tar.gz`,
    headersUrl: `https://nodejs.org/download/release/${nodeVersion}/node-${nodeVersion}-headers.tar.gz`,
  });
  defineValue(process, 'config', Object.freeze({
    target_defaults: {
      cflags: [], default_configuration: 'Release', defines: [], include_dirs: [], libraries: [],
    },
    variables: { node_shared: false, node_use_openssl: true, napi_build_version: '10' },
  }), true);
  defineValue(process, 'features', {
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
    tls_ocsp: true, tls: true, cached_builtins: true, require_module: true, typescript: false,
  });

  const execPath = methods.execPath ?? options.argv[0];
  defineValue(process, 'execPath', execPath);
  const argv = options.argv.slice();
  defineValue(process, 'argv0', argv[0]);
  argv[0] = execPath;
  if (options.entry === 'file' && argv.length > 1) argv[1] = path.resolve(methods.cwd(), argv[1]);
  defineValue(process, 'argv', argv);
  defineValue(process, 'execArgv', options.execArgv);
  defineValue(process, 'env', createEnvObject(methods));
  defineValue(process, 'pid', methods.pid);
  defineValue(process, 'ppid', methods.ppid);
  defineValue(process, 'debugPort', 9229);

  if (options.title !== undefined) methods.setTitle(options.title);
  Object.defineProperty(process, 'title', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get: () => methods.getTitle(),
    set: (value) => methods.setTitle(String(value)),
  });

  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    __proto__: null,
    enumerable: true,
    configurable: false,
    get: () => exitCode,
    set(code) {
      if (code === null || code === undefined) {
        exitCode = undefined;
        return;
      }
      let value = code;
      if (typeof code === 'string' && code !== '' && !Number.isNaN(+code)) value = +code;
      lazyValidators().validateInteger(value, 'code');
      exitCode = value;
    },
  });

  process._exiting = false;
  process.noDeprecation = options.noDeprecation || undefined;
  if (process.noDeprecation === undefined) delete process.noDeprecation;
  if (options.throwDeprecation) process.throwDeprecation = true;
  if (options.traceDeprecation) process.traceDeprecation = true;
  if (options.traceWarnings) process.traceProcessWarnings = true;

  process.exit = function exit(code) {
    if (arguments.length !== 0) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode === undefined ? 0 : +process.exitCode || 0);
    }
    process.reallyExit(process.exitCode === undefined ? 0 : +process.exitCode | 0);
  };
  process.reallyExit = function reallyExit(code) {
    methods.reallyExit(code | 0);
  };
  process.abort = methods.abort;

  process.cwd = methods.cwd;
  process.chdir = function chdir(directory) {
    lazyValidators().validateString(directory, 'directory');
    methods.chdir(directory);
  };
  process.umask = function umask(mask) {
    if (mask === undefined) return methods.umask();
    mask = lazyValidators().parseFileMode(mask, 'mask');
    return methods.umask(mask);
  };

  function hrtime(time) {
    const now = methods.hrtime();
    if (time !== undefined) {
      lazyValidators().validateArray(time, 'time');
      if (time.length !== 2) {
        throw new (lazyErrors().codes.ERR_OUT_OF_RANGE)('time', 2, time.length);
      }
      let sec = now[0] - time[0];
      let nsec = now[1] - time[1];
      if (nsec < 0) {
        sec -= 1;
        nsec += 1e9;
      }
      return [sec, nsec];
    }
    return now;
  }
  hrtime.bigint = methods.hrtimeBigInt;
  process.hrtime = hrtime;
  process.uptime = methods.uptime;

  function memoryUsage() {
    const [rss, heapTotal, heapUsed, external, arrayBuffers] = methods.memoryUsage();
    return { rss, heapTotal, heapUsed, external, arrayBuffers };
  }
  memoryUsage.rss = methods.rss;
  process.memoryUsage = memoryUsage;

  process.cpuUsage = function cpuUsage(prevValue) {
    const [user, system] = methods.cpuUsage();
    if (prevValue) {
      const v = lazyValidators();
      v.validateObject(prevValue, 'prevValue');
      v.validateNumber(prevValue.user, 'prevValue.user');
      if (!(prevValue.user >= 0 && prevValue.user <= Number.MAX_SAFE_INTEGER)) {
        throw new (lazyErrors().codes.ERR_INVALID_ARG_VALUE.RangeError)('prevValue.user', prevValue.user);
      }
      v.validateNumber(prevValue.system, 'prevValue.system');
      if (!(prevValue.system >= 0 && prevValue.system <= Number.MAX_SAFE_INTEGER)) {
        throw new (lazyErrors().codes.ERR_INVALID_ARG_VALUE.RangeError)('prevValue.system', prevValue.system);
      }
      return { user: user - prevValue.user, system: system - prevValue.system };
    }
    return { user, system };
  };

  process.resourceUsage = function resourceUsage() {
    const f = methods.resourceUsage();
    return {
      userCPUTime: f[0], systemCPUTime: f[1], maxRSS: f[2], sharedMemorySize: f[3],
      unsharedDataSize: f[4], unsharedStackSize: f[5], minorPageFault: f[6],
      majorPageFault: f[7], swappedOut: f[8], fsRead: f[9], fsWrite: f[10],
      ipcSent: f[11], ipcReceived: f[12], signalsCount: f[13],
      voluntaryContextSwitches: f[14], involuntaryContextSwitches: f[15],
    };
  };

  process.kill = function kill(pid, sig) {
    if (pid != (pid | 0)) {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('pid', 'number', pid);
    }
    let signum;
    if (sig === (sig | 0)) {
      signum = sig;
    } else if (sig === undefined) {
      signum = require('internal/process/signals').signals.SIGTERM;
    } else {
      signum = require('internal/process/signals').signals[sig];
      if (typeof signum !== 'number') {
        throw new (lazyErrors().codes.ERR_UNKNOWN_SIGNAL)(sig);
      }
    }
    const err = methods.kill(pid, signum);
    if (err) {
      const e = lazyErrors();
      throw new e.ErrnoException(err, 'kill');
    }
    return true;
  };
  process._kill = (pid, sig) => methods.kill(pid, sig);

  process.getuid = methods.getuid;
  process.geteuid = methods.geteuid;
  process.getgid = methods.getgid;
  process.getegid = methods.getegid;
  process.getgroups = methods.getgroups;
  // Credentials are uint32 numbers or user/group names.
  const validateId = (value, name) => {
    if (typeof value === 'number') lazyValidators().validateUint32(value, name);
    else if (typeof value !== 'string') {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(name, ['number', 'string'], value);
    }
  };
  const idSetter = (which, isUser) => function(id) {
    validateId(id, 'id');
    const r = methods.setId(which, id);
    if (r === 1) throw new (lazyErrors().codes.ERR_UNKNOWN_CREDENTIAL)(isUser ? 'User' : 'Group', id);
    if (r < 0) throw new (lazyErrors().ErrnoException)(r, `set${which}`);
  };
  for (const [name, which, isUser] of [['setuid', 'uid', true], ['seteuid', 'euid', true],
    ['setgid', 'gid', false], ['setegid', 'egid', false]]) {
    const fn = idSetter(which, isUser);
    Object.defineProperty(fn, 'name', { __proto__: null, value: name });
    process[name] = fn;
  }
  process.setgroups = function setgroups(groups) {
    lazyValidators().validateArray(groups, 'groups');
    for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
    const r = methods.setgroups(groups);
    if (r > 0) throw new (lazyErrors().codes.ERR_UNKNOWN_CREDENTIAL)('Group', groups[r - 1]);
    if (r < 0) throw new (lazyErrors().ErrnoException)(r, 'setgroups');
  };
  process.initgroups = function initgroups(user, extraGroup) {
    validateId(user, 'user');
    validateId(extraGroup, 'extraGroup');
    const r = methods.initgroups(user, extraGroup);
    if (r === 1) throw new (lazyErrors().codes.ERR_UNKNOWN_CREDENTIAL)('User', user);
    if (r === 2) throw new (lazyErrors().codes.ERR_UNKNOWN_CREDENTIAL)('Group', extraGroup);
    if (r < 0) throw new (lazyErrors().ErrnoException)(r, 'initgroups');
  };
  process.availableMemory = methods.availableMemory;
  process.constrainedMemory = methods.constrainedMemory;
  process.setSourceMapsEnabled = function setSourceMapsEnabled(val) {
    lazyValidators().validateBoolean(val, 'enabled');
  };
  process.getActiveResourcesInfo = function getActiveResourcesInfo() {
    const timers = require('internal/bootstrap/realm').BuiltinModule.isLoaded('internal/timers') ?
      require('internal/timers').activeTimerCounts() : [0, 0];
    return [...new Array(timers[0]).fill('Timeout'), ...new Array(timers[1]).fill('Immediate')];
  };
  process._getActiveHandles = () => [];
  process._getActiveRequests = () => [];
  process._rawDebug = (...args) => {
    internalBinding('stdio').writeString(2, `${require('internal/util/inspect').format(...args)}\n`);
  };
  process.dlopen = function dlopen(module, filename, flags) {
    if (module === null || typeof module !== 'object') {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('module', 'object', module);
    }
    const path = `${filename}`;
    const error = methods.dlopen(path, flags);
    // Loading worked but there is no N-API yet, so the addon cannot register itself.
    const message = error === null ? `Module did not self-register: '${path}'.` : error;
    const err = new Error(message);
    err.code = 'ERR_DLOPEN_FAILED';
    throw err;
  };
  process.binding = function binding(name) {
    const err = new Error(`No such module: ${name}`);
    throw err;
  };
  process.allowedNodeEnvironmentFlags = new Set([
    '--require', '-r', '--input-type', '--no-warnings', '--trace-warnings', '--no-deprecation',
    '--throw-deprecation', '--trace-deprecation', '--unhandled-rejections', '--title',
    '--env-file', '--stack-size', '--max-old-space-size', '--enable-source-maps',
  ]);
  process.moduleLoadList = [];

  let stdout;
  let stderr;
  let stdin;
  const stdioModule = () => require('internal/process/stdio');
  Object.defineProperty(process, 'stdout', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get: () => (stdout ??= stdioModule().createWritableStdioStream(1)),
  });
  Object.defineProperty(process, 'stderr', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get: () => (stderr ??= stdioModule().createWritableStdioStream(2)),
  });
  Object.defineProperty(process, 'stdin', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get: () => (stdin ??= stdioModule().createReadableStdioStream(0)),
  });
}

module.exports = { setupProcessObject };
