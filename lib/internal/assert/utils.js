'use strict';
// assert.ok's falsy-value check and its message, which quotes the failing call as written in
// the caller's source (`assert.ok(typeof x === 'string')`), found from the call site's
// file:line:column and the call's span on that line.

const { AssertionError } = require('internal/assert/assertion_error');
const { getSourceLine } = require('internal/util/stack_trace');

// Source snippets already found, by "file:line:column".
const snippetCache = new Map();

// Keywords that may stand right before `(` without making it a call.
const kNotCallee = new Set([
  'if', 'for', 'while', 'switch', 'catch', 'with', 'function', 'return', 'typeof', 'void',
  'delete', 'await', 'yield', 'in', 'of', 'instanceof', 'new', 'else', 'do', 'case', 'throw',
]);
// Keywords after which `/` starts a regular expression.
const kBeforeExpression = new Set([
  'return', 'typeof', 'void', 'delete', 'await', 'yield', 'in', 'of', 'instanceof', 'new',
  'else', 'do', 'case', 'throw',
]);

function isIdStart(c) {
  return /[A-Za-z_$\u0080-\uffff]/.test(c);
}

function isIdPart(c) {
  return /[\w$\u0080-\uffff]/.test(c);
}

// Splits one line of JavaScript into tokens { kind, start, end, text }: 'name' (identifiers,
// keywords, numbers), 'string', 'template', 'regexp' or 'punct'. Comments are dropped. A
// template or string left open at the end of the line runs to the end.
function tokenize(line) {
  const tokens = [];
  let i = 0;
  const n = line.length;
  const push = (kind, start, end) => {
    tokens.push({ kind, start, end, text: line.slice(start, end) });
  };
  while (i < n) {
    const c = line[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\v' || c === '\f' || c === '\ufeff') {
      i++;
    } else if (c === '/' && line[i + 1] === '/') {
      break;
    } else if (c === '/' && line[i + 1] === '*') {
      const close = line.indexOf('*/', i + 2);
      i = close === -1 ? n : close + 2;
    } else if (c === '"' || c === "'") {
      const start = i++;
      while (i < n && line[i] !== c) i += line[i] === '\\' ? 2 : 1;
      i = Math.min(i + 1, n);
      push('string', start, i);
    } else if (c === '`') {
      const start = i;
      i = skipTemplate(line, i + 1);
      push('template', start, i);
    } else if (c === '/' && regexpAllowed(tokens[tokens.length - 1])) {
      const start = i++;
      let inClass = false;
      while (i < n) {
        const d = line[i];
        if (d === '\\') {
          i += 2;
          continue;
        }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        i++;
      }
      i++;
      while (i < n && isIdPart(line[i])) i++;
      push('regexp', start, Math.min(i, n));
    } else if (isIdPart(c)) {
      const start = i;
      if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(line[i + 1]))) {
        while (i < n && /[\w.]/.test(line[i])) i++;
      } else {
        while (i < n && isIdPart(line[i])) i++;
      }
      push('name', start, i);
    } else if (c === '?' && line[i + 1] === '.' && !/[0-9]/.test(line[i + 2])) {
      push('punct', i, i + 2);
      i += 2;
    } else {
      push('punct', i, i + 1);
      i++;
    }
  }
  return tokens;
}

// Returns the index just past the template literal whose body starts at i.
function skipTemplate(line, i) {
  const n = line.length;
  while (i < n) {
    const c = line[i];
    if (c === '\\') {
      i += 2;
    } else if (c === '`') {
      return i + 1;
    } else if (c === '$' && line[i + 1] === '{') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        const d = line[i];
        if (d === '{') depth++;
        else if (d === '}') depth--;
        else if (d === '`') {
          i = skipTemplate(line, i + 1);
          continue;
        } else if (d === '"' || d === "'") {
          i++;
          while (i < n && line[i] !== d) i += line[i] === '\\' ? 2 : 1;
        }
        i++;
      }
    } else {
      i++;
    }
  }
  return n;
}

function regexpAllowed(prev) {
  if (prev === undefined) return true;
  if (prev.kind === 'name') return kBeforeExpression.has(prev.text);
  if (prev.kind !== 'punct') return false;
  return prev.text !== ')' && prev.text !== ']' && prev.text !== '}';
}

function isCallee(token) {
  if (token === undefined) return false;
  if (token.kind === 'name') return !kNotCallee.has(token.text) && isIdStart(token.text[0]);
  if (token.kind === 'template') return true;
  return token.kind === 'punct' && (token.text === ')' || token.text === ']');
}

// Index of the token that opens/closes the bracket at `from`, or -1.
function matchBracket(tokens, from, step) {
  const open = tokens[from].text;
  const close = { '(': ')', '[': ']', ')': '(', ']': '[' }[open];
  let depth = 0;
  for (let i = from; i >= 0 && i < tokens.length; i += step) {
    const t = tokens[i];
    if (t.kind !== 'punct') continue;
    if (t.text === open) depth++;
    else if (t.text === close && --depth === 0) return i;
  }
  return -1;
}

// Start token index of the callee whose last token is at `i` (`a.b[c](d).e` walks back to a).
function calleeStart(tokens, i) {
  for (;;) {
    const t = tokens[i];
    let first = i;
    if (t.kind === 'punct') {
      first = matchBracket(tokens, i, -1);
      if (first === -1) return i;
      if (t.text === ')' && !isCallee(tokens[first - 1])) return first;
      if (t.text === ']' && !isCallee(tokens[first - 1])) return first;
      if (isCallee(tokens[first - 1])) {
        i = first - 1;
        continue;
      }
      return first;
    }
    const prev = tokens[first - 1];
    if (prev !== undefined && prev.kind === 'punct' && (prev.text === '.' || prev.text === '?.') &&
        isCallee(tokens[first - 2])) {
      i = first - 2;
      continue;
    }
    return first;
  }
}

// Finds the innermost call on `line` whose callee starts at or before `column` (0-based) and
// whose argument list reaches it; a call not closed on this line runs to the line's end.
// Returns the call's source text, or undefined.
function findCallText(line, column) {
  const tokens = tokenize(line);
  let best;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct' || t.text !== '(' || !isCallee(tokens[i - 1])) continue;
    const start = tokens[calleeStart(tokens, i - 1)].start;
    if (start > column) continue;
    const closing = matchBracket(tokens, i, 1);
    const end = closing === -1 ? line.length : tokens[closing].end;
    if (end <= column) continue;
    if (best === undefined || end - start < best.end - best.start) best = { start, end };
  }
  return best === undefined ? undefined : line.slice(best.start, best.end);
}

function fileFromFrame(location) {
  if (location.startsWith('file://')) {
    try {
      return decodeURIComponent(location.slice(7));
    } catch {
      return undefined;
    }
  }
  return location;
}

// The `The expression evaluated to a falsy value` message for the call of `fn` that is on the
// stack right now, or undefined when its source can't be read.
function falsyValueMessage(fn) {
  const holder = {};
  const limit = Error.stackTraceLimit;
  try {
    if (Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit')?.writable) {
      Error.stackTraceLimit = 1;
    }
    Error.captureStackTrace(holder, fn);
  } finally {
    if (Error.stackTraceLimit !== limit) Error.stackTraceLimit = limit;
  }
  const frame = String(holder.stack).split('\n')[1];
  if (frame === undefined) return undefined;
  const m = /^\s*at (?:.*? \()?(.+):(\d+):(\d+)\)?$/.exec(frame);
  if (m === null || m[1].startsWith('node:') || m[1].includes('(eval at ')) return undefined;
  const key = `${m[1]}:${m[2]}:${m[3]}`;
  if (snippetCache.has(key)) return snippetCache.get(key);
  const file = fileFromFrame(m[1]);
  let message;
  const text = file === undefined ? undefined : getSourceLine(file, +m[2]);
  if (text !== undefined) {
    const call = findCallText(text, +m[3] - 1);
    if (call !== undefined) message = `The expression evaluated to a falsy value:\n\n  ${call}\n`;
  }
  snippetCache.set(key, message);
  return message;
}

// assert.ok / assert(): throws unless `value` is truthy. `argCount` tells "called with no
// arguments" apart from an explicit undefined.
function innerOk(fn, argCount, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argCount === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = falsyValueMessage(fn);
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({
    actual: value, expected: true, message, operator: '==', stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

module.exports = { innerOk, findCallText };
