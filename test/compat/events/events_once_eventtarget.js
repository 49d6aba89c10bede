// events.once with EventTarget resolves with [event]
const { once } = require('events');
(async () => {
  const t = new EventTarget();
  setTimeout(() => t.dispatchEvent(new Event('hello')), 1);
  const [ev] = await once(t, 'hello');
  console.log(ev instanceof Event, ev.type, ev.target === t);
  // second dispatch does not affect resolved promise; listener removed
  let count = 0;
  t.addEventListener('hello', () => count++);
  t.dispatchEvent(new Event('hello'));
  console.log('count', count);
  // 'error' on an EventTarget is a plain event
  setTimeout(() => t.dispatchEvent(new Event('error')), 1);
  const [errEv] = await once(t, 'error');
  console.log('error event', errEv.type);
  // CustomEvent detail
  setTimeout(() => t.dispatchEvent(new CustomEvent('data', { detail: { x: 1 } })), 1);
  const [ce] = await once(t, 'data');
  console.log(ce.detail);
  // once resolves even if the event stops immediate propagation before
  t.addEventListener('stop', (e) => e.stopImmediatePropagation());
  const p = once(t, 'stop');
  t.dispatchEvent(new Event('stop'));
  const r = await Promise.race([p.then(() => 'resolved'), new Promise((res) => setTimeout(() => res('timed out'), 20))]);
  console.log('after stopImmediatePropagation:', r);
})();
