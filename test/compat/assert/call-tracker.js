'use strict';
// assert.CallTracker counting and reports
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
const tracker = new assert.CallTracker();
function foo(a, b) { return a + b; }
const c = tracker.calls(foo, 2);
const d = tracker.calls(1);
const e = tracker.calls();
console.log(c.name, c.length, d.name, e.name, c(1, 2));
console.log(tracker.getCalls(c));
console.log(tracker.report().map(({ message, actual, expected, operator }) => ({ message, actual, expected, operator })));
try { tracker.verify(); } catch (err) { console.log(err.message, err.code, Object.keys(err)); }
c(3, 4); d(); e();
tracker.verify();
console.log('verified');
c(5, 6);
try { tracker.verify(); } catch (err) { console.log(err.message, err['actual 0'], err['expected 0'], err['operator 0']); }
tracker.reset(c);
console.log(tracker.getCalls(c));
for (const f of [() => tracker.reset(foo), () => tracker.getCalls(foo), () => tracker.calls(foo, 0), () => tracker.calls(foo, 'x'), () => tracker.calls(foo, 1.5)]) {
  try { f(); } catch (err) { console.log(err.code, err.message); }
}
const t2 = new assert.CallTracker();
t2.calls(() => {}, 1);
t2.calls(function bar() {}, 2);
try { t2.verify(); } catch (err) { console.log(err.message); }
const o = { m() { return this; } };
const om = tracker.calls(o.m);
o.x = om;
console.log(o.x() === o, tracker.getCalls(om).length);
tracker.reset();
console.log(tracker.getCalls(d));
