'use strict';
// AssertionError constructor, properties and toString
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
const { AssertionError } = assert;
const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e instanceof Error, e.name, e.code, e.message);
console.log(Object.keys(e));
console.log(Object.getOwnPropertyNames(e));
console.log(String(e));
console.log(e.stack.split('\n')[0]);
console.log(e.generatedMessage, e.actual, e.expected, e.operator, e.diff);
const m = new AssertionError({ message: 'hi' });
console.log(m.message, m.generatedMessage, m.actual, m.expected, m.operator, Object.keys(m));
const l = new AssertionError({ actual: 1, expected: 2, operator: '<' });
console.log(l.message);
const d = new AssertionError({ actual: [1], expected: [2], operator: 'deepStrictEqual' });
console.log(d.message);
const n = new AssertionError({ actual: { a: 1 }, expected: { a: 1 }, operator: 'notDeepStrictEqual' });
console.log(n.message);
for (const bad of [undefined, null, 5, 'x']) {
  try { new AssertionError(bad); } catch (err) { console.log(err.code, err.message); }
}
console.log(AssertionError.name, AssertionError.length, Object.getPrototypeOf(AssertionError) === Error);
const u = new AssertionError({ actual: 'a', expected: 'b', operator: 'custom op' });
console.log(u.message);
const s = new AssertionError({ message: 'with details', actual: 3, expected: 4, operator: 'op' });
console.log(s.message, s.actual, s.expected, s.operator);
