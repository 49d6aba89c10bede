// AbortController / AbortSignal basics
const ac = new AbortController();
const { signal } = ac;
console.log(signal.aborted, signal.reason, ac.signal === signal, signal instanceof EventTarget, signal instanceof AbortSignal);
let calls = 0;
signal.addEventListener('abort', function (ev) {
  calls++;
  console.log('abort event', ev.type, ev.isTrusted, ev instanceof Event, this === signal, ev.target === signal, signal.aborted);
});
ac.abort();
console.log(signal.aborted, signal.reason instanceof DOMException, signal.reason.name, signal.reason.message, signal.reason.code);
ac.abort('again');
console.log('second abort ignored', calls, signal.reason.name);
const ac2 = new AbortController();
ac2.abort('custom');
console.log(ac2.signal.reason);
const ac3 = new AbortController();
const reason = new Error('my reason');
ac3.abort(reason);
console.log(ac3.signal.reason === reason);
const ac4 = new AbortController();
ac4.abort(undefined);
console.log(ac4.signal.reason.name);
const ac5 = new AbortController();
ac5.abort(null);
console.log(ac5.signal.reason);
// throwIfAborted
const ac6 = new AbortController();
console.log(ac6.signal.throwIfAborted());
ac6.abort(42);
try { ac6.signal.throwIfAborted(); } catch (v) { console.log('threw', v); }
// illegal constructor and this checks
try { new AbortSignal(); } catch (err) { console.log(err.name, err.code, err.message); }
for (const name of ['aborted', 'reason']) {
  try { Object.getOwnPropertyDescriptor(AbortSignal.prototype, name).get.call({}); } catch (err) { console.log(name, err.name, err.code, err.message); }
}
try { AbortSignal.prototype.throwIfAborted.call({}); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(Object.getOwnPropertyNames(AbortController.prototype), Object.getOwnPropertyNames(AbortSignal.prototype));
console.log(Object.getOwnPropertyNames(AbortSignal).filter((k) => !['length', 'name', 'prototype'].includes(k)));
console.log(Object.prototype.toString.call(ac), Object.prototype.toString.call(signal));
// abort inside abort listener
const ac7 = new AbortController();
ac7.signal.addEventListener('abort', () => { console.log('first listener'); ac7.abort('nested'); });
ac7.signal.addEventListener('abort', () => console.log('second listener', ac7.signal.reason));
ac7.abort('outer');
// listener registered after abort never fires
const ac8 = new AbortController();
ac8.abort();
ac8.signal.addEventListener('abort', () => console.log('never'));
console.log('end');
