// beforeExit with an async listener: promise work scheduled there runs, loop is re-checked.
let n = 0;
process.on('beforeExit', async () => {
  n++;
  console.log('beforeExit', n);
  if (n > 1) return;
  await null;
  console.log('after await in beforeExit');
  await new Promise((r) => setTimeout(r, 1));
  console.log('after timer in beforeExit');
});
process.on('exit', () => console.log('exit', n));
