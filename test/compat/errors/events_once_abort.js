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

const { once, EventEmitter } = require('events');
async function main() {
  const ac = new AbortController();
  ac.abort();
  try {
    await once(new EventEmitter(), 'never', { signal: ac.signal });
  } catch (e) {
    console.log('name:', e.name, 'code:', e.code);
    console.log('message:', e.message);
    console.log('string:', String(e));
    console.log('keys:', JSON.stringify(Object.keys(e)));
    console.log('stack0:', e.stack.split('\n')[0]);
    console.log('cause is reason:', e.cause === ac.signal.reason);
    console.log('instanceof Error:', e instanceof Error);
  }
  const ac2 = new AbortController();
  const p = once(new EventEmitter(), 'never', { signal: ac2.signal });
  ac2.abort('why');
  try {
    await p;
  } catch (e) {
    console.log('late abort:', e.name, e.code, e.message, JSON.stringify(e.cause));
  }
}
main();
