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

const cwd = process.cwd();
try {
  process.chdir('/definitely/not/a/dir/cnode');
} catch (e) {
  console.log('name:', e.name);
  console.log('code:', e.code);
  console.log('errno:', e.errno);
  console.log('syscall:', e.syscall);
  console.log('path:', e.path === cwd ? '<cwd>' : e.path);
  console.log('dest:', e.dest);
  console.log('keys:', JSON.stringify(Object.keys(e)));
  console.log('message:', e.message.split(cwd).join('<cwd>'));
  console.log('instanceof Error:', e instanceof Error);
}
console.log('cwd unchanged:', process.cwd() === cwd);
