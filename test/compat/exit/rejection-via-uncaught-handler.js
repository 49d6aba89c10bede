// With only an 'uncaughtException' handler, an unhandled rejection reaches it with origin 'unhandledRejection'.
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException:', err instanceof Error ? err.message : String(err), '| origin:', origin);
});
Promise.reject(new Error('rejected error'));
setTimeout(() => console.log('timer still runs'), 1);
process.on('exit', (code) => console.log('exit', code));
