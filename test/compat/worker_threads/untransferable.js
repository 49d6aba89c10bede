// markAsUntransferable and invalid transfer lists.
const { MessageChannel, markAsUntransferable, isMarkedAsUntransferable } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
const ab = new ArrayBuffer(4);
markAsUntransferable(ab);
console.log(isMarkedAsUntransferable(ab), isMarkedAsUntransferable(new ArrayBuffer(1)));
const tries = [
  () => port1.postMessage(ab, [ab]),
  () => port1.postMessage(1, [1]),
  () => port1.postMessage(1, 5),
  () => { const x = new ArrayBuffer(1); port1.postMessage(x, [x, x]); },
  () => port1.postMessage(),
];
for (const t of tries) {
  try {
    t();
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(ab.byteLength);
port2.on('message', (m) => console.log('received', m));
setTimeout(() => port1.close(), 20);
