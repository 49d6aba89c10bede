// Values that cannot be cloned throw DataCloneError; nothing is sent.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const bad = [
  function foo() { return 1; },
  () => 2,
  Symbol('sym'),
  { nested: Symbol.iterator },
  [1, function inner() {}],
  new WeakMap(),
  Promise.resolve(),
];
for (const v of bad) {
  try {
    port1.postMessage(v);
    console.log('sent');
  } catch (e) {
    console.log(e.name, e.code, e.message, e instanceof DOMException);
  }
}
try {
  structuredClone(() => {});
} catch (e) {
  console.log('structuredClone', e.name, e.message);
}
port2.on('message', (m) => console.log('unexpected', m));
setTimeout(() => port1.close(), 10);
