// setMaxListeners/getMaxListeners/defaultMaxListeners and the static versions
const EventEmitter = require('events');
const e = new EventEmitter();
console.log(EventEmitter.defaultMaxListeners, e.getMaxListeners(), e._maxListeners);
console.log(e.setMaxListeners(5) === e, e.getMaxListeners(), e._maxListeners);
e.setMaxListeners(0);
console.log(e.getMaxListeners());
for (const bad of [-1, 'a', NaN, null, undefined, {}, -Infinity]) {
  try { e.setMaxListeners(bad); console.log('ok', bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
for (const bad of [-1, 'a', NaN, null]) {
  try { EventEmitter.defaultMaxListeners = bad; console.log('ok', bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
EventEmitter.defaultMaxListeners = 3;
const e2 = new EventEmitter();
console.log(e2.getMaxListeners(), EventEmitter.getMaxListeners(e2));
EventEmitter.setMaxListeners(7);
console.log(EventEmitter.defaultMaxListeners, e2.getMaxListeners());
EventEmitter.setMaxListeners(2, e2);
console.log(e2.getMaxListeners(), EventEmitter.getMaxListeners(e2), EventEmitter.defaultMaxListeners);
const t = new EventTarget();
console.log(EventEmitter.getMaxListeners(t));
EventEmitter.setMaxListeners(4, t, e2);
console.log(EventEmitter.getMaxListeners(t), e2.getMaxListeners());
for (const args of [[1, {}], ['x'], [-2, e2]]) {
  try { EventEmitter.setMaxListeners(...args); console.log('ok'); } catch (err) { console.log(err.name, err.code, err.message); }
}
for (const v of [{}, null, 5, undefined]) {
  try { EventEmitter.getMaxListeners(v); console.log('ok'); } catch (err) { console.log(err.name, err.code, err.message); }
}
EventEmitter.setMaxListeners();
console.log('reset to', EventEmitter.defaultMaxListeners);
