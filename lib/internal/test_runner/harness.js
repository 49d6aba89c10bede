'use strict';
// The process-wide test run of node:test: the root test, the public test()/describe()/hook
// functions, the reporter pipeline to stdout, the end-of-run summary and the exit code.

const {
  Test,
  Suite,
  currentTest,
  callerLocation,
  sortArgs,
  failureFromMessage,
  now,
  kCancelledByParent,
  kUncaughtException,
  kUnhandledRejection,
} = require('internal/test_runner/test');
const { TestsStream } = require('internal/test_runner/tests_stream');

let harness = null;

class Harness {
  constructor() {
    this.stream = new TestsStream();
    this.root = new Test(null, '<root>', {}, undefined, undefined);
    this.root.harness = this;
    this.root.signal = this.root.controller.signal;
    this.counters = { tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0 };
    this.startTime = now();
    this.kicked = false;
    this.finalized = false;
    this.exiting = false;
    this.output = null;
    this.setupReporter();
    process.on('beforeExit', () => this.onBeforeExit());
    process.on('uncaughtException', (err) => this.onAsyncError(err, kUncaughtException));
    process.on('unhandledRejection', (err) => this.onAsyncError(err, kUnhandledRejection));
  }

  setupReporter() {
    const stdout = process.stdout;
    const reporters = require('internal/test_runner/reporters');
    const reporter = stdout.isTTY ? new (reporters.getSpecReporter())() : reporters.tap;
    this.output = reporters.pipeReporter(reporter, this.stream, stdout);
  }

  // The first test starts once the main module and its queued ticks and promise jobs are done.
  kick() {
    if (this.kicked) return;
    this.kicked = true;
    process.nextTick(() => queueMicrotask(() => {
      this.root.started = true;
      this.root.context = null;
      this.root.drainPending();
    }));
  }

  add(Kind, name, options, fn, loc) {
    const parent = currentTest(this.root) ?? this.root;
    if (parent.finished) return undefined;
    const sub = parent.createSubtest(Kind, name, options, fn, loc);
    if (parent === this.root) this.kick();
    return sub;
  }

  testData(test) {
    const data = { __proto__: null, name: test.name, nesting: test.nesting };
    if (test.loc !== undefined) {
      data.file = test.loc.file;
      data.line = test.loc.line;
      data.column = test.loc.column;
    }
    return data;
  }

  reportStart(test) {
    const data = this.testData(test);
    this.stream.push('test:dequeue', { ...data, type: test.isSuite ? 'suite' : 'test' });
    this.stream.push('test:start', data);
  }

  reportEnd(test) {
    const parent = test.parent;
    test.testNumber = ++parent.reportedChildren;
    const c = this.counters;
    if (test.isSuite) {
      c.suites++;
    } else {
      c.tests++;
      if (test.skipped) c.skipped++;
      else if (test.isTodo) c.todo++;
      else if (test.cancelled) c.cancelled++;
      else if (test.passed) c.pass++;
      else c.fail++;
    }
    if (test.subtests.length > 0) {
      this.stream.push('test:plan', {
        __proto__: null, nesting: test.nesting + 1, count: test.subtests.length, file: test.filePath,
      });
    }
    const data = this.testData(test);
    data.testNumber = test.testNumber;
    data.details = { __proto__: null, duration_ms: test.duration, type: test.isSuite ? 'suite' : 'test' };
    if (test.passed) data.details.passed = true;
    else data.details.error = test.error;
    if (test.skipped) data.skip = test.skipMessage ?? true;
    if (test.isTodo) data.todo = test.todoMessage ?? true;
    this.stream.push(test.passed ? 'test:pass' : 'test:fail', data);
    for (const message of test.diagnostics) {
      this.stream.push('test:diagnostic', {
        __proto__: null, nesting: test.nesting, message: String(message), file: test.filePath,
      });
    }
    this.stream.push('test:complete', { ...data });
  }

  // Work that can no longer finish because the event loop is empty: cancel it, then end the run.
  onBeforeExit() {
    if (this.finalized || this.exiting) return;
    const root = this.root;
    if (root.draining !== null) {
      this.exiting = true;
      root.cancelRunning(failureFromMessage(
        'Promise resolution is still pending but the event loop has already resolved', kCancelledByParent));
      root.draining.then(() => {
        this.exiting = false;
        if (root.draining === null) this.finalize();
      });
      return;
    }
    this.finalize();
  }

  onAsyncError(err, failureType) {
    let test = this.root;
    while (test.runningSubtest !== null) test = test.runningSubtest;
    if (test === this.root || test.finished) {
      this.counters.fail++;
      process.exitCode = 1;
      const { inspect } = require('internal/util/inspect');
      process.stderr.write(`${failureType === kUncaughtException ? 'Uncaught' : 'Unhandled'} ` +
        `error outside of any test: ${inspect(err)}\n`);
      return;
    }
    const { wrapFailure } = require('internal/test_runner/test');
    test.fail(wrapFailure(err, failureType));
  }

  async finalize() {
    if (this.finalized) return;
    this.finalized = true;
    const root = this.root;
    try {
      await root.runHooks('after', root.context);
    } catch (err) {
      this.counters.fail++;
      const { inspect } = require('internal/util/inspect');
      this.stream.push('test:diagnostic', {
        __proto__: null, nesting: 0, message: `after hook failed: ${inspect(err)}`,
      });
    }
    root.finished = true;
    const c = this.counters;
    this.stream.push('test:plan', { __proto__: null, nesting: 0, count: root.subtests.length });
    const duration = now() - this.startTime;
    for (const key of ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo']) {
      this.stream.push('test:diagnostic', { __proto__: null, nesting: 0, message: `${key} ${c[key]}` });
    }
    this.stream.push('test:diagnostic', { __proto__: null, nesting: 0, message: `duration_ms ${duration}` });
    const success = c.fail === 0 && c.cancelled === 0;
    this.stream.push('test:summary', {
      __proto__: null,
      success,
      counts: { __proto__: null, ...c, topLevel: root.subtests.length },
      duration_ms: duration,
    });
    if (!success) process.exitCode = 1;
    this.stream.end();
  }
}

function getHarness() {
  if (harness === null) harness = new Harness();
  return harness;
}

function makeRunner(Kind, overrides) {
  const runner = function (name, options, fn) {
    const h = getHarness();
    const args = sortArgs(name, options, fn);
    let opts = args.options;
    if (overrides !== undefined) opts = { ...opts, ...overrides };
    const sub = h.add(Kind, args.name, opts, args.fn, callerLocation());
    if (Kind === Suite) return sub !== undefined && sub.whenDone ? sub.whenDone() : undefined;
    return sub !== undefined && sub.whenDone ? sub.whenDone() : sub;
  };
  if (overrides === undefined) Object.defineProperty(runner, 'name', { __proto__: null, value: 'test' });
  else Object.defineProperty(runner, 'name', { __proto__: null, value: '' });
  return runner;
}

function makeHook(kind) {
  return function (fn, options) {
    const h = getHarness();
    const target = currentTest(h.root) ?? h.root;
    target.addHook(kind, fn, options);
    if (target === h.root) h.kick();
  };
}

function withVariants(base, Kind) {
  base.skip = makeRunner(Kind, { skip: true });
  base.todo = makeRunner(Kind, { todo: true });
  base.only = makeRunner(Kind, { only: true });
  return base;
}

module.exports = {
  getHarness,
  makeRunner,
  makeHook,
  withVariants,
  Test,
  Suite,
};
