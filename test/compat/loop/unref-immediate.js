// An unref'd immediate behaviour.
const im = setImmediate(() => console.log('unref immediate ran'));
console.log('hasRef', im.hasRef());
im.unref();
console.log('hasRef after unref', im.hasRef());
process.on('exit', () => console.log('exit'));
