// console.table's properties argument selects and orders columns.
const data = [{ a: 1, b: 2, c: 3 }, { a: 4, c: 6 }, 'primitive'];
console.table(data, ['c', 'a']);
console.table(data, []);
console.table(data, ['missing']);
console.table({ row: { x: 1, y: 2 } }, ['y']);
for (const bad of ['a', 1, { length: 1 }, null]) {
  try {
    console.table(data, bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
