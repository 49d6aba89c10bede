// A port with a 'message' listener keeps the loop alive until it is closed.
const { MessageChannel } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => console.log('message', m));
setTimeout(() => {
  port1.postMessage('late');
  setTimeout(() => port2.close(), 10);
}, 30);
process.on('exit', () => console.log('exit'));
