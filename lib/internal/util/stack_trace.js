'use strict';
// V8-style stack traces on JavaScriptCore: JSC's `stack` is a list of `fn@file:line:col`
// frames without the "Name: message" header; Node programs expect V8's format.

// Parses one JSC frame line into { functionName, fileName, lineNumber, columnNumber }.
function parseFrame(line) {
  const at = line.lastIndexOf('@');
  const functionName = at > 0 ? line.slice(0, at) : '';
  const location = at >= 0 ? line.slice(at + 1) : line;
  const m = /^(.*):(\d+):(\d+)$/.exec(location);
  if (m === null) return { functionName, fileName: location, lineNumber: null, columnNumber: null };
  return { functionName, fileName: m[1], lineNumber: +m[2], columnNumber: +m[3] };
}

function parseStack(stack) {
  if (typeof stack !== 'string' || stack === '') return [];
  return stack.split('\n').filter((l) => l !== '').map(parseFrame);
}

function formatFrame(f) {
  const loc = f.lineNumber === null ? f.fileName : `${f.fileName}:${f.lineNumber}:${f.columnNumber}`;
  if (f.functionName === '' || f.functionName === 'global code' ||
      f.functionName === 'module code') {
    return `    at ${loc}`;
  }
  return `    at ${f.functionName} (${loc})`;
}

// True when a stack string is already in V8's shape (has a header line or "    at" frames).
function isV8Stack(stack) {
  return /^\s+at /m.test(stack) || !/@|:\d+:\d+$/m.test(stack.split('\n')[0]);
}

function errorHeader(err) {
  let name;
  let message;
  try {
    name = err.name;
    message = err.message;
  } catch {
    return 'Error';
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

// Returns err.stack in V8's format, converting JSC frames when needed.
function formatErrorStack(err) {
  const stack = err.stack;
  if (typeof stack !== 'string') return errorHeader(err);
  if (isV8Stack(stack)) return stack;
  const frames = parseStack(stack).filter((f) => f.fileName !== '[native code]');
  const lines = frames.map(formatFrame);
  return [errorHeader(err), ...lines].join('\n');
}

module.exports = { parseStack, parseFrame, formatFrame, formatErrorStack, errorHeader };
