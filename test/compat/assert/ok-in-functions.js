'use strict';
// assert.ok inside nested functions, methods and callbacks
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
function check(v) {
  assert.ok(v);
}
show('in helper', () => check(0));
const obj = { verify(x) { assert(x === 42, undefined); } };
show('in method', () => obj.verify(1));
show('in callback', () => [1, 2, 3].forEach((n) => assert.ok(n < 3)));
class C { run() { assert.ok(this.value); } }
show('in class', () => new C().run());
show('arrow body', () => ((x) => assert.ok(x > 10))(5));
