// console.table renders Map and Set with an iteration index column.
console.table(new Map([['k', { v: 1 }]]));
console.table(new Map([[1, 'one'], [{ o: 1 }, [2]]]));
console.table(new Set(['s', 2, { x: 1 }]));
console.table(new Map());
console.table(new Set());
