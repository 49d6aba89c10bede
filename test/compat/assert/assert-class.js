'use strict';
// the Assert class with per-instance options
const assert = require('assert');
function show(label, fn) {
  try {
    fn();
    console.log(`${label}: passed`);
  } catch (e) {
    console.log(`${label}: ${e.name} code=${e.code} operator=${e.operator} generated=${e.generatedMessage}`);
    console.log(e.message);
    console.log('keys:', Object.keys(e).join(','));
    console.log('--');
  }
}
const { Assert } = assert;
console.log(typeof Assert, Assert.length, Assert.prototype.strictEqual === assert.strictEqual);
const a = new Assert();
console.log(Object.keys(a), a.equal === assert.strictEqual, a.AssertionError === assert.AssertionError);
const b = new Assert({ strict: false });
console.log(Object.keys(b), b.equal === assert.equal);
show('strict equal', () => a.equal(1, '1'));
show('loose equal', () => b.equal(1, '1'));
show('strict deepEqual', () => a.deepEqual({ a: 1 }, { a: '1' }));
const full = new Assert({ diff: 'full' });
show('full diff', () => full.strictEqual(1, 2));
show('full deep', () => full.deepStrictEqual({ a: 1 }, { a: 2 }));
for (const opts of [5, null, { strict: 'x' }, { diff: 1 }, { diff: 'x' }]) {
  try { new Assert(opts); console.log('ok', opts); } catch (e) { console.log(e.code, e.message); }
}
const { strictEqual } = full;
show('detached', () => strictEqual(1, 2));
show('throws', () => a.throws(() => {}));
show('match', () => a.match('a', /b/));
