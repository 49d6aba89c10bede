// AbortSignal.timeout(ms)
// The 0 ms signal is created first so it also expires first when a slow (sanitizer) start
// lets both timers lapse before the loop runs.
const zero = AbortSignal.timeout(0);
zero.onabort = () => console.log('zero timeout aborted', zero.reason.name);
const s = AbortSignal.timeout(10);
console.log(s.aborted, s.reason);
s.addEventListener('abort', () => {
  console.log('timed out', s.aborted, s.reason instanceof DOMException, s.reason.name, s.reason.message, s.reason.code);
});
for (const bad of [-1, 1.5, '10', null, undefined, NaN, 2 ** 32, Infinity, {}]) {
  try { AbortSignal.timeout(bad); console.log('ok', bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
// the timer does not keep the process alive
AbortSignal.timeout(1000000).addEventListener('abort', () => console.log('never: process should exit first'));
// ordering against a regular timer
setTimeout(() => console.log('setTimeout 30 fired', s.aborted), 30);
process.on('exit', () => console.log('exit'));
