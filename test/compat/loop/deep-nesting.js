// Alternating tick -> microtask -> tick -> microtask nesting in each phase.
function chain(label, depth) {
  if (depth === 0) return;
  if (depth % 2) process.nextTick(() => { console.log(label, 'tick', depth); chain(label, depth - 1); });
  else queueMicrotask(() => { console.log(label, 'micro', depth); chain(label, depth - 1); });
}
chain('main', 4);
setTimeout(() => { console.log('timeout'); chain('timeout', 4); }, 1);
setTimeout(() => console.log('timeout 2'), 1);
