// URLSearchParams size tracking and toString after each mutation.
const { URL, URLSearchParams } = require('url');

const p = new URLSearchParams();
const steps = [['append', 'a', '1'], ['append', 'b', '2'], ['append', 'a', '3'], ['set', 'a', '4'], ['delete', 'b'], ['append', '', ''], ['sort'], ['delete', '', 'x'], ['delete', '', '']];
for (const [m, ...args] of steps) { p[m](...args); console.log(m, JSON.stringify(args), p.size, JSON.stringify(p.toString())); }
