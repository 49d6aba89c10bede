// addEventListener with { signal } removes the listener on abort
const t = new EventTarget();
const ac = new AbortController();
function f(ev) { console.log('called', ev.type); }
t.addEventListener('x', f, { signal: ac.signal });
t.addEventListener('y', f, { signal: ac.signal, once: true });
t.dispatchEvent(new Event('x'));
ac.abort();
t.dispatchEvent(new Event('x'));
t.dispatchEvent(new Event('y'));
console.log('aborted before add');
t.addEventListener('z', f, { signal: AbortSignal.abort() });
t.dispatchEvent(new Event('z'));
console.log('re-adding without signal works');
t.addEventListener('x', f);
t.dispatchEvent(new Event('x'));
console.log('signal and capture');
const ac2 = new AbortController();
t.addEventListener('c', f, { capture: true, signal: ac2.signal });
t.addEventListener('c', () => console.log('non-capture stays'));
ac2.abort();
t.dispatchEvent(new Event('c'));
console.log('abort during dispatch');
const ac3 = new AbortController();
t.addEventListener('d', () => { console.log('d1'); ac3.abort(); });
t.addEventListener('d', () => console.log('d2 removed before running'), { signal: ac3.signal });
t.dispatchEvent(new Event('d'));
console.log('invalid signals');
for (const s of [1, 'x', {}, null, false]) {
  try { t.addEventListener('e', f, { signal: s }); console.log('ok', s); } catch (err) { console.log(err.name, err.code, err.message); }
}
console.log('EventEmitter-agnostic getEventListeners');
const { getEventListeners } = require('events');
const ac4 = new AbortController();
const t2 = new EventTarget();
t2.addEventListener('g', f, { signal: ac4.signal });
console.log(getEventListeners(t2, 'g').length, getEventListeners(ac4.signal, 'abort').length);
ac4.abort();
console.log(getEventListeners(t2, 'g').length, getEventListeners(ac4.signal, 'abort').length);
