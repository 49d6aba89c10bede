// An unref'd timer still fires while a ref'd timer keeps the loop alive.
setTimeout(() => console.log('unref 2ms fired'), 2).unref();
setTimeout(() => console.log('ref 20ms fired'), 20);
process.on('exit', () => console.log('exit'));
