// AbortSignal.abort(reason)
const s = AbortSignal.abort();
console.log(s.aborted, s.reason instanceof DOMException, s.reason.name, s.reason.message, s.reason.code);
console.log(AbortSignal.abort('why').reason, AbortSignal.abort(0).reason, AbortSignal.abort(null).reason);
console.log(AbortSignal.abort(undefined).reason.name);
const err = new Error('x');
console.log(AbortSignal.abort(err).reason === err);
console.log(AbortSignal.abort() !== AbortSignal.abort(), AbortSignal.abort() instanceof AbortSignal);
const s2 = AbortSignal.abort();
s2.addEventListener('abort', () => console.log('never fires'));
s2.onabort = () => console.log('never fires either');
try { s2.throwIfAborted(); } catch (e) { console.log('throwIfAborted', e.name); }
console.log(AbortSignal.abort.call(null, 'unbound').reason, AbortSignal.abort.length);
