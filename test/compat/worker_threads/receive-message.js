// receiveMessageOnPort reads queued messages synchronously, without listeners.
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
console.log(receiveMessageOnPort(port2));
port1.postMessage({ a: 1 });
port1.postMessage([1, 2]);
port1.postMessage('three');
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
console.log(receiveMessageOnPort(port2));
for (const bad of [null, {}, 1, 'port']) {
  try {
    receiveMessageOnPort(bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
port1.close();
