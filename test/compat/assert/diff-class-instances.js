'use strict';
// diffs of class instances and arrays with extra properties
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
class Point { constructor(x, y) { this.x = x; this.y = y; } }
show('points', () => assert.deepStrictEqual(new Point(1, 2), new Point(1, 3)));
show('point vs plain', () => assert.deepStrictEqual(new Point(1, 2), { x: 1, y: 2 }));
class Empty {}
show('empty instances', () => assert.deepStrictEqual(new Empty(), new Empty()));
show('array props', () => { const a = [1, 2]; a.extra = true; const b = [1, 2]; b.extra = false; assert.deepStrictEqual(a, b); });
show('array subclass', () => { class L extends Array {} assert.deepStrictEqual(L.from([1]), [1]); });
show('arguments', () => { (function () { assert.deepStrictEqual(arguments, [1]); })(1); });
