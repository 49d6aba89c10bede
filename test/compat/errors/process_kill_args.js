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

// Only values that can never name a real process (no null/''/true: they coerce to 0 or 1).
for (const pid of ['x', undefined, {}, NaN, 1.5, Infinity, 'abc', -1.5, '1.5']) {
  report(`kill(${JSON.stringify(pid)})`, () => process.kill(pid));
}
// No '' or null here: Node reads them as SIGTERM.
for (const sig of ['SIGFOO', 'sigterm', 'term', 'SIGterm', {}, true, [], 'SIGKILLX']) {
  report(`kill(pid, ${JSON.stringify(sig)})`, () => process.kill(process.pid, sig));
}
report('kill(pid, 0)', () => process.kill(process.pid, 0));
report('kill(pid, "0")', () => process.kill(process.pid, '0'));
