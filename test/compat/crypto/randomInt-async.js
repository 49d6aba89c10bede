'use strict';
const crypto = require('crypto');
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
}
// randomInt with a callback: (undefined, n), asynchronously, in call order.
const out = [];
for (let i = 0; i < 5; i++) crypto.randomInt(10, (err, n) => out.push([err, typeof n, n >= 0 && n < 10]));
crypto.randomInt(3, 6, (err, n) => out.push(['range', err, n >= 3 && n < 6]));
out.push('sync');
setTimeout(() => console.log(JSON.stringify(out)), 50);
let count = 0;
for (let i = 0; i < 3000; i++) crypto.randomInt(2, (err, n) => { if (err === undefined && (n === 0 || n === 1)) count++; });
setTimeout(() => console.log('many', count), 200);
