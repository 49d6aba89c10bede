// Many awaits all complete before an immediate runs.
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout 20'), 20);
(async () => {
  for (let i = 0; i < 5; i++) {
    await null;
    console.log('await', i);
  }
})();
