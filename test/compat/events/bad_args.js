// error codes and messages for invalid arguments across the EventEmitter API
const EventEmitter = require('events');
const e = new EventEmitter();
function t(label, fn) {
  try { const r = fn(); console.log(label, 'ok', typeof r); } catch (err) { console.log(label, err.name, err.code, err.message); }
}
const bads = [undefined, null, 1, 'str', {}, [], Symbol('s'), true, 10n];
for (const b of bads) {
  t('on', () => e.on('x', b));
  t('once', () => e.once('x', b));
}
t('prependListener', () => e.prependListener('x', 5));
t('prependOnceListener', () => e.prependOnceListener('x', 'f'));
t('removeListener', () => e.removeListener('x', null));
t('off', () => e.off('x', {}));
t('addListener', () => e.addListener('x'));
t('addAbortListener no signal', () => EventEmitter.addAbortListener());
t('addAbortListener bad signal', () => EventEmitter.addAbortListener(null, () => {}));
t('addAbortListener bad listener', () => EventEmitter.addAbortListener(new AbortController().signal, 5));
t('getEventListeners', () => EventEmitter.getEventListeners(5, 'x'));
t('getEventListeners obj', () => EventEmitter.getEventListeners({}, 'x'));
t('setMaxListeners big', () => e.setMaxListeners(1e9));
t('setMaxListeners float', () => e.setMaxListeners(2.5));
// nothing is added after a failed call
console.log(e.listenerCount('x'), e.eventNames());
