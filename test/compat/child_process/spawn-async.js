// Async spawn/exec/execFile: stdio pipes, events and their order, errors, kill.
const { spawn, exec, execFile } = require('child_process');
const c = spawn('sh', ['-c', 'echo out; echo err >&2; read x; echo "got $x"; exit 3']);
c.stdout.setEncoding('utf8');
c.stdout.on('data', (d) => console.log('stdout', JSON.stringify(d)));
c.stderr.on('data', (d) => console.log('stderr', JSON.stringify(String(d))));
c.on('spawn', () => console.log('spawn event'));
c.on('exit', (code, sig) => console.log('exit', code, sig));
c.on('close', (code, sig) => {
  console.log('close', code, sig);
  exec('echo hi; exit 2', (err, stdout, stderr) => {
    console.log('exec', err && err.code, err && err.message.split('\n')[0], JSON.stringify(stdout));
    execFile('no-such-cmd-cnode', (err2) => {
      console.log('execFile', err2.code, err2.message, err2.errno, err2.syscall, err2.path);
      const k = spawn('sleep', ['5']);
      k.on('exit', (code, sig) => console.log('killed', code, sig, k.killed));
      setTimeout(() => console.log('kill', k.kill()), 20);
    });
  });
});
c.stdin.end('line\n');
