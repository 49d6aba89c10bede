// Nested: timer -> I/O -> immediate vs timeout, with microtasks.
const fs = require('fs');
setTimeout(() => {
  console.log('timer');
  fs.readFile(__filename, () => {
    console.log('io');
    setTimeout(() => {
      console.log('io > timeout');
      setImmediate(() => console.log('io > timeout > immediate'));
      setTimeout(() => console.log('io > timeout > timeout'), 0);
    }, 0);
    setImmediate(() => {
      console.log('io > immediate');
      process.nextTick(() => console.log('io > immediate > tick'));
    });
  });
}, 1);
