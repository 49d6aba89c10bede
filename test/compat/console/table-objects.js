// console.table renders objects keyed by their own keys; non-objects are logged.
console.table({ r1: { c: 1 }, r2: { d: 2 } });
console.table({ x: 1, y: 'two' });
console.table({ nested: { a: [1, 2], b: null } });
console.table(5);
console.table('string data');
console.table(null);
console.table(undefined);
console.table(true);
console.table(Object.create(null));
console.table({ a: { '0': 'zero', '1': 'one' } });
console.table(new Uint8Array([4, 5]));
