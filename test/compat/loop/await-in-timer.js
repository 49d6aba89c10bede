// Async timer callbacks: awaits resume before the next timer in the list.
setTimeout(async () => {
  console.log('t1 start');
  await null;
  console.log('t1 after await');
  await Promise.resolve();
  console.log('t1 after second await');
}, 1);
setTimeout(async () => {
  console.log('t2 start');
  await null;
  console.log('t2 after await');
}, 1);
