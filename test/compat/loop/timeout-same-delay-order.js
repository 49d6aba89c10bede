// Timers with the same delay run in insertion order; 0 is treated like 1.
setTimeout(() => console.log('a (1)'), 1);
setTimeout(() => console.log('b (0)'), 0);
setTimeout(() => console.log('c (1)'), 1);
setTimeout(() => console.log('d (undefined)'));
setTimeout(() => console.log('e (0)'), 0);
