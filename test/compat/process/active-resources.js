// process.getActiveResourcesInfo reflects pending timers and immediates.
const count = (name) => process.getActiveResourcesInfo().filter((n) => n === name).length;
console.log('typeof', typeof process.getActiveResourcesInfo, Array.isArray(process.getActiveResourcesInfo()));
console.log('timeouts at start', count('Timeout'), 'immediates at start', count('Immediate'));
const t1 = setTimeout(() => {}, 5);
const t2 = setTimeout(() => {}, 5);
console.log('timeouts after two', count('Timeout'));
const im = setImmediate(() => {
  console.log('inside immediate: immediates', count('Immediate'));
});
console.log('immediates after one', count('Immediate'));
clearTimeout(t1);
console.log('timeouts after clear', count('Timeout'));
t2.unref();
console.log('timeouts after unref', count('Timeout'));
setTimeout(() => console.log('in last timer: timeouts', count('Timeout')), 10);
