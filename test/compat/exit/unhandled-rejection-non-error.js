// Unhandled rejection with a non-Error reason also exits with 1.
process.on('exit', (code) => console.log('exit', code));
(async () => {
  await null;
  console.log('async fn throws a string');
  throw 'just a string';
})();
