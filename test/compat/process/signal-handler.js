// A SIGUSR2 listener is called when the process signals itself.
let calls = 0;
const keepAlive = setInterval(() => {}, 5);
const guard = setTimeout(() => { console.log('guard: handler not called in time'); process.exit(1); }, 2000);
guard.unref();
function onSig(sig, num) {
  calls++;
  console.log('handler called with', sig, typeof num, num);
  if (calls === 1) {
    process.kill(process.pid, 'SIGUSR2');
  } else {
    process.removeListener('SIGUSR2', onSig);
    console.log('listener removed, count', process.listenerCount('SIGUSR2'));
    clearInterval(keepAlive);
  }
}
process.on('SIGUSR2', onSig);
console.log('kill returns', process.kill(process.pid, 'SIGUSR2'));
console.log('after kill (handler runs asynchronously)');
process.on('exit', () => console.log('exit, calls =', calls));
