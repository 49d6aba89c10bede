'use strict';
// node:util — formatting, promisify/callbackify, inheritance, deprecation, type checks,
// deep equality, system error names, styleText, debuglog, parseArgs and call sites.

const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  errnoException,
  exceptionWithHostPort,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
  validateString,
  validateAbortSignal,
} = require('internal/validators');
const internalUtil = require('internal/util');
const { deprecate, promisify, defineLazyProperties } = internalUtil;
const types = require('internal/util/types');
const { debuglog } = require('internal/util/debuglog');

let inspectModule;
function lazyInspect() {
  inspectModule ??= require('internal/util/inspect');
  return inspectModule;
}

// ---- inheritance ---------------------------------------------------------------------------

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  internalUtil.assertValidPrototype(superCtor.prototype);
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// ---- callbackify ---------------------------------------------------------------------------

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would read as success to the callback: wrap it.
  if (!reason) reason = new ERR_FALSY_VALUE_REJECTION(reason);
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// ---- system errors -------------------------------------------------------------------------

let systemErrorMap;
function lazySystemErrorMap() {
  if (systemErrorMap === undefined) {
    systemErrorMap = new Map();
    for (const [errno, name, message] of internalBinding('uv').getErrorMap()) {
      systemErrorMap.set(errno, [name, message]);
    }
  }
  return systemErrorMap;
}

function validateErrno(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
}

function getSystemErrorName(err) {
  validateErrno(err);
  const entry = lazySystemErrorMap().get(err);
  return entry !== undefined ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  validateErrno(err);
  const entry = lazySystemErrorMap().get(err);
  return entry !== undefined ? entry[1] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  const map = new Map();
  for (const [errno, entry] of lazySystemErrorMap()) map.set(errno, [entry[0], entry[1]]);
  return map;
}

// ---- strings -------------------------------------------------------------------------------

function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  return str.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
                     '\ufffd');
}

function isNodeStreamLike(obj) {
  return obj !== null && typeof obj === 'object' && (
    obj._readableState != null || obj._writableState != null ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function'));
}

function isWebStream(obj) {
  return (typeof ReadableStream === 'function' && obj instanceof ReadableStream) ||
    (typeof WritableStream === 'function' && obj instanceof WritableStream);
}

// FORCE_COLOR's colour depth rule (as tty.WriteStream#getColorDepth reads it).
function forcedColorDepth(value) {
  switch (value) {
    case '': case '1': case 'true': return 4;
    case '2': return 8;
    case '3': return 24;
    default: return 1;
  }
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return forcedColorDepth(process.env.FORCE_COLOR) > 2;
  if (!stream || !stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function escapeStyleCode(code) {
  return `\u001b[${code}m`;
}

// Re-opens a style after inner text closed it: the close code becomes the open code (for
// bold/dim, which share a close code, close-then-open). A close code ending the text stays.
function reopenInside(text, open, close) {
  const closeSeq = escapeStyleCode(close);
  const replacement = close === 22 ? closeSeq + escapeStyleCode(open) : escapeStyleCode(open);
  let out = '';
  let from = 0;
  let at;
  while ((at = text.indexOf(closeSeq, from)) !== -1) {
    const end = at + closeSeq.length;
    if (end >= text.length) break;
    out += text.slice(from, at) + replacement;
    from = end;
  }
  return out + text.slice(from);
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (!isNodeStreamLike(stream) && !isWebStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
                                     stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const colors = lazyInspect().inspect.colors;
  const formats = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    if (key === 'none') continue;
    const style = typeof key === 'string' ? colors[key] : undefined;
    if (style === undefined) {
      const valid = Object.keys(colors).map((k) => `'${k}'`).join(', ');
      throw new ERR_INVALID_ARG_VALUE('format', key, `must be one of: ${valid}`);
    }
    if (skipColorize) continue;
    left += escapeStyleCode(style[0]);
    right = escapeStyleCode(style[1]) + right;
    text = reopenInside(text, style[0], style[1]);
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

// ---- call sites ----------------------------------------------------------------------------

const scriptIds = new Map();
function scriptIdOf(name) {
  let id = scriptIds.get(name);
  if (id === undefined) {
    id = String(scriptIds.size + 1);
    scriptIds.set(name, id);
  }
  return id;
}

// CallSite objects for the caller of getCallSites, through V8's stack-trace API when the
// runtime provides it, else from the engine's own stack string.
function captureCallSites(limit) {
  const E = Error;
  const prevPrepare = E.prepareStackTrace;
  const prevLimit = E.stackTraceLimit;
  let sites;
  try {
    E.prepareStackTrace = (_, callSites) => callSites;
    E.stackTraceLimit = limit;
    const holder = {};
    if (typeof E.captureStackTrace === 'function') {
      E.captureStackTrace(holder, getCallSites);
      sites = holder.stack;
    }
  } finally {
    E.prepareStackTrace = prevPrepare;
    E.stackTraceLimit = prevLimit;
  }
  if (Array.isArray(sites)) return sites;
  const stackTrace = require('internal/util/stack_trace');
  const raw = new Error().stack;
  if (typeof raw !== 'string' || !stackTrace.isJscStack(raw)) return [];
  const all = stackTrace.callSitesFromJsc(raw, Infinity);
  let start = 0;
  while (start < all.length &&
         (all[start].getFunctionName() === 'captureCallSites' ||
          all[start].getFunctionName() === 'getCallSites')) {
    start++;
  }
  return all.slice(start, start + limit);
}

function getCallSites(frameCount = 10, options) {
  if (options === undefined && typeof frameCount === 'object') {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined) validateBoolean(options.sourceMap, 'options.sourceMap');
  }
  validateNumber(frameCount, 'frameCount', 1, 200);
  const limit = Math.floor(frameCount);
  const result = [];
  for (const site of captureCallSites(limit)) {
    if (result.length >= limit) break;
    const scriptName = site.getFileName() ?? '';
    const column = site.getColumnNumber() ?? 0;
    result.push({
      __proto__: null,
      functionName: site.getFunctionName() ?? '',
      scriptId: scriptIdOf(scriptName),
      scriptName,
      lineNumber: site.getLineNumber() ?? 0,
      columnNumber: column,
      column,
    });
  }
  return result;
}

let getCallSiteWarned = false;
function getCallSite(frameCount, options) {
  if (!getCallSiteWarned) {
    getCallSiteWarned = true;
    process.emitWarning('The `util.getCallSite` API has been renamed to `util.getCallSites()`.',
                        'ExperimentalWarning');
  }
  return getCallSites(frameCount, options);
}

// ---- legacy --------------------------------------------------------------------------------

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
  'Dec'];

function pad2(n) {
  return n < 10 ? `0${n}` : `${n}`;
}

function timestamp() {
  const d = new Date();
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

function log(...args) {
  process.stdout.write(`${timestamp()} - ${lazyInspect().format(...args)}\n`);
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function isBuffer(arg) {
  const B = globalThis.Buffer;
  return typeof B === 'function' && typeof B.isBuffer === 'function' ? B.isBuffer(arg) :
    types.isUint8Array(arg) && arg.constructor !== Uint8Array &&
      typeof arg.constructor === 'function' && arg.constructor.name === 'Buffer';
}

function isError(e) {
  return types.isNativeError(e) || e instanceof Error;
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

// ---- AbortSignal helpers -------------------------------------------------------------------

function transferableAbortSignal(signal) {
  if (signal === null || typeof signal !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  return signal;
}

function transferableAbortController() {
  const { AbortController } = require('internal/abort_controller');
  return new AbortController();
}

// Resolves with the 'abort' event once `signal` aborts (undefined when it already has).
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return undefined;
  return new Promise((resolve) => {
    signal.addEventListener('abort', resolve, { __proto__: null, once: true });
  });
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

function parseArgs(config) {
  return require('internal/util/parse_args').parseArgs(config);
}

function format(...args) {
  return Reflect.apply(lazyInspect().format, undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  return Reflect.apply(lazyInspect().formatWithOptions, undefined, [inspectOptions, ...args]);
}

function stripVTControlCharacters(str) {
  return lazyInspect().stripVTControlCharacters(str);
}

// ---- exports (Node's order) ----------------------------------------------------------------

module.exports = {
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  _extend: deprecate(extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.',
                     'DEP0060'),
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSite,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect: undefined,
  isArray: deprecate(function isArray(arg) { return Array.isArray(arg); },
                     'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.',
                     'DEP0044'),
  isBoolean: deprecate(function isBoolean(arg) { return typeof arg === 'boolean'; },
                       'The `util.isBoolean` API is deprecated.  Please use `typeof arg === "boolean"` instead.',
                       'DEP0045'),
  isBuffer: deprecate(isBuffer,
                      'The `util.isBuffer` API is deprecated. Please use `Buffer.isBuffer()` instead.',
                      'DEP0046'),
  isDeepStrictEqual,
  isNull: deprecate(function isNull(arg) { return arg === null; },
                    'The `util.isNull` API is deprecated. Please use `arg === null` instead.',
                    'DEP0050'),
  isNullOrUndefined: deprecate(function isNullOrUndefined(arg) { return arg == null; },
                               'The `util.isNullOrUndefined` API is deprecated. Please use `arg === null || arg === undefined` instead.',
                               'DEP0051'),
  isNumber: deprecate(function isNumber(arg) { return typeof arg === 'number'; },
                      'The `util.isNumber` API is deprecated. Please use `typeof arg === "number"` instead.',
                      'DEP0052'),
  isString: deprecate(function isString(arg) { return typeof arg === 'string'; },
                      'The `util.isString` API is deprecated.  Please use `typeof arg === "string"` instead.',
                      'DEP0056'),
  isSymbol: deprecate(function isSymbol(arg) { return typeof arg === 'symbol'; },
                      'The `util.isSymbol` API is deprecated.  Please use `arg === "symbol"` instead.',
                      'DEP0057'),
  isUndefined: deprecate(function isUndefined(arg) { return arg === undefined; },
                         'The `util.isUndefined` API is deprecated. Please use `arg === undefined` instead.',
                         'DEP0058'),
  isRegExp: deprecate(types.isRegExp,
                      'The `util.isRegExp` API is deprecated. Please use `arg instanceof RegExp` instead.',
                      'DEP0055'),
  isObject: deprecate(function isObject(arg) { return arg !== null && typeof arg === 'object'; },
                      'The `util.isObject` API is deprecated. Please use `arg !== null && typeof arg === "object"` instead.',
                      'DEP0053'),
  isDate: deprecate(types.isDate,
                    'The `util.isDate` API is deprecated.  Please use `arg instanceof Date` instead.',
                    'DEP0047'),
  isError: deprecate(isError,
                     'The `util.isError` API is deprecated. Please use `ObjectPrototypeToString(e) === "[object Error]" || e instanceof Error` instead.',
                     'DEP0048'),
  isFunction: deprecate(function isFunction(arg) { return typeof arg === 'function'; },
                        'The `util.isFunction` API is deprecated.  Please use `typeof arg === "function"` instead.',
                        'DEP0049'),
  isPrimitive: deprecate(isPrimitive,
                         'The `util.isPrimitive` API is deprecated. Please use `arg === null || (typeof arg !== "object" && typeof arg !== "function")` instead.',
                         'DEP0054'),
  log: deprecate(log,
                 'The `util.log API is deprecated. Please use console.log() with a custom formatter or a third-party logger instead.',
                 'DEP0059'),
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseArgs,
};

// `inspect` loads its module on first use; the slot above keeps Node's key order.
defineLazyProperties(module.exports, 'internal/util/inspect', ['inspect']);
defineLazyProperties(module.exports, 'internal/encoding', ['TextDecoder', 'TextEncoder']);
