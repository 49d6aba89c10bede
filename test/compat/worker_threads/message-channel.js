// MessageChannel within one thread: ordering, close events on both ends, EventTarget style.
const { MessageChannel, MessagePort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof MessagePort, port1 instanceof EventTarget, typeof port1.on);
const got = [];
port2.on('message', (m) => {
  got.push(m);
  if (m === 3) {
    console.log('got', got);
    port1.close();
  }
});
port2.on('close', () => console.log('port2 close'));
port1.on('close', () => console.log('port1 close'));
port1.postMessage(1);
port1.postMessage(2);
port1.postMessage(3);
const c2 = new MessageChannel();
c2.port2.onmessage = (ev) => {
  console.log('onmessage', ev.constructor.name, ev.type, ev.data, Array.isArray(ev.ports));
  c2.port2.close();
};
c2.port1.postMessage({ via: 'onmessage' });
const c3 = new MessageChannel();
c3.port2.addEventListener('message', (ev) => {
  console.log('addEventListener', ev.data);
  c3.port1.close();
});
c3.port2.start();
c3.port1.postMessage('evt');
