// An immediate cleared by an earlier immediate in the same check phase never runs.
let second;
setImmediate(() => {
  console.log('first, clearing second');
  clearImmediate(second);
});
second = setImmediate(() => console.log('second should not run'));
setImmediate(() => console.log('third runs'));
