// util.inspect with colors: ANSI styles per type (escaped for display).
const { inspect } = require('util');
const show = (v, o = {}) => console.log(JSON.stringify(inspect(v, { colors: true, ...o })));
const values = [1, -0, 12n, 'str', true, null, undefined, Symbol('s'), new Date(0), /re/g, () => {}, [1, 'a'],
  { a: 1, b: 'two', c: [null] }, new Map([['k', 1]]), new Set([true]), { get g() { return 1; } },
  new Number(3), new String('x'), Object.assign(new Number(4), { k: 1 }), [, 1], new ArrayBuffer(2), { deep: { er: { est: {} } } }, // eslint-disable-line no-sparse-arrays
  Array.from({ length: 12 }, (_, i) => i * 100)];
for (const v of values) show(v);
show({ a: { b: { c: { d: 1 } } } });
show('x'.repeat(5), { maxStringLength: 2 });
const circ = { name: 'c' };
circ.self = circ;
show(circ);
show(inspect, { colors: false });
