// CustomEvent detail and shape
const c = new CustomEvent('x');
console.log(c.detail, c.type, c instanceof Event, c instanceof CustomEvent);
for (const detail of [1, 'str', { a: 1 }, [1, 2], null, undefined, 0, false]) {
  console.log(JSON.stringify(new CustomEvent('d', { detail }).detail));
}
const obj = { deep: true };
console.log(new CustomEvent('same', { detail: obj }).detail === obj);
const c2 = new CustomEvent('opts', { detail: 5, cancelable: true, bubbles: true });
console.log(c2.cancelable, c2.bubbles, c2.detail);
console.log(Object.getOwnPropertyNames(CustomEvent.prototype), Object.prototype.toString.call(c2), CustomEvent.name, CustomEvent.length);
console.log(Object.getPrototypeOf(CustomEvent.prototype) === Event.prototype);
try { Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')); } catch (err) { console.log(err.name, err.code); }
const t = new EventTarget();
t.addEventListener('msg', (e) => console.log('received', e.detail, e.type, e instanceof CustomEvent));
t.dispatchEvent(new CustomEvent('msg', { detail: { hello: 'world' } }));
