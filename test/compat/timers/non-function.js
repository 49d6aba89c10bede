// Timer functions reject non-function callbacks with ERR_INVALID_ARG_TYPE.
const bad = ['code string', null, undefined, 1, {}, [], Symbol('s'), 10n];
for (const fn of [setTimeout, setInterval, setImmediate]) {
  for (const v of bad) {
    try {
      fn(v, 1);
      console.log(fn.name, 'accepted', typeof v);
    } catch (e) {
      console.log(fn.name, e.name, e.code);
      console.log('  ', e.message);
    }
  }
}
