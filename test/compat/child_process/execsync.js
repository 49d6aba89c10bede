// execSync / execFileSync: return values, thrown errors and their shape.
const { execSync, execFileSync } = require('child_process');
console.log(JSON.stringify(execSync('echo hello').toString()));
console.log(execSync('echo $((6 * 7))', { encoding: 'utf8' }).trim());
console.log(execFileSync('echo', ['file', 'sync'], { encoding: 'utf8' }));
console.log(execSync('cat', { input: 'stdin data' }).toString());
try {
  execSync('echo failing >&2; exit 2', { stdio: 'pipe' });
} catch (e) {
  console.log(e.message.split('\n')[0], '|', e.status, e.signal, Object.keys(e), String(e.stderr).trim());
}
try {
  execFileSync('sh', ['-c', 'exit 5'], { stdio: 'pipe' });
} catch (e) {
  console.log(e.message, e.status, e instanceof Error);
}
try {
  execFileSync('no-such-command-cnode', { stdio: 'pipe' });
} catch (e) {
  console.log(e.code, e.message, e.syscall, e.path, e.status);
}
console.log(execSync('echo shell $0', { shell: '/bin/sh', encoding: 'utf8' }).trim());
