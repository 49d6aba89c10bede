'use strict';
// cnode's V8 stack-trace emulation: columns follow V8 (callee name / `new`), async functions
// show one frame, wrapper frames never appear, and own properties stay hidden.
function check(cond, what) {
  if (!cond) {
    console.error(`FAIL: ${what}`);
    process.exit(1);
  }
}
const frameOf = (stack, i = 1) => stack.split('\n')[i];

const e1 = new Error('col');
check(frameOf(e1.stack).endsWith(':12:12)'), `column of new: ${frameOf(e1.stack)}`);
check(!e1.stack.includes('stack_trace_api'), 'no wrapper frames');
check(!/\n {4}at .*\[native code\]/.test(e1.stack), 'no native frames');
check(Object.keys(e1).length === 0, 'no enumerable own keys');

const o = { method() { return new TypeError('m'); } };
const e2 = o.method();
check(/^ {4}at method \(.*:18:31\)$/.test(frameOf(e2.stack)), `method frame: ${frameOf(e2.stack)}`);

async function twice() {
  return new Error('async');
}
twice().then((e3) => {
  const lines = e3.stack.split('\n').filter((l) => l.includes('twice'));
  check(lines.length === 1, `async frame shown once: ${e3.stack}`);
});

class Base extends Error {}
class Derived extends Base {}
const e4 = new Derived('d');
check(e4 instanceof Derived && e4 instanceof Base && e4 instanceof Error, 'subclass chain');
check(/Object\.<anonymous>/.test(frameOf(e4.stack)), `subclass ctor frames skipped: ${e4.stack}`);

function thrower() { throw new RangeError('r'); }
try {
  thrower();
} catch (err) {
  check(frameOf(err.stack).includes('at thrower ('), 'thrower frame');
  check(err.stack.startsWith('RangeError: r\n'), 'header');
}

// Stack materialises once: later name changes don't alter a stack already read.
const e5 = new Error('once');
const first = e5.stack;
e5.name = 'Other';
check(e5.stack === first, 'stack is stable after first read');
check(Object.getOwnPropertyDescriptor(e5, 'stack').enumerable === false, 'stack not enumerable');

// Errors are cheap while nobody reads their stack.
const t0 = Date.now();
for (let i = 0; i < 20000; i++) new Error('perf');
check(Date.now() - t0 < 2000, `20000 errors took ${Date.now() - t0} ms`);

Error.stackTraceLimit = Infinity;
check(new Error('inf').stack.split('\n').length > 2, 'Infinity limit');
Error.stackTraceLimit = 10;
