'use strict';
// process.emitWarning and the default 'warning' printer (stderr, "(node:PID) Type: msg").

let traceHintPrinted = false;

function writeOut(text) {
  try {
    internalBinding('stdio').writeString(2, text);
  } catch {
    // stderr closed
  }
}

// The listener installed on 'warning' at startup, unless --no-warnings.
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += require('internal/util/stack_trace').formatErrorStack(warning);
  } else {
    msg += typeof warning.toString === 'function' ?
      `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceHintPrinted) {
    traceHintPrinted = true;
    const argv0 = require('path').basename(process.argv0 || 'node', '.exe');
    msg += `\n(Use \`${argv0} --trace-${isDeprecation ? 'deprecation' : 'warnings'} ...\` ` +
      'to show where the warning was created)';
  }
  writeOut(`${msg}\n`);
}

function createWarningObject(warning, type, code, ctor, detail) {
  const limit = Error.stackTraceLimit;
  const w = new Error(warning);
  Error.stackTraceLimit = limit;
  w.name = String(type || 'Warning');
  if (code !== undefined) w.code = code;
  if (detail !== undefined) w.detail = detail;
  return w;
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) {
    const v = require('internal/validators');
    v.validateString(type, 'type');
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    require('internal/validators').validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw warning;
  }
  process.nextTick(() => process.emit('warning', warning));
}

module.exports = { emitWarning, onWarning };
