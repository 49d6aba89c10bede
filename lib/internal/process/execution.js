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

// The "file:line\nsource\n   ^\n" block Node prints above a fatal error.
function sourceContext(err) {
  if (err === null || typeof err !== 'object') return '';
  const file = err.sourceURL;
  const line = err.line;
  if (typeof file !== 'string' || typeof line !== 'number' || file.startsWith('node:')) return '';
  let text;
  try {
    text = internalBinding('fs').readFileUtf8(file);
  } catch {
    return '';
  }
  const src = text.split('\n')[line - 1];
  if (src === undefined) return '';
  const column = typeof err.column === 'number' ? Math.max(err.column - 1, 0) : 0;
  return `${file}:${line}\n${src}\n${' '.repeat(column)}^\n\n`;
}

function describe(err) {
  try {
    if (err instanceof Error || (err !== null && typeof err === 'object' && 'stack' in err)) {
      return require('internal/util/inspect').inspect(err);
    }
    return require('internal/util/inspect').inspect(err);
  } catch {
    try {
      return String(err);
    } catch {
      return '[unprintable error]';
    }
  }
}

function printFatal(err, fromPromise) {
  let out = sourceContext(err);
  if (err !== null && typeof err === 'object' && err instanceof Error) {
    out += describe(err);
  } else {
    out += `${fromPromise ? '' : 'Uncaught '}${describe(err)}`;
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
