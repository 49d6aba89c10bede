// Inside a timer: nested ticks, microtasks, and a tick from a microtask all run before the next timer.
setTimeout(() => {
  console.log('timer A');
  process.nextTick(() => {
    console.log('A tick 1');
    process.nextTick(() => console.log('A tick 1 > tick'));
    Promise.resolve().then(() => {
      console.log('A tick 1 > promise');
      process.nextTick(() => console.log('A tick 1 > promise > tick'));
    });
  });
  Promise.resolve().then(() => console.log('A promise'));
}, 1);
setTimeout(() => console.log('timer B'), 1);
