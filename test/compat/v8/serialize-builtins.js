// v8.serialize of Date, RegExp, Map, Set, primitive wrappers and errors.
const v8 = require('v8');
function err(e, stack) { e.stack = stack; return e; }
const values = [new Date(0), new Date(1700000000123), new Date(NaN), /ab+c/, /x/gimsuy, /y/dv, /[€]/u,
  new Map(), new Map([[1, 'a'], ['b', { c: 2 }]]), new Set(), new Set([1, 'x', 1.5]),
  new String('s'), new String('€'), new Number(2), new Number(-0.5), new Boolean(true), new Boolean(false), Object(5n),
  err(new Error('plain'), 'S'), err(new RangeError('r'), 'S'), err(new TypeError('t'), 'S'), err(new SyntaxError('s'), 'S'),
  err(new ReferenceError('f'), 'S'), err(new EvalError('e'), 'S'), err(new URIError('u'), 'S'),
  err(new Error('with cause', { cause: { n: 1 } }), 'S'), err(new Error(), 1)];
for (const v of values) {
  console.log(Object.prototype.toString.call(v), v8.serialize(v).toString('hex'));
}
const m = v8.deserialize(v8.serialize(new Map([[1, 'a'], ['b', { c: 2 }]])));
console.log(m instanceof Map, [...m.keys()], m.get('b').c);
const r = v8.deserialize(v8.serialize(/x/gimsuy));
console.log(r.source, r.flags);
const e = v8.deserialize(v8.serialize(err(new RangeError('msg', { cause: 'why' }), 'STACK')));
console.log(e instanceof RangeError, e.name, e.message, e.stack, e.cause, Object.getOwnPropertyNames(e).sort(), Object.keys(e));
const d = v8.deserialize(v8.serialize(new Date(1700000000123)));
console.log(d instanceof Date, d.getTime());
const w = v8.deserialize(v8.serialize(new String('wrapped')));
console.log(typeof w, w instanceof String, String(w));
