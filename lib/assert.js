'use strict';
// node:assert: the assertion functions, the strict variant (assert.strict / node:assert/strict),
// the Assert class with per-instance options, and AssertionError / CallTracker.

const { AssertionError } = require('internal/assert/assertion_error');
const { CallTracker } = require('internal/assert/calltracker');
const { innerOk } = require('internal/assert/utils');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { isDeepEqual, isPartialStrictEqual } = require('internal/assert/deep_equal');
const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateOneOf } = require('internal/validators');
const types = require('internal/util/types');
const { inspect } = require('internal/util/inspect');

const kOptions = Symbol('kOptions');
// What getActual / waitForActual return when the function did not throw / reject.
const kNoException = Symbol('kNoException');

let warnedAboutFail = false;

function isError(value) {
  return types.isNativeError(value) || value instanceof Error;
}

function diffOf(receiver) {
  return (receiver !== null && (typeof receiver === 'object' || typeof receiver === 'function') &&
    receiver[kOptions] !== undefined) ? receiver[kOptions].diff : 'simple';
}

// Throws `message` itself when it is an Error, else an AssertionError built from `fields`.
function innerFail(fields) {
  if (fields.message instanceof Error) throw fields.message;
  throw new AssertionError(fields);
}

function requireTwo(argCount) {
  if (argCount < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
}

// ---- the value assertions -----------------------------------------------------------------

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

function fail(actual, expected, message, operator, stackStartFn) {
  const argCount = arguments.length;
  let generated = false;
  if (actual == null && argCount <= 1) {
    generated = true;
    message = 'Failed';
  } else if (argCount === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedAboutFail) {
      warnedAboutFail = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning', 'DEP0094');
    }
    if (argCount === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (generated) err.generatedMessage = true;
  throw err;
}

function equal(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal, diff: diffOf(this) });
  }
}

function notEqual(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({
      actual, expected, message, operator: '!=', stackStartFn: notEqual, diff: diffOf(this),
    });
  }
}

function deepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual,
      diff: diffOf(this),
    });
  }
}

function notDeepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual,
      diff: diffOf(this),
    });
  }
}

function deepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual,
      diff: diffOf(this),
    });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepStrictEqual',
      stackStartFn: notDeepStrictEqual, diff: diffOf(this),
    });
  }
}

function strictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!Object.is(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual,
      diff: diffOf(this),
    });
  }
}

function notStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual,
      diff: diffOf(this),
    });
  }
}

function partialDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isPartialStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'partialDeepStrictEqual',
      stackStartFn: partialDeepStrictEqual, diff: diffOf(this),
    });
  }
}

// ---- match --------------------------------------------------------------------------------

function checkMatch(string, regexp, message, fn, wanted) {
  if (!types.isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  if (typeof string === 'string' && (RegExp.prototype.exec.call(regexp, string) !== null) === wanted) {
    return;
  }
  if (message instanceof Error) throw message;
  const generatedMessage = !message;
  if (!message) {
    if (typeof string !== 'string') {
      message = 'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})`;
    } else {
      message = (wanted ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    }
  }
  const err = new AssertionError({
    actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function match(string, regexp, message) {
  checkMatch(string, regexp, message, match, true);
}

function doesNotMatch(string, regexp, message) {
  checkMatch(string, regexp, message, doesNotMatch, false);
}

// ---- throws / rejects ---------------------------------------------------------------------

// Stands in for an error when an error-like validation object is compared, so the diff shows
// only the compared keys.
class Comparison {
  constructor(source, keys, actual) {
    for (const key of keys) {
      if (!(key in source)) continue;
      const value = source[key];
      if (actual !== undefined && typeof actual[key] === 'string' && types.isRegExp(value) &&
          RegExp.prototype.exec.call(value, actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = value;
      }
    }
  }
}

function checkErrorKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

function callValidator(validator, error) {
  return Reflect.apply(validator, {}, [error]);
}

// Checks a thrown/rejected `actual` against the `expected` validation of throws()/rejects().
function checkThrown(actual, expected, message, fn) {
  let generatedMessage = false;
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      const text = String(actual);
      if (RegExp.prototype.exec.call(expected, text) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(text)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && types.isRegExp(expected[key]) &&
            RegExp.prototype.exec.call(expected[key], actual[key]) !== null) {
          continue;
        }
        checkErrorKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        message += expected.name === name ?
          'an error with identical name but a different prototype.' : `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const result = callValidator(expected, actual);
    if (result === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". ` +
        `Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({
    actual, expected, message, operator: fn.name, stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return kNoException;
}

function isPromiseLike(value) {
  return types.isPromise(value) ||
    (value !== null && typeof value === 'object' && typeof value.then === 'function' &&
     typeof value.catch === 'function');
}

async function waitForActual(promiseFn) {
  let pending;
  if (typeof promiseFn === 'function') {
    pending = promiseFn();
    if (!isPromiseLike(pending)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', pending);
    }
  } else if (isPromiseLike(promiseFn)) {
    pending = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await pending;
  } catch (e) {
    return e;
  }
  return kNoException;
}

// `extraArgs` counts the arguments given after the function: a string `error` followed by a
// message is refused.
function expectError(fn, actual, error, message, extraArgs) {
  if (typeof error === 'string') {
    if (extraArgs >= 2) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === kNoException) {
    let details = error?.name ? ` (${error.name})` : '';
    details += message ? `: ${message}` : '.';
    const what = fn === rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined, expected: error, operator: fn.name,
      message: `Missing expected ${what}${details}`, stackStartFn: fn,
    });
  }
  if (!error) return;
  checkThrown(actual, error, message, fn);
}

function errorMatches(actual, expected) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      return RegExp.prototype.exec.call(expected, String(actual)) !== null;
    }
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return callValidator(expected, actual) === true;
}

function expectNoError(fn, actual, error, message) {
  if (actual === kNoException) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || errorMatches(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const what = fn === doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: fn.name, stackStartFn: fn,
      message: `Got unwanted ${what}${details}\nActual message: "${actual?.message}"`,
    });
  }
  throw actual;
}

function throws(promiseFn, ...args) {
  expectError(throws, getActual(promiseFn), args[0], args[1], args.length);
}

async function rejects(promiseFn, ...args) {
  expectError(rejects, await waitForActual(promiseFn), args[0], args[1], args.length);
}

function doesNotThrow(fn, ...args) {
  expectNoError(doesNotThrow, getActual(fn), args[0], args[1]);
}

async function doesNotReject(fn, ...args) {
  expectNoError(doesNotReject, await waitForActual(fn), args[0], args[1]);
}

// ---- ifError ------------------------------------------------------------------------------

function frameLines(stack) {
  const at = stack.indexOf('\n    at');
  return at === -1 ? null : stack.slice(at + 1).split('\n');
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += inspect(err);
  }
  const failure = new AssertionError({
    actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError,
  });
  // Show the original error's frames below ours, dropping the frames both share.
  const original = typeof err.stack === 'string' ? frameLines(err.stack) : null;
  if (original !== null) {
    let ours = String(failure.stack).split('\n');
    for (const frame of original) {
      const at = ours.indexOf(frame);
      if (at !== -1) {
        ours = ours.slice(0, at);
        break;
      }
    }
    failure.stack = `${ours.join('\n')}\n${original.join('\n')}`;
  }
  throw failure;
}

// ---- exports ------------------------------------------------------------------------------

const assert = module.exports = ok;

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

// Assert: the same assertions with per-instance options ({ diff, strict }).
class Assert {
  constructor(options) {
    const diff = options?.diff ?? 'simple';
    const isStrict = options?.strict ?? true;
    validateOneOf(diff, 'options.diff', ['simple', 'full']);
    this.AssertionError = AssertionError;
    Reflect.defineProperty(this, kOptions, { value: { diff, strict: isStrict } });
    if (isStrict) {
      this.equal = this.strictEqual;
      this.deepEqual = this.deepStrictEqual;
      this.notEqual = this.notStrictEqual;
      this.notDeepEqual = this.notDeepStrictEqual;
    }
  }
}

// Assert.prototype.ok is its own function (the falsy-value message names the call it finds).
function assertOk(...args) {
  innerOk(assertOk, args.length, ...args);
}
Reflect.defineProperty(assertOk, 'name', { value: 'ok' });

const methods = {
  fail, ok: assertOk, equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
  strictEqual, notStrictEqual, partialDeepStrictEqual, throws, rejects, doesNotThrow,
  doesNotReject, ifError, match, doesNotMatch,
};
for (const name of Object.keys(methods)) {
  Reflect.defineProperty(Assert.prototype, name, {
    value: methods[name], writable: true, enumerable: false, configurable: true,
  });
}

assert.AssertionError = AssertionError;
assert.CallTracker = CallTracker;
assert.ok = ok;
assert.fail = fail;
assert.equal = equal;
assert.notEqual = notEqual;
assert.deepEqual = deepEqual;
assert.notDeepEqual = notDeepEqual;
assert.deepStrictEqual = deepStrictEqual;
assert.notDeepStrictEqual = notDeepStrictEqual;
assert.strictEqual = strictEqual;
assert.notStrictEqual = notStrictEqual;
assert.partialDeepStrictEqual = partialDeepStrictEqual;
assert.match = match;
assert.doesNotMatch = doesNotMatch;
assert.throws = throws;
assert.rejects = rejects;
assert.doesNotThrow = doesNotThrow;
assert.doesNotReject = doesNotReject;
assert.ifError = ifError;

Object.assign(strict, assert, {
  equal: strictEqual,
  deepEqual: deepStrictEqual,
  notEqual: notStrictEqual,
  notDeepEqual: notDeepStrictEqual,
});
assert.strict = strict;
assert.Assert = Assert;
strict.Assert = Assert;
strict.strict = strict;

