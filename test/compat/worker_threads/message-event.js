// MessageEvent shape and the global Web messaging classes.
const wt = require('worker_threads');
console.log(typeof MessageChannel, typeof MessagePort, typeof MessageEvent, typeof BroadcastChannel);
console.log(MessageChannel === wt.MessageChannel, MessagePort === wt.MessagePort, BroadcastChannel === wt.BroadcastChannel);
const ev = new MessageEvent('message', { data: { x: 1 }, origin: 'o', lastEventId: 'id' });
console.log(ev.type, ev.data, ev.origin, ev.lastEventId, ev.source, ev.ports, ev instanceof Event);
const empty = new MessageEvent('custom');
console.log(empty.data, empty.origin, empty.ports.length);
try {
  new MessagePort();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, d.enumerable, d.configurable, 'value' in d ? 'value' : 'accessor');
}
