// process.exit() inside an 'exit' handler replaces the code; other listeners are skipped.
process.on('exit', (code) => {
  console.log('first exit listener', code);
  process.exit(9);
});
process.on('exit', () => console.log('second listener: never'));
console.log('main');
process.exit(2);
