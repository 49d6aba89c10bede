// spawnSync: status, stdout/stderr buffers and strings, input, signals.
const { spawnSync } = require('child_process');
const r = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 4']);
console.log(r.status, r.signal, String(r.stdout), String(r.stderr), r.output.length, r.output[0]);
console.log(Object.keys(r));
const s = spawnSync('sh', ['-c', 'kill -TERM $$']);
console.log(s.status, s.signal);
const e = spawnSync('cat', { input: 'from input', encoding: 'utf8' });
console.log(JSON.stringify(e.stdout), e.status);
const u = spawnSync('sh', ['-c', 'printf "%s" "$FOO"'], { env: { FOO: 'bar', PATH: process.env.PATH }, encoding: 'utf8' });
console.log(u.stdout);
const c = spawnSync('pwd', { cwd: '/', encoding: 'utf8' });
console.log(c.stdout.trim());
const a = spawnSync('echo', ['a b', 'c'], { encoding: 'utf8' });
console.log(a.stdout);
