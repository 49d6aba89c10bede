// process.on('unhandledRejection') receives (reason, promise) and keeps the process alive.
const p = Promise.reject(new Error('nobody catches me'));
process.on('unhandledRejection', (reason, promise) => {
  console.log('reason:', reason.message, '| same promise:', promise === p, '| is promise:', promise instanceof Promise);
});
const p2 = Promise.reject(42);
process.on('unhandledRejection', (reason, promise) => {
  console.log('second listener:', reason instanceof Error ? reason.message : reason, promise === p2 || promise === p);
});
setTimeout(() => console.log('timer still runs'), 1);
process.on('exit', (code) => console.log('exit', code));
