// An unref'd timer does not keep the process alive.
const t = setTimeout(() => console.log('unref timer should not run'), 20);
t.unref();
console.log('hasRef after unref:', t.hasRef());
process.on('exit', (code) => console.log('exit', code));
console.log('main end');
