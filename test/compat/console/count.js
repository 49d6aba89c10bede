// console.count and console.countReset keep per-label counters.
console.count();
console.count();
console.count('x');
console.count('x');
console.countReset('x');
console.count('x');
console.count('default');
console.countReset();
console.count();
console.count(1);
console.count({ toString() { return 'obj-label'; } });
console.count('%s literal');
console.count('');
console.count(undefined);
