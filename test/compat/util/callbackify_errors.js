// util.callbackify argument errors.
const util = require('util');
for (const v of [undefined, null, 1, 'x', {}]) {
  try { util.callbackify(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
const cb = util.callbackify(async () => 1);
for (const last of [undefined, 1, 'cb', {}]) {
  try { cb(last); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { cb(); } catch (e) { console.log(e.name, e.code, e.message); }
function copied() { return Promise.resolve(); }
copied.extra = 5;
const c = util.callbackify(copied);
console.log(c.name, c.length, c.extra);
