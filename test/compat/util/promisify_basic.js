// util.promisify: resolves with the callback's first value, rejects with its error.
const util = require('util');
function ok(a, b, cb) { setTimeout(() => cb(null, a + b, 'ignored'), 1); }
function fail(cb) { cb(new RangeError('nope')); }
function zeroErr(cb) { cb(0, 'value-after-falsy-err'); }
function syncThrow() { throw new Error('sync'); }
const pOk = util.promisify(ok);
console.log(typeof pOk, pOk.name, pOk.length, pOk[util.promisify.custom] === pOk);
console.log(util.promisify(pOk) === pOk);
(async () => {
  console.log('ok', await pOk(2, 3));
  try { await util.promisify(fail)(); } catch (e) { console.log('fail', e.name, e.message); }
  console.log('zeroErr', await util.promisify(zeroErr)());
  try { await util.promisify(syncThrow)(); } catch (e) { console.log('sync', e.message); }
  const obj = { v: 42, get(cb) { cb(null, this.v); } };
  obj.pget = util.promisify(obj.get);
  console.log('this', await obj.pget());
  const p = util.promisify(ok)(1, 1);
  console.log('is promise', p instanceof Promise);
  console.log('value', await p);
})();
