// BroadcastChannel delivers to every other channel of the same name, across threads too.
const { BroadcastChannel, Worker, isMainThread } = require('worker_threads');
if (isMainThread) {
  const a = new BroadcastChannel('room');
  const b = new BroadcastChannel('room');
  const other = new BroadcastChannel('other');
  console.log(a.name, String(a), typeof a.onmessage);
  other.onmessage = () => console.log('other should not get this');
  let count = 0;
  b.onmessage = (ev) => {
    console.log('b got', ev.constructor.name, ev.data);
    if (++count === 2) {
      a.close();
      b.close();
      other.close();
      try {
        a.postMessage('closed');
      } catch (e) {
        console.log(e.name, e.message);
      }
    }
  };
  a.onmessage = (ev) => console.log('a got', ev.data);
  const w = new Worker(__filename);
  w.on('exit', (c) => {
    console.log('worker exit', c);
    a.postMessage('from main');
  });
} else {
  const c = new BroadcastChannel('room');
  c.postMessage({ from: 'worker' });
  c.close();
}
