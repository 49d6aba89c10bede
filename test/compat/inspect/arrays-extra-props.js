// util.inspect of arrays carrying non-index properties.
const { inspect } = require('util');
const a = [1, 2, 3]; a.foo = 'bar';
const b = []; b.key = { nested: true };
const c = ['x']; c[Symbol('s')] = 1; c['quoted-key'] = 2;
const d = [1, , 3]; d.extra = 1; // eslint-disable-line no-sparse-arrays
const e = Array.from({ length: 10 }, (_, i) => i); e.tag = 'numbers';
const f = [1]; Object.defineProperty(f, 'hidden', { value: 2, enumerable: false });
for (const v of [a, b, c, d, e, f]) console.log(inspect(v));
console.log(inspect(f, { showHidden: true }));
console.log(inspect(a, { showHidden: true }));
