// console.table renders arrays of objects, arrays and primitives as boxes.
console.table([{ a: 1, b: 'Y' }, { a: 22 }]);
console.table([1, 'a', { x: 1 }]);
console.table([[1, 2], [3]]);
console.table([]);
console.table([{}]);
console.table(['中文', 'x']);
console.table([{ a: { b: { c: 1 } }, l: [1, 2, 3, 4, 5] }]);
console.table([{ name: 'alice', age: 30 }, { name: 'bob', age: 4, extra: true }, 'loose']);
console.table([null, undefined, 1n, Symbol('s')]);
console.table([{ 'weird key': 1, 'x-y': 2 }]);
console.table([function f() {}, () => {}]);
console.table([[[1, [2]]]]);
console.table([{ obj: { a: 1, b: 2, c: 3 } }]);
