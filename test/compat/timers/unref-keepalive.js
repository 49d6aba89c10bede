// Combinations of unref'd immediates/timers with a ref'd timer.
const seen = new Set();
const im = setImmediate(() => seen.add('unref immediate ran'));
im.unref();
const t = setTimeout(() => seen.add('unref timeout 2ms ran'), 2);
t.unref();
setTimeout(() => console.log('ref timeout 10ms runs'), 10);
const late = setTimeout(() => seen.add('unref 20ms ran (unexpected)'), 20);
late.unref();
process.on('exit', () => console.log([...seen].sort().join('\n')));
