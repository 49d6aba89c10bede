// process.exit(3) inside a timer: exit listeners see 3, later callbacks never run.
process.on('exit', (code) => console.log('exit listener sees', code, 'exitCode', process.exitCode));
setTimeout(() => {
  console.log('timer before exit');
  process.nextTick(() => console.log('tick: never'));
  setImmediate(() => console.log('immediate: never'));
  process.exit(3);
  console.log('after exit: never');
}, 1);
setTimeout(() => console.log('second timer: never'), 10);
