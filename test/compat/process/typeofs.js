// typeof of process properties and functions.
const props = ['pid', 'ppid', 'platform', 'arch', 'version', 'versions', 'release', 'config', 'features', 'title',
  'argv', 'argv0', 'execArgv', 'execPath', 'env', 'exitCode', 'stdout', 'stderr', 'stdin', 'debugPort'];
for (const p of props) console.log(p, typeof process[p]);
const fns = ['abort', 'chdir', 'cwd', 'cpuUsage', 'emitWarning', 'exit', 'getegid', 'geteuid', 'getgid', 'getgroups',
  'getuid', 'hrtime', 'kill', 'memoryUsage', 'nextTick', 'resourceUsage', 'umask', 'uptime', 'on', 'once', 'off',
  'emit', 'addListener', 'removeListener', 'removeAllListeners', 'listeners', 'listenerCount', 'setUncaughtExceptionCaptureCallback',
  'hasUncaughtExceptionCaptureCallback', 'setSourceMapsEnabled', 'dlopen', 'initgroups', 'setgroups',
  'setgid', 'setuid', 'setegid', 'seteuid'];
for (const f of fns) console.log(f, typeof process[f]);
console.log('hrtime.bigint', typeof process.hrtime.bigint);
console.log('memoryUsage.rss', typeof process.memoryUsage.rss);
console.log('pid integer', Number.isInteger(process.pid) && process.pid > 0);
console.log('ppid integer', Number.isInteger(process.ppid) && process.ppid > 0);
console.log('platform', process.platform, 'arch', process.arch);
console.log('toString tag', Object.prototype.toString.call(process));
console.log('is EventEmitter', process instanceof require('events'));
