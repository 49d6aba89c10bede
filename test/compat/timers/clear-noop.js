// clear functions ignore values that are not timers.
const values = [undefined, null, 'x', {}, [], 0, 12345678, NaN, true, Symbol('s'), () => {}];
for (const v of values) {
  for (const fn of [clearTimeout, clearInterval]) {
    const r = fn(v);
    console.log(fn.name, typeof v, String(v && v.toString ? v.toString() : v === undefined ? 'undefined' : v), 'ok', r);
  }
}
for (const v of [undefined, null, {}, [], 0, '', false, () => {}]) {
  console.log('clearImmediate', typeof v, 'ok', clearImmediate(v));
}
setTimeout(() => {
  console.log('unrelated timer still runs');
  setImmediate(() => console.log('unrelated immediate still runs'));
}, 1);
