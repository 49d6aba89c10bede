// process.hrtime and hrtime.bigint.
const t = process.hrtime();
console.log('array', Array.isArray(t), 'length', t.length);
console.log('integers', Number.isInteger(t[0]), Number.isInteger(t[1]), 'nsec range', t[1] >= 0 && t[1] < 1e9);
let spin = 0; for (let i = 0; i < 1e5; i++) spin += i;
const d = process.hrtime(t);
console.log('diff shape', d.length, Number.isInteger(d[0]), Number.isInteger(d[1]));
console.log('diff non-negative and small', d[0] >= 0 && d[0] < 5 && d[1] >= 0 && d[1] < 1e9 && (d[0] > 0 || d[1] > 0));
const b1 = process.hrtime.bigint();
const b2 = process.hrtime.bigint();
console.log('bigint', typeof b1, b2 >= b1);
const t2 = process.hrtime();
const b3 = process.hrtime.bigint();
console.log('bigint consistent with array', b3 >= BigInt(t2[0]) * 1000000000n + BigInt(t2[1]));
for (const bad of [1, 'x', {}, [1], [1, 2, 3]]) {
  try { process.hrtime(bad); console.log('accepted', JSON.stringify(bad)); } catch (e) { console.log(e.name, e.code, '|', e.message); }
}
console.log('undefined arg ok', process.hrtime(undefined).length);
