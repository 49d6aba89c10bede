// Nested nextTicks are drained before any promise reaction.
let depth = 0;
function again() {
  depth++;
  console.log('tick depth', depth);
  if (depth < 5) process.nextTick(again);
}
Promise.resolve().then(() => console.log('promise after ticks, depth =', depth));
process.nextTick(again);
process.nextTick(() => console.log('second top-level tick, depth =', depth));
console.log('main end');
