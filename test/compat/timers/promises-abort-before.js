// timers/promises with an already-aborted signal reject with AbortError.
const tp = require('timers/promises');
function show(label, e) {
  console.log(label, e.name, e.code, e.message, 'cause:', e.cause === undefined ? 'none' : String(e.cause && e.cause.message || e.cause));
}
(async () => {
  const ac = new AbortController();
  ac.abort();
  try { await tp.setTimeout(20, 'x', { signal: ac.signal }); } catch (e) { show('setTimeout', e); }
  try { await tp.setImmediate('x', { signal: ac.signal }); } catch (e) { show('setImmediate', e); }
  try { for await (const _ of tp.setInterval(20, 'x', { signal: ac.signal })) { console.log('never'); } } catch (e) { show('setInterval', e); }
  const ac2 = new AbortController();
  ac2.abort(new Error('my reason'));
  try { await tp.setTimeout(20, 'x', { signal: ac2.signal }); } catch (e) { show('with reason', e); }
  try { await tp.setTimeout(20, 'x', { signal: AbortSignal.abort('str') }); } catch (e) { show('string reason', e); }
  try { await tp.scheduler.wait(20, { signal: AbortSignal.abort() }); } catch (e) { show('scheduler.wait', e); }
})();
