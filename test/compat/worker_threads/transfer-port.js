// A MessagePort sent to a worker in the transfer list connects the parent directly to it.
const { Worker, MessageChannel, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  const w = new Worker(__filename);
  const { port1, port2 } = new MessageChannel();
  w.postMessage({ port: port2, label: 'take this' }, [port2]);
  port1.on('message', (m) => {
    console.log('via port', m);
    if (m === 'bye') port1.close();
    else port1.postMessage('pong');
  });
  port1.on('close', () => console.log('port1 closed'));
  w.on('exit', (c) => console.log('exit', c));
  try {
    port1.postMessage(1, [port1]);
  } catch (e) {
    console.log(e.name, e.message);
  }
  try {
    const c = new MessageChannel();
    port1.postMessage({ p: c.port1 });
  } catch (e) {
    console.log(e.name, e.message);
  }
} else {
  parentPort.once('message', ({ port, label }) => {
    port.postMessage(`got ${label} ${port.constructor.name}`);
    port.once('message', (m) => {
      port.postMessage(`received ${m}`);
      port.postMessage('bye');
      parentPort.close();
    });
  });
}
