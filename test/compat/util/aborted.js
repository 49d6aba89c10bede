// util.aborted resolves when the signal aborts; bad arguments reject.
const util = require('util');
(async () => {
  const ac = new AbortController();
  const p = util.aborted(ac.signal, {});
  console.log('is promise', p instanceof Promise);
  setTimeout(() => { console.log('aborting'); ac.abort(); }, 1);
  const ev = await p;
  console.log('resolved with', typeof ev, ev && ev.type, ev && ev.constructor.name);
  console.log('already aborted', await util.aborted(AbortSignal.abort(), {}));
  for (const args of [[1, {}], [undefined, {}], [{}, {}], [new AbortController().signal, 1],
    [new AbortController().signal, null], [new AbortController().signal]]) {
    try {
      await util.aborted(...args);
      console.log('no error');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
})();
