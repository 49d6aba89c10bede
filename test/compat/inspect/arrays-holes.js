// util.inspect of sparse arrays: empty item runs.
const { inspect } = require('util');
const a = [1, , 3]; // eslint-disable-line no-sparse-arrays
const b = new Array(5);
const c = []; c[10] = 'x';
const d = [, , 1, , ]; // eslint-disable-line no-sparse-arrays
const e = [1, 2]; e.length = 6;
const f = []; f[2] = 1; f[5] = 2; f[9] = 3; f.length = 20;
const g = new Array(200); g[150] = 'late';
const h = [undefined, , null]; // eslint-disable-line no-sparse-arrays
for (const v of [a, b, c, d, e, f, g, h, new Array(1), [,]]) console.log(inspect(v)); // eslint-disable-line no-sparse-arrays
console.log(inspect(f, { maxArrayLength: 2 }));
console.log(inspect(c, { maxArrayLength: 0 }));
console.log(inspect(g, { maxArrayLength: 1 }));
