// process.nextTick passes extra arguments and validates the callback.
process.nextTick((a, b, c) => console.log('args', a, b, c), 1, 'two', null);
process.nextTick(function () { console.log('argc', arguments.length); });
process.nextTick((...r) => console.log('many', r.length, r.join(',')), 1, 2, 3, 4, 5, 6);
process.nextTick((u) => console.log('undefined arg', u), undefined);
for (const bad of [1, 'str', null, undefined, {}]) {
  try { process.nextTick(bad); } catch (e) { console.log(e.name, e.code, '|', e.message); }
}
console.log('nextTick returns', process.nextTick(() => {}));
