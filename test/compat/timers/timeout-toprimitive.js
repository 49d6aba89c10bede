// A Timeout converts to a numeric id usable with clearTimeout.
const t = setTimeout(() => console.log('t should not run'), 5);
const id = +t;
console.log('typeof +t', typeof id, 'integer', Number.isInteger(id), 'positive', id > 0);
console.log('toPrimitive stable', t[Symbol.toPrimitive]() === id, `${t}` === String(id));
clearTimeout(id);
const t2 = setTimeout(() => console.log('t2 should not run'), 5);
clearTimeout(String(+t2));
const t3 = setInterval(() => console.log('t3 should not run'), 5);
clearInterval(+t3);
const t4 = setTimeout(() => console.log('t4 runs'), 5);
const t5 = setTimeout(() => console.log('t5 runs'), 5);
console.log('distinct ids', +t4 !== +t5);
clearTimeout(+t4 + 100000);
clearTimeout(-1);
