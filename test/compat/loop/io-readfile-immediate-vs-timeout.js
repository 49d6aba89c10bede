// Inside an I/O callback, setImmediate always runs before setTimeout 0.
const fs = require('fs');
fs.readFile(__filename, () => {
  console.log('readFile callback');
  setTimeout(() => console.log('timeout 0'), 0);
  setImmediate(() => console.log('immediate'));
  setTimeout(() => console.log('timeout 1'), 1);
  setImmediate(() => console.log('immediate 2'));
});
