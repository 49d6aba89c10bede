'use strict';
// Prints the shape of the error `fn` throws (or that it returned normally).
function report(label, fn) {
  let result;
  try {
    result = fn();
  } catch (e) {
    console.log(`${label}: threw`);
    console.log('  name:', e.name);
    console.log('  code:', e.code);
    console.log('  message:', JSON.stringify(e.message));
    console.log('  string:', JSON.stringify(String(e)));
    console.log('  TypeError:', e instanceof TypeError, 'RangeError:', e instanceof RangeError, 'Error:', e instanceof Error);
    console.log('  keys:', JSON.stringify(Object.keys(e)));
    console.log('  stack0:', JSON.stringify(String(e.stack).split('\n')[0]));
    return;
  }
  console.log(`${label}: returned ${typeof result}`);
}

process.on('uncaughtException', (err, origin) => {
  console.log('origin:', origin);
  console.log('name:', err.name, 'code:', err.code);
  console.log('message:', err.message);
  console.log('string:', String(err));
  console.log('keys:', JSON.stringify(Object.keys(err)));
});
setTimeout(() => { queueMicrotask('nope'); }, 1);
setTimeout(() => { setTimeout(null); }, 2);
setTimeout(() => { new (require('events'))().emit('error', 'late'); }, 3);
