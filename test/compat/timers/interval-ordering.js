// Two intervals with the same period alternate in creation order.
const log = [];
let a = 0, b = 0;
const ia = setInterval(() => { log.push('A' + ++a); if (a === 3) clearInterval(ia); }, 2);
const ib = setInterval(() => { log.push('B' + ++b); if (b === 3) { clearInterval(ib); } }, 2);
process.on('exit', () => console.log(log.join(' ')));
