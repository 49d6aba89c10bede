'use strict';
// AssertionError: the error node:assert throws, with Node's generated messages (simple
// `a !== b` lines, stacked `+ actual` / `- expected` pairs with a caret, line diffs of inspected
// objects, and the "should (not) loosely deep-equal" forms), always without colors.

const { inspect } = require('internal/util/inspect');
const { validateObject } = require('internal/validators');
const { diffLines, formatDiff } = require('internal/assert/myers_diff');

const kHeadlines = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
};

// Two primitives whose inspected forms (without string quotes) fit in this many characters
// are shown on one line as `a !== b`.
const kShortPairLength = 12;
// Inspected values longer than this are cut in the loose (`==`, deepEqual) messages.
const kLongValueLength = 512;
// Stacked primitive pairs get a caret under the first difference when they fit in a terminal
// line (stderr is never treated as a TTY here: the messages are color-free).
const kCaretLineLength = 80;
// Values printed alone (notStrictEqual, notDeepStrictEqual, identical structures) are cut
// after this many lines.
const kSingleValueLines = 50;

function isObjectLike(v) {
  return typeof v === 'object' && v !== null;
}

function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// A stand-in for an error with the same prototype and own properties but no stack, so that
// inspecting it shows `[Error: message]` instead of a trace.
function stacklessCopy(source) {
  const copy = Object.create(Object.getPrototypeOf(source));
  for (const key of Reflect.ownKeys(source)) {
    if (key === 'stack') continue;
    const desc = Reflect.getOwnPropertyDescriptor(source, key);
    if (desc !== undefined) Reflect.defineProperty(copy, key, desc);
  }
  if (!Object.hasOwn(copy, 'message') && source.message !== undefined) {
    Reflect.defineProperty(copy, 'message', {
      value: source.message, writable: true, enumerable: false, configurable: true,
    });
  }
  return copy;
}

// `+ actual` / `- expected` on two lines, with a caret under the first differing character
// when the pair is short enough and the difference is not right at the start.
function stackedPair(actualText, expectedText) {
  let text = `\n+ ${actualText}\n- ${expectedText}`;
  if (actualText.length + expectedText.length <= kCaretLineLength) {
    for (let i = 0; i < actualText.length; i++) {
      if (actualText[i] !== expectedText[i]) {
        if (i >= 3) text += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return text;
}

// The message of strictEqual, deepStrictEqual and partialDeepStrictEqual failures.
function diffMessage(actual, expected, operator, customMessage) {
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const actualText = inspectValue(actual);
  const expectedText = inspectValue(expected);
  const actualLines = actualText.split('\n');
  const expectedLines = expectedText.split('\n');
  let header = '+ actual - expected';
  let body;
  let skipped = false;
  const onePrimitive = !isObjectLike(actual) || !isObjectLike(expected);
  if (actualLines.length === 1 && expectedLines.length === 1 && onePrimitive) {
    let width = actualText.length + expectedText.length;
    if (typeof actual === 'string') width -= 2;
    if (typeof expected === 'string') width -= 2;
    if (width <= kShortPairLength && (actual !== 0 || expected !== 0)) {
      header = '';
      body = `${actualText} !== ${expectedText}`;
    } else {
      body = stackedPair(actualText, expectedText);
    }
  } else if (actualText === expectedText) {
    operator = 'notIdentical';
    header = '';
    if (actualLines.length > kSingleValueLines) {
      body = `${actualLines.slice(0, kSingleValueLines).join('\n')}\n...}`;
      skipped = true;
    } else {
      body = actualText;
    }
  } else {
    const edits = diffLines(actualLines, expectedLines, isObjectLike(actual));
    const printed = formatDiff(edits);
    body = printed.text;
    skipped = printed.skipped;
  }
  const headline = customMessage || kHeadlines[operator];
  return `${headline}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${body}\n`;
}

// notStrictEqual / notDeepStrictEqual: the one value both sides share.
function sameValueMessage(actual, operator) {
  let headline = kHeadlines[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    headline = kHeadlines.notStrictEqualObject;
  }
  const lines = inspectValue(actual).split('\n');
  if (lines.length > kSingleValueLines) {
    lines.length = kSingleValueLines - 3;
    lines[lines.length - 1] = '...';
  }
  if (lines.length === 1) {
    return `${headline}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${headline}\n\n${lines.join('\n')}\n`;
}

function cut(text) {
  return text.length > kLongValueLength ? `${text.slice(0, kLongValueLength - 3)}...` : text;
}

// deepEqual / notDeepEqual and every other operator (`==`, `!=`, custom ones from fail()).
function looseMessage(actual, expected, operator) {
  const actualText = inspectValue(actual);
  const expectedText = inspectValue(expected);
  if (operator === 'notDeepEqual' && actualText === expectedText) {
    const text = `${kHeadlines.notDeepEqual}\n\n${actualText}`;
    return text.length > 2 * kLongValueLength ? `${text.slice(0, 2 * kLongValueLength - 3)}...` :
      text;
  }
  const a = cut(actualText);
  const e = cut(expectedText);
  if (operator === 'deepEqual') {
    return `${kHeadlines.deepEqual}\n\n${a}\n\nshould loosely deep-equal\n\n${e}`;
  }
  if (operator === 'notDeepEqual') {
    return `${kHeadlines.notDeepEqualUnequal}\n\n${a}\n\nshould not loosely deep-equal\n\n${e}`;
  }
  return `${a} ${operator} ${e}`;
}

// Long strings are shortened when an AssertionError itself is inspected (the message already
// shows the values): more than 10 lines keep the first 10, otherwise long ones keep their tail.
function shortenForInspect(text) {
  const lines = text.split('\n', 11);
  if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
  if (text.length > kLongValueLength) return `${text.slice(kLongValueLength)}...`;
  return text;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details, diff = 'simple' } = options;
    let { actual, expected } = options;
    let text;
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
          operator === 'partialDeepStrictEqual') {
        text = diffMessage(actual, expected, operator, message);
      } else {
        text = String(message);
      }
    } else {
      if (isObjectLike(actual) && isObjectLike(expected) && actual instanceof Error &&
          expected instanceof Error && 'stack' in actual && 'stack' in expected) {
        actual = stacklessCopy(actual);
        expected = stacklessCopy(expected);
      }
      if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
          operator === 'partialDeepStrictEqual') {
        text = diffMessage(actual, expected, operator);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        text = sameValueMessage(actual, operator);
      } else {
        text = looseMessage(actual, expected, operator);
      }
    }
    super(text);
    // JavaScriptCore's own position properties; Node's errors have none.
    for (const key of ['line', 'column', 'sourceURL']) {
      if (Object.hasOwn(this, key)) delete this[key];
    }
    // Node's errors list `stack` before `message` among their own properties.
    const messageDesc = Reflect.getOwnPropertyDescriptor(this, 'message');
    if (messageDesc !== undefined && Object.hasOwn(this, 'stack')) {
      delete this.message;
      Reflect.defineProperty(this, 'message', messageDesc);
    }
    this.generatedMessage = !message;
    // The stack header reads `AssertionError [ERR_ASSERTION]: ...`; afterwards `name` is plain.
    Reflect.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    this.diff = diff;
    const startFn = stackStartFn || options.stackStartFunction;
    if (typeof startFn === 'function') Error.captureStackTrace(this, startFn);
    else Error.captureStackTrace(this);
    // eslint-disable-next-line no-unused-expressions
    this.stack; // fix the header now, while `name` still carries the code
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](depth, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof savedActual === 'string') this.actual = shortenForInspect(savedActual);
    if (typeof savedExpected === 'string') this.expected = shortenForInspect(savedExpected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = savedActual;
      this.expected = savedExpected;
    }
  }
}

module.exports = { AssertionError, inspectValue };
