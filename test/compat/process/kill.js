// process.kill with signal 0 and bad arguments.
console.log('kill(pid, 0)', process.kill(process.pid, 0));
console.log('kill(pid, "0") string signal', (() => { try { return process.kill(process.pid, '0'); } catch (e) { return e.code; } })());
function t(label, fn) {
  try { console.log(label, 'returned', fn()); } catch (e) { console.log(label, e.name, e.code, e.syscall, e.errno, '|', e.message); }
}
t('unknown name', () => process.kill(process.pid, 'SIGFOO'));
t('lowercase name', () => process.kill(process.pid, 'sigterm'));
t('pid string', () => process.kill('abc'));
t('pid NaN', () => process.kill(NaN));
t('bad number signal', () => process.kill(process.pid, 1000));
t('signal object', () => process.kill(process.pid, {}));
