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

const events = require('events');
report('on(1)', () => events.on(1, 'x'));
report('getEventListeners(1)', () => events.getEventListeners(1, 'x'));
report('on(ee, x, {signal: {}})', () => events.on(new events.EventEmitter(), 'x', { signal: {} }));
report('listenerCount(ee, x)', () => events.listenerCount(new events.EventEmitter(), 'x'));
report('setMaxListeners(1, {})', () => events.setMaxListeners(1, {}));
report('addAbortListener(1)', () => events.addAbortListener(1, () => {}));
report('addAbortListener(signal, 1)', () => events.addAbortListener(new AbortController().signal, 1));
events.once(new events.EventEmitter(), 'x', { signal: 1 }).catch((e) => {
  console.log('once rejected:', e.name, e.code, JSON.stringify(e.message));
});
events.once(1, 'x').catch((e) => console.log('once(1) rejected:', e.name, e.code, JSON.stringify(e.message)));
