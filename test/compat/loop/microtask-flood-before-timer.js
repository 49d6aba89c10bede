// A long microtask/tick chain fully drains before timers or immediates run.
let micro = 0, ticks = 0;
function m() { if (++micro < 1000) queueMicrotask(m); }
function t() { if (++ticks < 1000) process.nextTick(t); }
setTimeout(() => {
  console.log('timeout: micro', micro, 'ticks', ticks);
  queueMicrotask(m); process.nextTick(t);
  setImmediate(() => console.log('immediate: micro', micro, 'ticks', ticks));
}, 0);
queueMicrotask(m);
process.nextTick(t);

console.log('main end');
