// timers/promises setImmediate resolves with a value, in the check phase.
const { setImmediate: si } = require('timers/promises');
(async () => {
  console.log('default', await si());
  console.log('value', await si('v'));
  setImmediate(() => console.log('callback immediate queued before'));
  const p = si('promised');
  setImmediate(() => console.log('callback immediate queued after'));
  console.log('got', await p);
  process.nextTick(() => console.log('tick after'));
})();
