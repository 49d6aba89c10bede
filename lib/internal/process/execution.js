'use strict';
// Uncaught exceptions: process 'uncaughtException' (and its capture callback), else Node's
// fatal error report on stderr and exit code 1 (7 when a handler itself throws).

const stdio = internalBinding('stdio');

let captureCallback = null;

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureCallback !== null) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  }
  captureCallback = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

// ---- the fatal error report (Node's exact shape) ---------------------------------------------

function isErrorLike(err) {
  return err !== null && typeof err === 'object' && err instanceof Error;
}

// Position of the first frame of a V8-format stack: { file, line, column } or null.
function topFramePosition(stack) {
  if (typeof stack !== 'string') return null;
  const m = /\n {4}at (?:.*? \()?(.+?):(\d+):(\d+)\)?(?:\n|$)/.exec(stack);
  return m === null ? null : { file: m[1], line: +m[2], column: +m[3] };
}

// V8 draws the caret at the throw statement; JSC only knows where the error was made. When
// it was made in a `throw new X(...)` the throw is on that line; when it was stored in a
// variable first (`const err = new X(); ... throw err;`), look for the throw of that variable.
function throwSite(file, line, column) {
  const { getSourceLine } = require('internal/util/stack_trace');
  const text = getSourceLine(file, line);
  if (text === undefined) return { line, column: column - 1, text };
  const before = text.slice(0, column - 1);
  const m = /\bthrow\s+$/.exec(before);
  if (m !== null) return { line, column: m.index, text };
  const assigned = /(?:^|[^\w$.])([\w$]+)\s*=\s*$/.exec(before);
  if (assigned !== null) {
    const re = new RegExp(`\\bthrow\\s+${assigned[1].replace(/\$/g, '\\$')}(?![\\w$])`);
    for (let n = line; n < line + 200; n++) {
      const t = getSourceLine(file, n);
      if (t === undefined) break;
      const hit = re.exec(n === line ? t.slice(column - 1) : t);
      if (hit !== null) {
        return { line: n, column: n === line ? hit.index + column - 1 : hit.index, text: t };
      }
    }
  }
  return { line, column: column - 1, text };
}

// The "file:line\nsource\n   ^\n\n" block Node prints above a fatal error ('' when unknown).
function sourceContext(err, fromPromise) {
  if (!isErrorLike(err)) return '';
  const st = require('internal/util/stack_trace');
  if (isParseError(err)) {
    let line = err.line;
    const text = st.getSourceLine(err.sourceURL, line);
    const info = st.v8SyntaxError(String(err.message), text);
    // JSC reports an unexpected end inside the module wrapper's closing line.
    if (text === undefined) line = Math.min(line, st.getSourceLineCount(err.sourceURL)) || line;
    const caret = info.start < 0 ? '' : ' '.repeat(info.start) + '^'.repeat(info.length || 1);
    return `${err.sourceURL}:${line}\n${text ?? ''}\n${caret}\n\n`;
  }
  let stack;
  try {
    stack = st.formatErrorStack(err);
  } catch {
    return '';
  }
  let pos = topFramePosition(stack) ?? require('internal/util/stack_trace_api').errorOrigin(err);
  if (pos === null && typeof err.sourceURL === 'string' && typeof err.line === 'number') {
    pos = { file: err.sourceURL, line: err.line, column: err.column };
  }
  if (pos === null || pos.file.startsWith('node:')) return '';
  const site = fromPromise ? { line: pos.line, column: pos.column - 1,
    text: st.getSourceLine(pos.file, pos.line) } : throwSite(pos.file, pos.line, pos.column);
  if (site.text === undefined) return '';
  return `${pos.file}:${site.line}\n${site.text}\n${' '.repeat(Math.max(site.column, 0))}^\n\n`;
}

// A SyntaxError from compiling a file (not one thrown by JSON.parse or RegExp at run time):
// JSC positions it in the compiled file, which none of its frames run in.
function isParseError(err) {
  if (err.name !== 'SyntaxError' || typeof err.sourceURL !== 'string' ||
      typeof err.line !== 'number') {
    return false;
  }
  const st = require('internal/util/stack_trace');
  const stack = Object.getOwnPropertyDescriptor(err, 'stack')?.value;
  if (typeof stack !== 'string' || !st.isJscStack(stack)) return false;
  return !st.parseStack(stack).some((f) => f.fileName === err.sourceURL && !f.native &&
    f.lineNumber === err.line);
}

// Engine-made errors carry JSC's stack and message: give them V8's shape before printing.
function normalizeEngineError(err) {
  const st = require('internal/util/stack_trace');
  const desc = Object.getOwnPropertyDescriptor(err, 'stack');
  if (desc === undefined || typeof desc.value !== 'string' || !st.isJscStack(desc.value) ||
      !desc.configurable) {
    return;
  }
  let message = String(err.message);
  let frames = st.callSitesFromJsc(desc.value);
  if (isParseError(err)) {
    message = st.v8SyntaxError(message, st.getSourceLine(err.sourceURL, err.line)).message;
  } else {
    message = st.v8RuntimeMessage(message);
  }
  // Frames of the compiler call itself are not user frames; V8 starts at the loader.
  frames = frames.filter((f) => f.getFileName() !== undefined || f.isEval());
  // JSC makes these enumerable on parse errors; V8 errors have no such properties.
  for (const key of ['line', 'column', 'sourceURL']) {
    const d = Object.getOwnPropertyDescriptor(err, key);
    if (d !== undefined && d.configurable) {
      Object.defineProperty(err, key, { __proto__: null, enumerable: false });
    }
  }
  const name = err.name === undefined ? 'Error' : String(err.name);
  const header = message === '' ? name : `${name}: ${message}`;
  Object.defineProperty(err, 'message', {
    __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
  });
  Object.defineProperty(err, 'stack', {
    __proto__: null, value: st.formatStack(header, frames), writable: true, enumerable: false,
    configurable: true,
  });
}

function describe(err) {
  const { inspect } = require('internal/util/inspect');
  try {
    if (isErrorLike(err)) {
      normalizeEngineError(err);
      return inspect(err);
    }
    if (err === null || (typeof err !== 'object' && typeof err !== 'function')) {
      return `${String(err)}\n(Use \`node --trace-uncaught ...\` to show where the exception ` +
        'was thrown)';
    }
    return inspect(err);
  } catch {
    try {
      return String(err);
    } catch {
      return '[unprintable error]';
    }
  }
}

// Node 22.23.3 reports a non-Error rejection from this line of its own sources.
const kRejectionContext = 'node:internal/process/promises:392\n' +
  '      new UnhandledPromiseRejection(reason);\n      ^\n\n';

function printFatal(err, fromPromise) {
  let out;
  if (isErrorLike(err)) {
    let context;
    try {
      context = fromPromise && err.code === 'ERR_UNHANDLED_REJECTION' &&
        err.name === 'UnhandledPromiseRejection' ? kRejectionContext :
        sourceContext(err, fromPromise);
    } catch {
      context = '';
    }
    out = `${context}${describe(err)}`;
  } else {
    // Node prints where a non-error was thrown; JSC gives no position for it.
    out = `\n${describe(err)}`;
  }
  const version = internalBinding('options').nodeVersion;
  try {
    stdio.writeString(2, `${out}\n\nNode.js ${version}\n`);
  } catch {
    // stderr is gone; nothing left to report to.
  }
}

let handlingError = false;

// Returns normally when the error was handled (a listener or the capture callback ran).
function triggerUncaughtException(err, fromPromise) {
  if (captureCallback !== null) {
    captureCallback(err);
    return;
  }
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (handlingError) {
    // An 'uncaughtException' listener threw: Node reports it and exits with 7.
    printFatal(err, fromPromise);
    process.reallyExit(7);
  }
  handlingError = true;
  try {
    process.emit('uncaughtExceptionMonitor', err, origin);
    if (process.listenerCount('uncaughtException') > 0) {
      process.emit('uncaughtException', err, origin);
      return;
    }
  } catch (handlerError) {
    printFatal(handlerError, false);
    process.reallyExit(7);
  } finally {
    handlingError = false;
  }
  printFatal(err, fromPromise);
  process.exitCode = 1;
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', 1);
    }
  } catch (exitError) {
    printFatal(exitError, false);
    process.reallyExit(7);
  }
  process.reallyExit(process.exitCode === undefined ? 1 : process.exitCode || 1);
}

module.exports = {
  triggerUncaughtException,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
  printFatal,
};
