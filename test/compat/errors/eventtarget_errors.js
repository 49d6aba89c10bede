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

process.on('uncaughtException', (e) => {
  console.log('uncaught:', e.name, e.code, JSON.stringify(e.message), String(e));
});
const et = new EventTarget();
report('new Event()', () => new Event());
report('dispatchEvent(1)', () => et.dispatchEvent(1));
report('dispatchEvent({})', () => et.dispatchEvent({ type: 'x' }));
report('addEventListener()', () => et.addEventListener());
report('addEventListener(x)', () => et.addEventListener('x'));
report('removeEventListener()', () => et.removeEventListener());
report('addEventListener(x, fn, {signal: 1})', () => et.addEventListener('x', () => {}, { signal: 1 }));
report('new Event(x, 1)', () => new Event('x', 1));
report('new CustomEvent()', () => new CustomEvent());
report('dispatch twice', () => {
  const ev = new Event('y');
  et.addEventListener('y', () => { et.dispatchEvent(ev); });
  et.dispatchEvent(ev);
});
