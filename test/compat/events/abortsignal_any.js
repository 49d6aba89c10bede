// AbortSignal.any
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
console.log(any.aborted, any instanceof AbortSignal, any !== a.signal);
any.addEventListener('abort', () => console.log('any abort', any.reason, 'a aborted?', a.signal.aborted, 'b aborted?', b.signal.aborted));
b.signal.addEventListener('abort', () => console.log('b abort listener sees any.aborted', any.aborted));
b.abort('B reason');
console.log(any.aborted, any.reason);
a.abort('A reason');
console.log('any keeps first reason', any.reason);
// already aborted input
const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre'), AbortSignal.abort('later')]);
console.log(pre.aborted, pre.reason);
// empty
const empty = AbortSignal.any([]);
console.log(empty.aborted);
// nested any follows the original sources
const c = new AbortController();
const inner = AbortSignal.any([c.signal]);
const outer = AbortSignal.any([inner]);
const log = [];
c.signal.addEventListener('abort', () => log.push('source ' + inner.aborted + ' ' + outer.aborted));
inner.addEventListener('abort', () => log.push('inner'));
outer.addEventListener('abort', () => log.push('outer'));
c.abort('C');
console.log(log, outer.reason);
// same signal repeated
const d = new AbortController();
const dup = AbortSignal.any([d.signal, d.signal]);
let count = 0;
dup.addEventListener('abort', () => count++);
d.abort();
console.log('dup fired', count, dup.reason.name);
// iterables and invalid input
const e = new AbortController();
console.log(AbortSignal.any(new Set([e.signal])).aborted);
for (const bad of [1, 'ab', null, undefined, {}, [1], [null], [e.signal, {}], [undefined]]) {
  try { AbortSignal.any(bad); console.log('ok'); } catch (err) { console.log(err.name, err.code, err.message); }
}
// with a timeout signal
const f = new AbortController();
const withTimeout = AbortSignal.any([f.signal, AbortSignal.timeout(100000)]);
f.abort('manual first');
console.log(withTimeout.reason);
// onabort on a composite
const g = new AbortController();
const comp = AbortSignal.any([g.signal]);
comp.onabort = (ev) => console.log('composite onabort', ev.type, ev.isTrusted);
g.abort();
