// Inside a timer callback, setImmediate always runs before a new setTimeout 0.
setTimeout(() => {
  console.log('outer timeout');
  setTimeout(() => console.log('inner timeout 0'), 0);
  setImmediate(() => console.log('inner immediate'));
  process.nextTick(() => console.log('inner tick'));
}, 0);
