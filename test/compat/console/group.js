// console.group indents everything logged until the matching groupEnd.
console.group('Level 1');
console.log('inside 1');
console.group();
console.log('inside 2\nsecond line');
console.info({ a: 1, b: { c: [1, 2] } });
console.groupCollapsed('collapsed %s', 'label');
console.log({ x: 'deeper', list: Array.from({ length: 30 }, (_, i) => i) });
console.groupEnd();
console.groupEnd();
console.log('back to 1');
console.groupEnd();
console.groupEnd();
console.log('top level');
console.group('a', 'b', 1);
console.table([{ t: 1 }]);
console.dir({ d: 1 });
console.groupEnd();
