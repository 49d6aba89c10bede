// spawnSync failures: missing commands, timeouts, maxBuffer, bad arguments.
const { spawnSync } = require('child_process');
const m = spawnSync('no-such-command-cnode', ['x']);
console.log(Object.keys(m), m.error.code, m.error.errno, m.error.syscall, m.error.path, m.error.spawnargs, m.status);
console.log(m.error.message);
const t = spawnSync('sleep', ['5'], { timeout: 50 });
console.log(t.error.code, t.signal, t.status);
const b = spawnSync('sh', ['-c', 'head -c 5000 /dev/zero'], { maxBuffer: 100 });
console.log(b.error.code, b.stdout.length <= 5000);
for (const bad of [1, null, '', 'a\u0000b']) {
  try { spawnSync(bad); } catch (e) { console.log(e.code, e.message); }
}
try { spawnSync('ls', 'notarray'); } catch (e) { console.log(e.code, e.message); }
try { spawnSync('ls', [1]); } catch (e) { console.log(e.code, e.message); }
try { spawnSync('ls', [], { cwd: 1 }); } catch (e) { console.log(e.code, e.message); }
try { spawnSync('ls', [], { timeout: -1 }); } catch (e) { console.log(e.code, e.message); }
try { spawnSync('ls', [], { killSignal: 'SIGNOPE' }); } catch (e) { console.log(e.code, e.message); }
