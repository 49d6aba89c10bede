// An 'uncaughtException' handler keeps the process running.
process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, '| origin:', origin);
});
setTimeout(() => {
  console.log('timer throws');
  throw new Error('from timer');
}, 1);
setTimeout(() => console.log('later timer still runs'), 5);
process.on('exit', (code) => console.log('exit', code));
console.log('main throws');
throw new Error('from main');
