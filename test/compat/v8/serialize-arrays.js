// v8.serialize of arrays: dense, double arrays, holes (sparse), extra properties, nesting.
const v8 = require('v8');
const withProps = [1, 2];
withProps.extra = 'x';
const values = [[], [1, 2, 3], [1.5, 2], [1, 'a', true, null, undefined], [1, , 3], [, ,], [[1], [2, [3]]],
  withProps, ['€', 'é'], [{ a: 1 }, { a: 1 }], [-0, 0], [NaN]];
for (const v of values) {
  const buf = v8.serialize(v);
  const back = v8.deserialize(buf);
  console.log(buf.toString('hex'), back.length, Object.keys(back).join('|'));
}
const sparse = [];
sparse[5] = 'five';
const buf = v8.serialize(sparse);
console.log(buf.toString('hex'), v8.deserialize(buf).length, 4 in v8.deserialize(buf));
