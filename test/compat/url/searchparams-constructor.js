// URLSearchParams constructor: strings, sequences, records, other params and bad input.
const { URL, URLSearchParams } = require('url');

const inits = [undefined, null, '', '?a=1', '??a=1', 'a=1&&b=2&', 'a+b=c+d', '%zz=%41', 'a=%F0%9F%98%80', [['a', '1'], ['b', '2']],
  { a: 1, b: [2, 3] }, new Map([['m', 'n']]), new URLSearchParams('x=y'), 42, true, { [Symbol('s')]: 1, k: 'v' }, Object.create({ inherited: 1 }),
  (function () { const f = () => {}; f.fn = 'prop'; return f; })()];
for (const i of inits) {
  try { const p = new URLSearchParams(i); console.log(p.toString(), p.size); } catch (e) { console.log(e.name, e.code); }
}
for (const bad of [[['a']], [['a', 'b', 'c']], [1], ['ab'], { [Symbol.iterator]: 1 }, [null]]) {
  try { new URLSearchParams(bad); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const lone = new URLSearchParams({ '\uD800': '\uDC00' }); console.log(lone.toString());
