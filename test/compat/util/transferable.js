// util.transferableAbortSignal/Controller return usable abort primitives.
const util = require('util');
const ac = util.transferableAbortController();
console.log(ac instanceof AbortController, ac.signal instanceof AbortSignal, ac.signal.aborted);
ac.abort('why');
console.log(ac.signal.aborted, ac.signal.reason);
const s = new AbortController().signal;
console.log(util.transferableAbortSignal(s) instanceof AbortSignal);
for (const v of [1, null, undefined, {}]) {
  try { util.transferableAbortSignal(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
