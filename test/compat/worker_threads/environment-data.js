// setEnvironmentData values are copied into workers created afterwards.
const { Worker, setEnvironmentData, getEnvironmentData, isMainThread, parentPort } = require('worker_threads');
if (isMainThread) {
  setEnvironmentData('config', { level: 3, tags: ['a'] });
  setEnvironmentData(42, 'number key');
  console.log(getEnvironmentData('config'), getEnvironmentData(42), getEnvironmentData('none'));
  const w = new Worker(__filename);
  w.on('message', (m) => console.log('worker', m));
  setEnvironmentData('late', 'set after start');
  setEnvironmentData(42, undefined);
  console.log(getEnvironmentData(42));
} else {
  parentPort.postMessage([getEnvironmentData('config'), getEnvironmentData(42), getEnvironmentData('late')]);
}
