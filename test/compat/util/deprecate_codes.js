// util.deprecate: wrappers sharing a code warn once in total; code must be a string.
const util = require('util');
process.on('warning', (w) => console.log('warning:', w.code, w.message));
const a = util.deprecate(() => 'a', 'a is old', 'DEP_SHARED');
const b = util.deprecate(() => 'b', 'b is old', 'DEP_SHARED');
const c = util.deprecate(() => 'c', 'c is old', 'DEP_OTHER');
const d = util.deprecate(() => 'd', 'd is old');
const e = util.deprecate(() => 'e', 'e is old');
console.log(a(), b(), a(), c(), c(), d(), d(), e());
for (const code of [1, null, {}, true]) {
  try { util.deprecate(() => {}, 'x', code); } catch (err) { console.log(err.name, err.code, err.message); }
}
console.log(typeof util.deprecate(() => {}, undefined, undefined));
