// structuredClone: supported types, identity, errors, transfer.
for (const v of [() => {}, Symbol('x'), new WeakMap(), Promise.resolve(), { f() {} }]) {
  try { structuredClone(v); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); }
}
const o = { a: 1, nested: { b: [1, 2] } }; o.self = o; o.again = o.nested;
const c = structuredClone(o);
console.log(c.self === c, c !== o, c.again === c.nested, c.nested !== o.nested);
const e = new TypeError('bad', { cause: 1 }); e.extra = 2;
const ce = structuredClone(e);
console.log(ce instanceof TypeError, ce.message, ce.cause, ce.extra, Object.keys(ce));
class P { constructor() { this.x = 1; } get y() { return 2; } }
const cp = structuredClone(new P());
console.log(cp, Object.getPrototypeOf(cp) === Object.prototype);
const ab = new ArrayBuffer(4);
const t = structuredClone(ab, { transfer: [ab] });
console.log(ab.byteLength, t.byteLength);
console.log(structuredClone([1, , 3]), structuredClone(new Map([[1, { a: 1 }]])), structuredClone(new Set(['a'])));
console.log(structuredClone(new Date(0)), structuredClone(/x/gi), structuredClone(new Uint8Array([1, 2])), structuredClone(Object(1n)), structuredClone(Object('s')));
const shared = new Uint8Array([1, 2, 3, 4]);
const views = structuredClone({ a: shared, b: new DataView(shared.buffer, 1, 2) });
console.log(views.a.buffer === views.b.buffer, views.b.getUint8(0));
console.log(structuredClone(null), structuredClone(undefined), structuredClone(-0), structuredClone(10n), structuredClone('str'));
try { structuredClone(); } catch (err) { console.log(err.name, err.code, err.message); }
try { structuredClone(1, { transfer: 1 }); } catch (err) { console.log(err.name, err.code, err.message); }
