// URLSearchParams keys/values/entries/iterator and forEach, including live changes.
const { URL, URLSearchParams } = require('url');

const p = new URLSearchParams('a=1&b=2&c=3');
console.log([...p.keys()], [...p.values()], [...p.entries()], [...p]);
const it = p.entries(); console.log(it.next(), typeof it[Symbol.iterator], it[Symbol.iterator]() === it);
p.append('d', '4'); console.log([...it]);
p.forEach(function (v, k, self) { console.log(k, v, self === p, this.t); }, { t: 'this' });
const q = new URLSearchParams('x=1&y=2'); q.forEach((v, k) => { if (k === 'x') q.append('z', '3'); console.log(k, v); });
console.log(Object.prototype.toString.call(p.keys()), Object.getPrototypeOf(Object.getPrototypeOf(p.keys())) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
console.log(p[Symbol.iterator] === p.entries);
