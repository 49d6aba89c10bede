// addEventListener options: once, capture, duplicates, passive, boolean options
const t = new EventTarget();
function f(ev) { console.log('f', ev.type); }
t.addEventListener('a', f);
t.addEventListener('a', f); // duplicate ignored
t.addEventListener('a', f, { capture: true }); // different capture: separate
t.addEventListener('a', f, true); // duplicate of capture
t.dispatchEvent(new Event('a'));
t.removeEventListener('a', f);
t.dispatchEvent(new Event('a'));
t.removeEventListener('a', f, true);
t.dispatchEvent(new Event('a'));
console.log('--once');
t.addEventListener('o', f, { once: true });
t.dispatchEvent(new Event('o'));
t.dispatchEvent(new Event('o'));
t.addEventListener('o', f, { once: true });
t.addEventListener('o', f); // duplicate of the once listener
t.dispatchEvent(new Event('o'));
t.dispatchEvent(new Event('o'));
console.log('--once removed before dispatch');
t.addEventListener('p', f, { once: true });
t.removeEventListener('p', f);
t.dispatchEvent(new Event('p'));
console.log('--passive');
t.addEventListener('q', (ev) => { ev.preventDefault(); console.log('passive defaultPrevented', ev.defaultPrevented); }, { passive: true });
t.addEventListener('q', (ev) => { console.log('next sees', ev.defaultPrevented); ev.preventDefault(); console.log('non-passive', ev.defaultPrevented); });
console.log(t.dispatchEvent(new Event('q', { cancelable: true })));
console.log('--truthy options');
t.addEventListener('r', f, { once: 1, capture: 'yes' });
t.dispatchEvent(new Event('r'));
t.dispatchEvent(new Event('r'));
t.addEventListener('s', f, null);
t.addEventListener('s', f, undefined);
t.addEventListener('s', f, false);
t.addEventListener('s', f, []);
t.dispatchEvent(new Event('s'));
console.log('--once with stopImmediatePropagation');
t.addEventListener('u', (ev) => { console.log('u1'); ev.stopImmediatePropagation(); }, { once: true });
t.addEventListener('u', () => console.log('u2'));
t.dispatchEvent(new Event('u'));
t.dispatchEvent(new Event('u'));
console.log('--type coercion');
t.addEventListener(5, f);
t.dispatchEvent(new Event('5'));
t.addEventListener(null, f);
t.dispatchEvent(new Event(null));
t.addEventListener({ toString() { return 'obj'; } }, f);
t.dispatchEvent(new Event('obj'));
