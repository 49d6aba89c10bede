// emit with many argument counts passes exactly those arguments, single and multiple listeners
const EventEmitter = require('events');
for (const count of [1, 2]) {
  const e = new EventEmitter();
  for (let i = 0; i < count; i++) {
    e.on('ev', function () {
      console.log(`listener ${i} got ${arguments.length}:`, JSON.stringify(Array.from(arguments, (a) => a === undefined ? 'undef' : a)));
    });
  }
  for (let n = 0; n <= 6; n++) {
    const args = Array.from({ length: n }, (_, k) => k % 2 ? undefined : k);
    e.emit('ev', ...args);
  }
}
// return values of listeners are ignored
const e2 = new EventEmitter();
e2.on('x', () => 42);
e2.on('x', () => Promise.resolve(1));
console.log(e2.emit('x'));
// error thrown by a listener propagates from emit and skips later listeners
e2.on('boom', () => { throw new Error('listener threw'); });
e2.on('boom', () => console.log('not reached'));
try { e2.emit('boom'); } catch (err) { console.log('caught', err.message); }
e2.on('boom1', () => { throw new TypeError('single threw'); });
try { e2.emit('boom1', 1, 2, 3, 4, 5); } catch (err) { console.log('caught', err.name, err.message); }
