'use strict';
// stringify: value types, arrays, nested values dropped.
const qs = require('querystring');
const show = (v) => console.log(JSON.stringify(v));

console.log(qs.stringify({ a: [1, 'x y', [2], {}], b: true, c: null, d: undefined, e: NaN, f: 1n, g: 'é!*()~', h: [], i: Infinity, 'k y': -0, j: false, l: 3.5 }));
console.log(qs.stringify({ a: 'b' }, ';', ':'), qs.stringify({ a: [1, 2] }, '', ''));
for (const v of ['x', null, undefined, 5, [1, 2], true]) show(qs.stringify(v));
console.log(qs.stringify(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } })));
