// console.log formats its arguments like util.format and writes a line to stdout.
console.log();
console.log('plain');
console.log('%s is %d years', 'Bob', 42);
console.log('multiple', 'args', 1, true, null, undefined);
console.log({ a: 1, b: [1, 2, { c: 3 }] });
console.log([1, 'two', { three: 3 }]);
console.log(new Map([['k', 'v']]), new Set([1]));
console.log('%o', { deep: { er: 1 } });
console.log('%j', { json: true });
console.log('100%');
console.log('%c styled', 'color: red');
console.log(Symbol('sym'), 10n, -0);
console.log('line1\nline2');
console.log({ a: { b: { c: { d: 1 } } } });
const { log } = console;
log('detached log still works');
console.log(typeof console.log, console.log.name);
