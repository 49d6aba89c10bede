// Timeout and Immediate support Symbol.dispose when available (cancels them).
const sd = Symbol.dispose;
console.log('Symbol.dispose exists', typeof sd);
const t = setTimeout(() => console.log('disposed timeout should not run'), 1);
console.log('timeout dispose', typeof t[sd]);
t[sd]();
const im = setImmediate(() => console.log('disposed immediate should not run'));
console.log('immediate dispose', typeof im[sd]);
im[sd]();
setTimeout(() => console.log('other timer runs'), 2);
