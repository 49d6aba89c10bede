// Ticks and microtasks queued in an I/O callback run right after it.
const fs = require('fs');
fs.readFile(__filename, (err, data) => {
  console.log('readFile callback, err =', err, 'is buffer', Buffer.isBuffer(data));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('tick'));
  queueMicrotask(() => console.log('microtask'));
  setImmediate(() => {
    console.log('immediate');
    fs.readFile(__filename, () => {
      console.log('second readFile callback');
      setImmediate(() => console.log('second immediate'));
      process.nextTick(() => console.log('second tick'));
    });
  });
});
console.log('main end');
