// event state seen by the first and later listeners during one dispatch (Node 22 behaviour)
const t = new EventTarget();
t.addEventListener('x', (e) => console.log('first', e.eventPhase, e.currentTarget === t, e.target === t, e.composedPath().length));
t.addEventListener('x', (e) => console.log('second', e.eventPhase, e.currentTarget === t, e.target === t, e.composedPath().length));
const ev = new Event('x');
t.dispatchEvent(ev);
console.log('after', ev.eventPhase, ev.currentTarget, ev.target === t);
// a single listener sees the dispatching state
const t2 = new EventTarget();
let inner;
t2.addEventListener('y', (e) => { inner = [e.eventPhase, e.currentTarget === t2]; });
t2.dispatchEvent(new Event('y'));
console.log(inner);
// dispatching the same event to another target from inside a listener
const a = new EventTarget();
const b = new EventTarget();
b.addEventListener('z', (e) => console.log('b got', e.target === b));
a.addEventListener('z', (e) => { try { b.dispatchEvent(e); } catch (err) { console.log(err.code, err.message); } });
a.dispatchEvent(new Event('z'));
