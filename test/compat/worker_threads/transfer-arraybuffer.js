// Transferred ArrayBuffers are detached on the sending side; copies are not.
const { Worker, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  const ab = new ArrayBuffer(8);
  new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
  const view = new Uint16Array(ab, 2, 2);
  w.postMessage({ view }, [ab]);
  console.log('after transfer', ab.byteLength, view.length, ab.detached);
  const copy = new Uint8Array([9, 9]);
  w.postMessage(copy);
  console.log('after copy', copy.length, copy.buffer.byteLength);
  w.on('message', (m) => console.log('worker says', m));
  w.on('exit', (c) => console.log('exit', c));
} else {
  let n = 0;
  parentPort.on('message', (m) => {
    if (m.view) {
      parentPort.postMessage([m.view.constructor.name, m.view.byteOffset, m.view.length, [...m.view], m.view.buffer.byteLength]);
    } else {
      parentPort.postMessage([...m]);
    }
    if (++n === 2) parentPort.close();
  });
}
