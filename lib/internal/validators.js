'use strict';
// Argument validators shared by lib/: each throws Node's ERR_* error (code and message) on bad input.

const {
  hideStackFrames,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
    ERR_SOCKET_BAD_PORT,
    ERR_UNKNOWN_SIGNAL,
  },
} = require('internal/errors');

const kMaxSafe = Number.MAX_SAFE_INTEGER;
const kMinSafe = Number.MIN_SAFE_INTEGER;

function isInt32(value) {
  return value === (value | 0);
}

function isUint32(value) {
  return value === (value >>> 0);
}

const validateInteger = hideStackFrames((value, name, min = kMinSafe, max = kMaxSafe) => {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
});

const validateInt32 = hideStackFrames((value, name, min = -2147483648, max = 2147483647) => {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
});

// `positive` excludes 0.
const validateUint32 = hideStackFrames((value, name, positive = false) => {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  const min = positive ? 1 : 0;
  const max = 4294967295;
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
});

const kModeDescription = 'must be a 32-bit unsigned integer or an octal string';

// A file mode given as a number or an octal string ('755'); `def` when nullish.
function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) throw new ERR_INVALID_ARG_VALUE(name, value, kModeDescription);
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

const validateString = hideStackFrames((value, name) => {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
});

// Bounds are optional; NaN fails as soon as any bound is given.
const validateNumber = hideStackFrames((value, name, min = undefined, max) => {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  const hasMin = min != null;
  const hasMax = max != null;
  if ((hasMin && value < min) || (hasMax && value > max) || ((hasMin || hasMax) && Number.isNaN(value))) {
    const parts = [];
    if (hasMin) parts.push(`>= ${min}`);
    if (hasMax) parts.push(`<= ${max}`);
    throw new ERR_OUT_OF_RANGE(name, parts.join(' && '), value);
  }
});

const validateOneOf = hideStackFrames((value, name, oneOf) => {
  if (oneOf.includes(value)) return;
  const allowed = oneOf.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
  throw new ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${allowed}`);
});

const validateBoolean = hideStackFrames((value, name) => {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
});

const kValidateObjectNone = 0;
const kValidateObjectAllowNullable = 1 << 0;
const kValidateObjectAllowArray = 1 << 1;
const kValidateObjectAllowFunction = 1 << 2;
const kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
const kValidateObjectAllowObjectsAndNull = kValidateObjectAllowNullable | kValidateObjectAllowObjects;

// `options` is a kValidateObject* bit set, or the older { nullable, allowArray, allowFunction } object.
const validateObject = hideStackFrames((value, name, options = kValidateObjectNone) => {
  let flags = options;
  if (options !== null && typeof options === 'object') {
    flags = (options.nullable ? kValidateObjectAllowNullable : 0) |
      (options.allowArray ? kValidateObjectAllowArray : 0) |
      (options.allowFunction ? kValidateObjectAllowFunction : 0);
  }
  const nullable = (flags & kValidateObjectAllowNullable) !== 0;
  const allowArray = (flags & kValidateObjectAllowArray) !== 0;
  const allowFunction = (flags & kValidateObjectAllowFunction) !== 0;
  if (value === null) {
    if (!nullable) throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
    return;
  }
  if (Array.isArray(value)) {
    if (!allowArray) throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
    return;
  }
  if (typeof value === 'object') return;
  if (typeof value === 'function' && allowFunction) return;
  throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
});

// WebIDL dictionaries: undefined, null, objects and functions.
const validateDictionary = hideStackFrames((value, name) => {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'a dictionary', value);
  }
});

const validateArray = hideStackFrames((value, name, minLength = 0) => {
  if (!Array.isArray(value)) throw new ERR_INVALID_ARG_TYPE(name, 'Array', value);
  if (value.length < minLength) {
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be longer than ${minLength}`);
  }
});

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateBoolean(value[i], `${name}[${i}]`);
}

function validateAbortSignalArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateAbortSignal(value[i], `${name}[${i}]`);
}

// Linux numbering; replaced by the constants binding when the runtime has it.
const kFallbackSignals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7, SIGFPE: 8,
  SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
  SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24,
  SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

let signalTable;
function signals() {
  if (signalTable === undefined) {
    try {
      const os = internalBinding('constants').os;
      if (os && os.signals) signalTable = os.signals;
    } catch {
      signalTable = undefined;
    }
    if (signalTable === undefined) signalTable = kFallbackSignals;
  }
  return signalTable;
}

function validateSignalName(signal, name = 'signal') {
  validateString(signal, name);
  const table = signals();
  if (Object.hasOwn(table, signal)) return;
  if (Object.hasOwn(table, signal.toUpperCase())) {
    throw new ERR_UNKNOWN_SIGNAL(`${signal} (signals must use all capital letters)`);
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

const validateBuffer = hideStackFrames((buffer, name = 'buffer') => {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
});

// Only 'hex' constrains the data: it needs an even number of characters.
function validateEncoding(data, encoding) {
  if (typeof encoding !== 'string' || encoding.toLowerCase() !== 'hex') return;
  const length = data.length;
  if (length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${length}`);
  }
}

// Accepts a number or numeric string in 0..65535 (1..65535 without allowZero); returns it as a number.
function validatePort(port, name = 'Port', allowZero = true) {
  const kind = typeof port;
  if ((kind !== 'number' && kind !== 'string') ||
      (kind === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw new ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

const validateAbortSignal = hideStackFrames((signal, name) => {
  if (signal !== undefined &&
      (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
});

const validateFunction = hideStackFrames((value, name) => {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
});

function isAsyncFunction(fn) {
  const tag = fn[Symbol.toStringTag];
  return tag === 'AsyncFunction' || tag === 'AsyncGeneratorFunction';
}

const validatePlainFunction = hideStackFrames((value, name) => {
  if (typeof value !== 'function' || isAsyncFunction(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
});

const validateUndefined = hideStackFrames((value, name) => {
  if (value !== undefined) throw new ERR_INVALID_ARG_TYPE(name, 'undefined', value);
});

function validateUnion(value, name, union) {
  if (!union.includes(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, `('${union.join('|')}')`, value);
  }
}

const validateStringWithoutNullBytes = hideStackFrames((value, name) => {
  validateString(value, name);
  if (value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
});

const kLinkHeaderFormat = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';

// A `; param` part: a token without spaces, `;` or quotes, or `token="value"`.
function isLinkParam(part) {
  if (part === '' || /[\s;]/.test(part)) return false;
  if (!part.includes('"')) return true;
  const eq = part.indexOf('="');
  if (eq <= 0 || part.length < eq + 3 || !part.endsWith('"')) return false;
  return !part.slice(0, eq).includes('"') && !part.slice(eq + 2, -1).includes('"');
}

// `<uri>` followed by `; param` parts, e.g. `</styles.css>; rel=preload; as=style`.
function isLinkHeader(value) {
  const str = `${value}`;
  if (str[0] !== '<') return false;
  const close = str.indexOf('>');
  if (close === -1) return false;
  const rest = str.slice(close + 1);
  if (rest === '') return true;
  if (/\s$/.test(rest)) return false;
  const parts = rest.split(';');
  if (parts[0].trim() !== '') return false;
  for (let i = 1; i < parts.length; i++) {
    if (!isLinkParam(parts[i].trim())) return false;
  }
  return true;
}

function checkLinkHeader(value, name) {
  if (value === undefined || !isLinkHeader(value)) {
    throw new ERR_INVALID_ARG_VALUE(name, value, kLinkHeaderFormat);
  }
}

// Returns the Link header text for early hints.
function validateLinkHeaderValue(hints) {
  if (typeof hints === 'string') {
    checkLinkHeader(hints, 'hints');
    return hints;
  }
  if (Array.isArray(hints)) {
    for (const link of hints) checkLinkHeader(link, 'hints');
    return hints.join(', ');
  }
  throw new ERR_INVALID_ARG_VALUE('hints', hints, kLinkHeaderFormat);
}

// Brand check for methods whose receiver must carry `fieldKey`.
const validateThisInternalField = hideStackFrames((object, fieldKey, className) => {
  if (typeof object !== 'object' || object === null || !(fieldKey in object)) {
    throw new ERR_INVALID_THIS(className);
  }
});

// false for undefined and NaN (use the default), true for finite numbers, throws otherwise.
function validateFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!validateFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

module.exports = {
  isInt32,
  isUint32,
  parseFileMode,
  validateArray,
  validateStringArray,
  validateBooleanArray,
  validateAbortSignalArray,
  validateBoolean,
  validateBuffer,
  validateDictionary,
  validateEncoding,
  validateFunction,
  validateInt32,
  validateInteger,
  validateNumber,
  validateObject,
  kValidateObjectNone,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateOneOf,
  validatePlainFunction,
  validatePort,
  validateSignalName,
  validateString,
  validateStringWithoutNullBytes,
  validateUint32,
  validateUndefined,
  validateUnion,
  validateAbortSignal,
  validateLinkHeaderValue,
  validateThisInternalField,
  validateFiniteNumber,
  checkRangesOrGetDefault,
};
