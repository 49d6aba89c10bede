'use strict';
// The test tree of node:test: Test and Suite nodes, their contexts, hooks, timeouts and results.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_TEST_FAILURE },
} = require('internal/errors');
const {
  validateNumber,
  validateObject,
  validateFunction,
  validateAbortSignal,
  validateUint32,
  validateInteger,
} = require('internal/validators');

// Failure types, as reported in `failureType` of a failed test's details.
const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kCancelledByParent = 'cancelledByParent';
const kHookFailure = 'hookFailed';
const kMultipleCallbackInvocations = 'multipleCallbackInvocations';
const kSubtestsFailed = 'subtestsFailed';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kUncaughtException = 'uncaughtException';
const kUnhandledRejection = 'unhandledRejection';

const noop = () => {};

let asyncStorage;
function storage() {
  if (asyncStorage === undefined) {
    const { AsyncLocalStorage } = require('async_hooks');
    asyncStorage = new AsyncLocalStorage();
  }
  return asyncStorage;
}

// Suites whose (async) describe function has not settled yet, innermost last.
const buildingSuites = [];

// The test or suite whose function is running now (what a bare test()/it()/before() attaches
// to). The async context store covers synchronous calls; after an await the store may be lost,
// so fall back to the innermost suite still being built, then the innermost running test.
function currentTest(root) {
  const store = storage().getStore();
  if (store !== undefined) return store;
  for (let i = buildingSuites.length - 1; i >= 0; i--) {
    // Until its first promise job the caller of describe() is still running, not the suite.
    if (!buildingSuites[i].syncPhase) return buildingSuites[i];
  }
  if (root === undefined) return undefined;
  let test = root;
  while (test.runningSubtest !== null && !test.runningSubtest.finished) test = test.runningSubtest;
  return test === root ? undefined : test;
}

// Sorts test(name, options, fn) arguments, any of which may be left out.
function sortArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
    name = fn.name;
    options = undefined;
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
    name = typeof fn === 'function' ? fn.name : '';
  } else if (typeof options === 'function') {
    fn = options;
    options = undefined;
  }
  if (typeof name !== 'string' || name === '') {
    name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>';
  }
  if (options === null || typeof options !== 'object') options = undefined;
  return { name, options: parseOptions(options), fn };
}

function runInTest(test, fn, thisArg, args) {
  return storage().run(test, () => Reflect.apply(fn, thisArg, args));
}

function now() {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

function isPromiseLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') &&
    typeof value.then === 'function';
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// Where test()/it()/describe() was called from: 'file:line:col' of the user's frame.
function callerLocation() {
  const holder = {};
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  const prepare = Error.prepareStackTrace;
  let sites;
  try {
    Error.prepareStackTrace = (err, callSites) => callSites;
    Error.captureStackTrace(holder);
    sites = holder.stack;
  } catch {
    sites = undefined;
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
  if (!Array.isArray(sites)) return undefined;
  for (const site of sites) {
    const file = site.getFileName && site.getFileName();
    if (!file || file.startsWith('node:') || !file.includes('/') && !file.includes('\\')) continue;
    return { file, line: site.getLineNumber(), column: site.getColumnNumber() };
  }
  return undefined;
}

function wrapFailure(error, failureType) {
  if (error !== null && typeof error === 'object' && error.code === 'ERR_TEST_FAILURE' &&
      error.failureType !== undefined) {
    return error;
  }
  return new ERR_TEST_FAILURE(error, failureType);
}

function failureFromMessage(message, failureType) {
  const err = new ERR_TEST_FAILURE(message, failureType);
  err.cause = message;
  return err;
}

// Reads and checks test()/describe() options the way Node does.
function parseOptions(options) {
  if (options === undefined || options === null) return {};
  validateObject(options, 'options');
  const { concurrency, timeout, signal, plan } = options;
  if (concurrency !== undefined && typeof concurrency !== 'number' && typeof concurrency !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
  }
  if (typeof concurrency === 'number') validateUint32(concurrency, 'options.concurrency', true);
  if (timeout !== undefined && timeout !== Infinity) {
    validateNumber(timeout, 'options.timeout', 0, 2147483647);
  }
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (plan !== undefined && plan !== null) validateUint32(plan, 'options.plan');
  return options;
}

class TestContext {
  #test;

  constructor(test) {
    this.#test = test;
  }

  get signal() {
    return this.#test.signal;
  }

  get name() {
    return this.#test.name;
  }

  get filePath() {
    return this.#test.filePath;
  }

  get fullName() {
    return this.#test.fullName();
  }

  get error() {
    return this.#test.error;
  }

  get passed() {
    return this.#test.passed;
  }

  diagnostic(message) {
    this.#test.diagnostics.push(message);
  }

  plan(count) {
    const test = this.#test;
    if (test.planCount !== null) {
      throw new (require('internal/errors').codes.ERR_TEST_FAILURE)(
        'cannot set plan more than once', kTestCodeFailure);
    }
    validateUint32(count, 'count');
    test.planCount = count;
  }

  get assert() {
    const test = this.#test;
    if (test.assertObject === undefined) test.assertObject = makeContextAssert(test);
    return test.assertObject;
  }

  get mock() {
    const test = this.#test;
    if (test.mockTracker === undefined) {
      const { MockTracker } = require('internal/test_runner/mock');
      test.mockTracker = new MockTracker();
    }
    return test.mockTracker;
  }

  runOnly(value) {
    this.#test.runOnlySubtests = !!value;
  }

  skip(message) {
    this.#test.skipped = true;
    this.#test.skipMessage = message;
  }

  todo(message) {
    this.#test.isTodo = true;
    this.#test.todoMessage = message;
  }

  test(name, options, fn) {
    const test = this.#test;
    if (test.planCount !== null) test.assertCount++;
    const args = sortArgs(name, options, fn);
    const sub = test.createSubtest(Test, args.name, args.options, args.fn, callerLocation());
    return sub.whenDone();
  }

  before(fn, options) {
    this.#test.addHook('before', fn, options);
  }

  after(fn, options) {
    this.#test.addHook('after', fn, options);
  }

  beforeEach(fn, options) {
    this.#test.addHook('beforeEach', fn, options);
  }

  afterEach(fn, options) {
    this.#test.addHook('afterEach', fn, options);
  }

  async waitFor(condition, options = {}) {
    validateFunction(condition, 'condition');
    validateObject(options, 'options');
    const { interval = 50, timeout = 1000 } = options;
    validateNumber(interval, 'options.interval', 0, 2147483647);
    validateNumber(timeout, 'options.timeout', 0, 2147483647);
    const deadline = now() + timeout;
    const { setTimeout } = require('timers');
    let lastError;
    for (;;) {
      try {
        return await condition();
      } catch (err) {
        lastError = err;
      }
      if (now() >= deadline) {
        const err = new Error('waitFor() timed out');
        err.cause = lastError;
        throw err;
      }
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
}

class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get signal() {
    return this.#suite.signal;
  }

  get name() {
    return this.#suite.name;
  }

  get filePath() {
    return this.#suite.filePath;
  }

  get fullName() {
    return this.#suite.fullName();
  }
}

const assertMethods = [
  'deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal', 'fail',
  'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual', 'notStrictEqual',
  'partialDeepStrictEqual', 'rejects', 'strictEqual', 'throws', 'ok',
];

// t.assert: node:assert's functions, each counted towards t.plan().
function makeContextAssert(test) {
  const assert = require('assert');
  const out = { __proto__: null };
  for (const name of assertMethods) {
    const fn = assert[name];
    if (typeof fn !== 'function') continue;
    out[name] = function (...args) {
      test.assertCount++;
      return Reflect.apply(fn, assert, args);
    };
  }
  return out;
}

let nextId = 0;

class Test {
  constructor(parent, name, options, fn, loc) {
    this.id = nextId++;
    this.parent = parent;
    this.root = parent === null ? this : parent.root;
    this.harness = parent === null ? null : parent.harness;
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.name = name;
    this.fn = fn;
    this.loc = loc;
    this.filePath = loc !== undefined ? loc.file : (parent !== null ? parent.filePath : undefined);
    this.isSuite = false;
    this.options = options;

    const skip = options.skip;
    const todo = options.todo;
    const parentTodo = parent !== null && parent.isSuite && parent.isTodo;
    this.skipped = skip !== undefined && skip !== false && skip !== null && skip !== '' && skip !== 0;
    this.skipMessage = typeof skip === 'string' ? skip : undefined;
    this.isTodo = (todo !== undefined && todo !== false && todo !== null && todo !== '' && todo !== 0) ||
      parentTodo;
    this.todoMessage = typeof todo === 'string' ? todo : undefined;
    this.only = options.only === true;
    this.timeout = typeof options.timeout === 'number' ? options.timeout : Infinity;
    this.planCount = options.plan === undefined || options.plan === null ? null : options.plan;
    this.assertCount = 0;

    this.controller = new AbortController();
    this.signal = this.controller.signal;
    if (options.signal !== undefined) {
      const outer = options.signal;
      if (outer.aborted) this.controller.abort(outer.reason);
      else outer.addEventListener('abort', () => this.controller.abort(outer.reason), { once: true });
    }

    this.subtests = [];
    this.pending = [];
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.beforeRan = false;
    this.diagnostics = [];
    this.error = null;
    this.passed = false;
    this.cancelled = false;
    this.started = false;
    this.finished = false;
    this.runningSubtest = null;
    this.draining = null;
    this.done = deferred();
    this.cancelSignal = deferred();
    this.cancelSignal.promise.catch(noop);
    this.startTime = 0;
    this.duration = 0;
    this.testNumber = 0;
    this.reportedChildren = 0;
    this.context = null;
    if (this.only) {
      this.diagnostics.push("'only' and 'runOnly' require the --test-only command-line option.");
    }
  }

  fullName() {
    const names = [];
    for (let t = this; t !== null && t.parent !== null; t = t.parent) names.unshift(t.name);
    return names.join(' > ');
  }

  whenDone() {
    return this.done.promise;
  }

  addHook(kind, fn, options) {
    validateFunction(fn, 'fn');
    if (options !== undefined) {
      validateObject(options, 'options');
      if (options.timeout !== undefined) validateNumber(options.timeout, 'options.timeout', 0, 2147483647);
      if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
    }
    const timeout = options && typeof options.timeout === 'number' ? options.timeout : Infinity;
    this.hooks[kind].push({ fn, timeout, loc: callerLocation() });
  }

  createSubtest(Kind, name, options, fn, loc) {
    const sub = new Kind(this, name, options, fn, loc);
    this.subtests.push(sub);
    this.pending.push(sub);
    if (this.started && !this.finished) this.drainPending();
    return sub;
  }

  // Runs queued subtests one at a time (the default concurrency of 1).
  drainPending() {
    if (this.draining !== null) return this.draining;
    this.draining = (async () => {
      while (this.pending.length > 0) {
        const sub = this.pending.shift();
        if (!this.beforeRan) {
          this.beforeRan = true;
          try {
            await this.runHooks('before', this.context);
          } catch (err) {
            this.fail(wrapFailure(err, kHookFailure));
            this.pending.unshift(sub);
            break;
          }
        }
        this.runningSubtest = sub;
        await sub.run();
        this.runningSubtest = null;
      }
      this.draining = null;
    })();
    return this.draining;
  }

  fail(err) {
    if (this.error === null) this.error = err;
  }

  // Hooks of `kind` registered on this node, run in the context `ctx`.
  async runHooks(kind, ctx) {
    for (const hook of this.hooks[kind]) {
      await this.callFunction(hook.fn, ctx, hook.timeout, true, true);
    }
  }

  // beforeEach hooks of every ancestor, outermost first (afterEach: innermost first).
  async runEachHooks(kind, test) {
    const chain = [];
    for (let t = this; t !== null; t = t.parent) chain.push(t);
    if (kind === 'beforeEach') chain.reverse();
    for (const node of chain) {
      for (const hook of node.hooks[kind]) {
        await test.callFunction(hook.fn, test.context, hook.timeout, true, true);
      }
    }
  }

  // Calls fn(ctx) or fn(ctx, done), honouring the timeout and cancellation; rejects with an
  // ERR_TEST_FAILURE describing the failure.
  callFunction(fn, ctx, timeout, isHook, allowCallback) {
    const failureType = isHook ? kHookFailure : kTestCodeFailure;
    const outcome = deferred();
    let settled = false;
    const settle = (err) => {
      if (settled) return;
      settled = true;
      if (err === undefined) outcome.resolve();
      else outcome.reject(err);
    };

    if (allowCallback && fn.length >= 2) {
      let calls = 0;
      const done = (err) => {
        calls++;
        if (calls > 1) {
          if (!settled) settle(failureFromMessage('callback invoked multiple times', kMultipleCallbackInvocations));
          else if (!this.finished && this.error === null) {
            this.error = failureFromMessage('callback invoked multiple times', kMultipleCallbackInvocations);
          }
          return;
        }
        if (err !== undefined && err !== null) settle(wrapFailure(err, failureType));
        else settle();
      };
      try {
        const ret = runInTest(this, fn, ctx, [ctx, done]);
        if (isPromiseLike(ret)) {
          const err = failureFromMessage('passed a callback but also returned a Promise',
            kCallbackAndPromisePresent);
          if (!settled) settle(err);
          else if (this.error === null) this.error = err;
          Promise.resolve(ret).catch(noop);
        }
      } catch (err) {
        settle(wrapFailure(err, failureType));
      }
    } else {
      try {
        const ret = runInTest(this, fn, ctx, [ctx]);
        if (isPromiseLike(ret)) {
          Promise.resolve(ret).then(() => settle(), (err) => settle(wrapFailure(err, failureType)));
        } else {
          settle();
        }
      } catch (err) {
        settle(wrapFailure(err, failureType));
      }
    }

    if (settled && this.error === null) return outcome.promise;
    const races = [outcome.promise, this.cancelSignal.promise];
    let timer;
    if (timeout !== Infinity) {
      races.push(new Promise((resolve, reject) => {
        const { setTimeout } = require('timers');
        timer = setTimeout(() => {
          const what = isHook ? 'hook' : 'test';
          reject(failureFromMessage(`${what} timed out after ${timeout}ms`, kTestTimeoutFailure));
        }, timeout);
        if (typeof timer.unref === 'function') timer.unref();
      }));
    }
    const race = Promise.race(races);
    if (timer === undefined) return race;
    return race.finally(() => {
      const { clearTimeout } = require('timers');
      clearTimeout(timer);
    });
  }

  // Marks this running test (and its running descendants) as cancelled with `err`.
  cancelRunning(err) {
    if (this.runningSubtest !== null) this.runningSubtest.cancelRunning(err);
    if (this.started && !this.finished) this.cancelSignal.reject(err);
  }

  cancelPending() {
    while (this.pending.length > 0) {
      const sub = this.pending.shift();
      sub.cancelBeforeStart();
    }
  }

  // Reports a subtest that never got to run because its parent ended first.
  cancelBeforeStart() {
    this.started = true;
    this.harness.reportStart(this);
    this.startTime = now();
    this.error = failureFromMessage('test did not finish before its parent and was cancelled',
      kCancelledByParent);
    this.cancelled = true;
    this.finish();
  }

  async run() {
    this.started = true;
    this.harness.reportStart(this);
    this.startTime = now();
    this.context = new TestContext(this);
    if (this.parent.signal.aborted && !this.skipped) {
      this.error = failureFromMessage('test did not finish before its parent and was cancelled',
        kCancelledByParent);
      this.cancelled = true;
      this.finish();
      return;
    }
    if (this.skipped) {
      this.finish();
      return;
    }
    let hooksOk = true;
    try {
      await this.parent.runEachHooks('beforeEach', this);
    } catch (err) {
      hooksOk = false;
      this.recordError(err);
    }
    if (hooksOk && typeof this.fn === 'function') {
      try {
        await this.callFunction(this.fn, this.context, this.timeout, false, true);
      } catch (err) {
        this.recordError(err);
      }
    }
    // Subtests started by the test function run to completion; queued ones are cancelled.
    const queued = this.pending.splice(0);
    if (this.draining !== null) await this.draining;
    this.pending.unshift(...queued);
    this.cancelPending();
    try {
      await this.parent.runEachHooks('afterEach', this);
    } catch (err) {
      this.recordError(err);
    }
    try {
      await this.runHooks('after', this.context);
    } catch (err) {
      this.recordError(err);
    }
    this.finish();
  }

  recordError(err) {
    if (err !== null && typeof err === 'object' && err.failureType === kTestTimeoutFailure) {
      this.cancelled = true;
    }
    if (err !== null && typeof err === 'object' && err.failureType === kCancelledByParent) {
      this.cancelled = true;
    }
    this.fail(err);
  }

  countSubtestFailures() {
    let failed = 0;
    for (const sub of this.subtests) {
      if (sub.finished && !sub.passed && !sub.isTodo) failed++;
    }
    return failed;
  }

  finish() {
    if (this.finished) return;
    this.duration = now() - this.startTime;
    if (this.error === null) {
      const failed = this.countSubtestFailures();
      if (failed > 0) {
        this.error = failureFromMessage(`${failed} subtest${failed === 1 ? '' : 's'} failed`, kSubtestsFailed);
      }
    }
    if (this.error === null && this.planCount !== null && this.assertCount !== this.planCount) {
      this.error = failureFromMessage(
        `plan expected ${this.planCount} assertions but received ${this.assertCount}`, kTestCodeFailure);
    }
    this.passed = this.error === null;
    this.finished = true;
    if (!this.signal.aborted) {
      const { AbortError } = require('internal/errors');
      this.controller.abort(new AbortError('The operation was aborted', {}));
    }
    if (this.mockTracker !== undefined) this.mockTracker.reset();
    this.harness.reportEnd(this);
    this.done.resolve();
  }
}

class Suite extends Test {
  constructor(parent, name, options, fn, loc) {
    super(parent, name, options, fn, loc);
    this.isSuite = true;
    this.buildPromise = null;
    this.context = new SuiteContext(this);
    if (this.skipped || typeof fn !== 'function') return;
    this.syncPhase = true;
    queueMicrotask(() => {
      this.syncPhase = false;
    });
    try {
      const ret = runInTest(this, fn, this.context, [this.context]);
      if (isPromiseLike(ret)) {
        buildingSuites.push(this);
        const built = () => {
          const i = buildingSuites.indexOf(this);
          if (i !== -1) buildingSuites.splice(i, 1);
        };
        this.buildPromise = Promise.resolve(ret).then(built, (err) => {
          built();
          this.fail(wrapFailure(err, kTestCodeFailure));
        });
      }
    } catch (err) {
      this.fail(wrapFailure(err, kTestCodeFailure));
    }
  }

  createSubtest(Kind, name, options, fn, loc) {
    const sub = new Kind(this, name, options, fn, loc);
    this.subtests.push(sub);
    this.pending.push(sub);
    return sub;
  }

  async run() {
    if (this.buildPromise !== null) await this.buildPromise;
    this.started = true;
    this.harness.reportStart(this);
    this.startTime = now();
    if (this.skipped || this.error !== null) {
      this.cancelPending();
      this.finish();
      return;
    }
    const timer = this.timeout !== Infinity ? this.startSuiteTimer() : undefined;
    try {
      await this.runHooks('before', this.context);
    } catch (err) {
      this.fail(err);
    }
    if (this.error === null) {
      while (this.pending.length > 0) {
        const sub = this.pending.shift();
        this.runningSubtest = sub;
        await sub.run();
        this.runningSubtest = null;
      }
    }
    this.cancelPending();
    try {
      await this.runHooks('after', this.context);
    } catch (err) {
      this.fail(err);
    }
    if (timer !== undefined) require('timers').clearTimeout(timer);
    this.finish();
  }

  startSuiteTimer() {
    const { setTimeout } = require('timers');
    const timer = setTimeout(() => {
      const err = failureFromMessage(`test timed out after ${this.timeout}ms`, kTestTimeoutFailure);
      this.fail(err);
      this.cancelled = true;
      this.cancelRunning(failureFromMessage('test did not finish before its parent and was cancelled',
        kCancelledByParent));
      this.pending.splice(0).forEach((sub) => this.pending.push(sub));
    }, this.timeout);
    if (typeof timer.unref === 'function') timer.unref();
    return timer;
  }
}

module.exports = {
  Test,
  Suite,
  TestContext,
  SuiteContext,
  currentTest,
  sortArgs,
  callerLocation,
  parseOptions,
  failureFromMessage,
  wrapFailure,
  now,
  kCancelledByParent,
  kUncaughtException,
  kUnhandledRejection,
  kTestCodeFailure,
  validateInteger,
};
