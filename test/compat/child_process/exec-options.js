// exec/execFile options: env, cwd, encoding, maxBuffer, timeout, shell.
const { exec, execFile } = require('child_process');
const steps = [
  (next) => exec('echo $FOO', { env: { FOO: 'from env', PATH: process.env.PATH } }, (e, out) => { console.log('env', e, JSON.stringify(out)); next(); }),
  (next) => exec('pwd', { cwd: '/' }, (e, out) => { console.log('cwd', out.trim()); next(); }),
  (next) => execFile('echo', ['buf'], { encoding: 'buffer' }, (e, out) => { console.log('buffer', Buffer.isBuffer(out), out.toString()); next(); }),
  (next) => exec('head -c 2000 /dev/zero', { maxBuffer: 100 }, (e, out) => { console.log('maxBuffer', e.code, e.message, out.length); next(); }),
  (next) => exec('sleep 5', { timeout: 50 }, (e) => { console.log('timeout', e.killed, e.signal, e.code); next(); }),
  (next) => execFile('echo', ['$HOME'], { shell: true }, (e, out) => { console.log('shell expands', out.trim() === process.env.HOME); next(); }),
  (next) => { const c = exec('exit 0'); console.log('returns child', typeof c.pid, c.constructor.name); c.on('exit', (code) => { console.log('exit', code); next(); }); },
];
(function run(i) { if (i < steps.length) steps[i](() => run(i + 1)); })(0);
