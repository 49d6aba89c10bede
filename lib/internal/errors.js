'use strict';
// Node's ERR_* error table (`codes`) and the builders for system, errno, DNS and abort errors.

// Error objects here must look exactly like Node's: same `name`, `code`, `message`, `toString()`,
// first stack line (`TypeError [ERR_X]: msg`), own enumerable keys and prototype chain.

const kIsNodeError = Symbol('kIsNodeError');

const { hasOwn } = Object;
const defineProperty = Object.defineProperty;

// ---------------------------------------------------------------------------
// Lazy collaborators. inspect is written elsewhere; until it can be loaded a
// small fallback renders primitives the way util.inspect does.

let inspectImpl;
function inspect(value, options) {
  if (inspectImpl === undefined) {
    try {
      inspectImpl = require('internal/util/inspect').inspect;
    } catch {
      inspectImpl = null;
    }
    if (typeof inspectImpl !== 'function') inspectImpl = null;
  }
  if (inspectImpl !== null) return inspectImpl(value, options);
  const depth = options && typeof options.depth === 'number' ? options.depth : 2;
  return fallbackInspect(value, depth);
}

function quoteString(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) quote = '"';
    else if (!str.includes('`') && !str.includes('${')) quote = '`';
  }
  let out = '';
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (ch === '\v') out += '\\v';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).toUpperCase().padStart(2, '0');
    else out += ch;
  }
  return quote + out + quote;
}

function fallbackInspect(value, depth) {
  switch (typeof value) {
    case 'string': return quoteString(value);
    case 'number': return Object.is(value, -0) ? '-0' : String(value);
    case 'bigint': return `${value}n`;
    case 'symbol': return value.toString();
    case 'undefined': return 'undefined';
    case 'boolean': return String(value);
    case 'function': {
      const kind = /^class\b/.test(Function.prototype.toString.call(value)) ? 'class' : 'Function';
      if (kind === 'class') return value.name ? `[class ${value.name}]` : '[class (anonymous)]';
      return value.name ? `[Function: ${value.name}]` : '[Function (anonymous)]';
    }
  }
  if (value === null) return 'null';
  if (value instanceof Error) return value.stack || String(value);
  if (Array.isArray(value)) {
    if (depth < 0) return '[Array]';
    if (value.length === 0) return '[]';
    return `[ ${value.map((v) => fallbackInspect(v, depth - 1)).join(', ')} ]`;
  }
  const proto = Object.getPrototypeOf(value);
  const ctor = proto === null ? null : (proto.constructor && proto.constructor.name) || null;
  const prefix = ctor === null ? '[Object: null prototype] ' : ctor === 'Object' ? '' : `${ctor} `;
  const keys = Object.keys(value);
  if (keys.length === 0) return `${prefix}{}`;
  if (depth < 0) return `[${ctor === null ? 'Object: null prototype' : ctor}]`;
  const parts = keys.map((k) => {
    const key = /^[A-Za-z_$][\w$]*$/.test(k) ? k : quoteString(k);
    return `${key}: ${fallbackInspect(value[k], depth - 1)}`;
  });
  return `${prefix}{ ${parts.join(', ')} }`;
}

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) {
    try {
      BufferCtor = require('buffer').Buffer;
    } catch {
      BufferCtor = null;
    }
  }
  return BufferCtor;
}

let uvBinding;
function lazyUv() {
  if (uvBinding === undefined) {
    uvBinding = null;
    try {
      if (typeof internalBinding === 'function') uvBinding = internalBinding('uv') || null;
    } catch {
      uvBinding = null;
    }
  }
  return uvBinding;
}

// ---------------------------------------------------------------------------
// Small formatting helpers shared by the message templates.

// 4294967296 -> 4_294_967_296 (sign kept, digits grouped by three from the right).
function addNumericalSeparator(val) {
  const str = String(val);
  const sign = str[0] === '-' ? '-' : '';
  const digits = sign ? str.slice(1) : str;
  let out = '';
  let end = digits.length;
  while (end > 3) {
    out = `_${digits.slice(end - 3, end)}${out}`;
    end -= 3;
  }
  return sign + digits.slice(0, end) + out;
}

// ['a', 'b', 'c'] -> 'a, b, and c'; two items -> 'a and b'.
function formatList(array, type = 'and') {
  const join = Array.prototype.join;
  if (array.length < 3) return join.call(array, ` ${type} `);
  return `${join.call(Array.prototype.slice.call(array, 0, -1), ', ')}, ${type} ${array[array.length - 1]}`;
}

// The "Received ..." part of type errors.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  if (type === 'function') return `function ${value.name}`;
  if (type === 'object') {
    const ctor = value.constructor;
    if (ctor && 'name' in ctor) return `an instance of ${ctor.name}`;
    return `${inspect(value, { depth: -1 })}`;
  }
  if (type === 'string') {
    // Strings are shown raw (no escapes), cut to 25 characters, quoted like inspect.
    const shown = value.length > 28 ? `${value.slice(0, 25)}...` : value;
    if (!shown.includes("'")) return `type string ('${shown}')`;
    return `type string ("${shown.replace(/"/g, '\\"')}")`;
  }
  return `type ${type} (${inspect(value, { colors: false })})`;
}

function formatNumberArg(n) {
  return Object.is(n, -0) ? '-0' : `${n}`;
}

function hasUserToString(obj) {
  // util.format's %s calls a user-defined toString; built-in objects are inspected.
  let proto = obj;
  while (proto !== null && proto !== undefined) {
    const desc = Object.getOwnPropertyDescriptor(proto, 'toString');
    if (desc !== undefined) {
      const owner = proto.constructor;
      return !(proto === Object.prototype || proto === Error.prototype ||
        proto === Array.prototype || proto === Date.prototype ||
        proto === RegExp.prototype || proto === Function.prototype ||
        (typeof owner === 'function' && isBuiltinCtor(owner)));
    }
    proto = Object.getPrototypeOf(proto);
  }
  return false;
}

function isBuiltinCtor(fn) {
  try {
    return /\{\s*\[native code\]\s*\}\s*$/.test(Function.prototype.toString.call(fn));
  } catch {
    return false;
  }
}

// printf-style substitution used by string templates: %s %d %i %f %j %o %O %%.
function substitute(template, args) {
  let argIndex = 0;
  return template.replace(/%[sdifjoO%]/g, (spec) => {
    if (spec === '%%') return '%';
    if (argIndex >= args.length) return spec;
    const arg = args[argIndex++];
    switch (spec) {
      case '%s':
        if (typeof arg === 'number') return formatNumberArg(arg);
        if (typeof arg === 'bigint') return `${arg}n`;
        if (typeof arg === 'symbol') return String(arg);
        if (typeof arg !== 'object' || arg === null || hasUserToString(arg)) return String(arg);
        return inspect(arg, { depth: 0, colors: false, compact: 3 });
      case '%d':
        if (typeof arg === 'bigint') return `${arg}n`;
        if (typeof arg === 'symbol' || (typeof arg === 'object' && arg !== null)) return 'NaN';
        return formatNumberArg(Number(arg));
      case '%i':
        if (typeof arg === 'bigint') return `${arg}n`;
        if (typeof arg === 'symbol') return 'NaN';
        return formatNumberArg(parseInt(arg, 10));
      case '%f':
        if (typeof arg === 'symbol') return 'NaN';
        return formatNumberArg(parseFloat(arg));
      case '%j':
        try {
          return JSON.stringify(arg);
        } catch (err) {
          if (/circular/i.test(String(err && err.message))) return '[Circular]';
          throw err;
        }
      default:
        return inspect(arg, { showHidden: spec === '%o', depth: 4 });
    }
  });
}

function countPlaceholders(template) {
  const m = template.match(/%[sdifjoO]/g);
  return m === null ? 0 : m.length;
}

// ---------------------------------------------------------------------------
// Stack header. V8 (and cnode's V8-style stack emulation) format the header
// lazily from the error's name, so the name is masked while the stack is first
// read; an engine stack without a header (plain JSC frames) gets one prepended.

function setStackHeader(err, name, code) {
  const tagged = code === undefined ? name : `${name} [${code}]`;
  let stack;
  try {
    defineProperty(err, 'name', { value: tagged, writable: true, enumerable: false, configurable: true });
    stack = err.stack;
  } catch {
    stack = undefined;
  } finally {
    delete err.name;
  }
  if (typeof stack !== 'string') return;
  const message = err.message;
  const header = message ? `${tagged}: ${message}` : tagged;
  if (stack.startsWith(header)) return;
  let rest;
  if (stack.startsWith(name)) {
    const at = stack.search(/\n\s+at /);
    rest = at === -1 ? '' : stack.slice(at);
  } else {
    rest = stack ? `\n${stack}` : '';
  }
  try {
    defineProperty(err, 'stack', {
      value: header + rest, writable: true, enumerable: false, configurable: true,
    });
  } catch {
    // A non-configurable engine stack stays as it is.
  }
}

function captureStack(err, ctor) {
  if (typeof Error.captureStackTrace === 'function') {
    try {
      Error.captureStackTrace(err, ctor);
    } catch {
      // keep the engine's own stack
    }
  }
}

// ---------------------------------------------------------------------------
// The ERR_* constructors.

const codes = {};
const messages = new Map();

function internalAssertion(message) {
  return new codes.ERR_INTERNAL_ASSERTION(message);
}

// Builds the message for `code`, collecting properties that function templates
// put on `self` (they are copied onto the error after `code`).
function buildMessage(code, template, args, self) {
  if (typeof template === 'function') {
    if (args.length < template.length) {
      throw internalAssertion(`Code: ${code}; The provided arguments length (${args.length}) ` +
        `does not match the required ones (${template.length}).`);
    }
    return template.apply(self, args);
  }
  const expected = countPlaceholders(template);
  if (args.length !== expected) {
    throw internalAssertion(`Code: ${code}; The provided arguments length (${args.length}) ` +
      `does not match the required ones (${expected}).`);
  }
  return expected === 0 ? template : substitute(template, args);
}

function copyExtras(err, self) {
  for (const key of Object.keys(self)) err[key] = self[key];
}

function makeNodeError(Base, code, template) {
  const NodeError = class NodeError extends Base {
    constructor(...args) {
      const self = {};
      const message = buildMessage(code, template, args, self);
      super(message);
      // Templates may return a non-string (ERR_ACCESS_DENIED, ERR_TEST_FAILURE): kept as given, like Node.
      defineProperty(this, 'message', { value: message, writable: true, enumerable: false, configurable: true });
      captureStack(this, new.target);
      this.code = code;
      copyExtras(this, self);
      setStackHeader(this, Base.prototype.name, code);
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  };
  defineProperty(NodeError.prototype, 'constructor', {
    value: Base, writable: true, enumerable: false, configurable: true,
  });
  defineProperty(NodeError.prototype, kIsNodeError, {
    value: true, writable: false, enumerable: false, configurable: true,
  });
  return NodeError;
}

// Codes that Node raises from C++: a plain Base error with an own `code`, so
// toString() and the stack header carry no "[code]".
function makeNativeError(Base, code, template) {
  function NativeNodeError(...args) {
    const message = typeof template === 'function' ? template(...args) : substitute(template, args);
    const err = new Base(message);
    captureStack(err, NativeNodeError);
    setStackHeader(err, Base.prototype.name, undefined);
    err.code = code;
    return err;
  }
  defineProperty(NativeNodeError, 'name', { value: 'NodeError' });
  NativeNodeError.prototype = Base.prototype;
  return NativeNodeError;
}

// Classes are made on first use: programs touch a handful of the several hundred codes, and
// making them all would cost every program several milliseconds at startup.
function defineLazyCode(code, make) {
  Object.defineProperty(codes, code, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      const ctor = make();
      Object.defineProperty(codes, code, {
        __proto__: null, value: ctor, writable: true, enumerable: true, configurable: true,
      });
      return ctor;
    },
    set(value) {
      Object.defineProperty(codes, code, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    },
  });
}

function defineCode(code, template, Base, ...otherBases) {
  messages.set(code, template);
  defineLazyCode(code, () => {
    const ctor = makeNodeError(Base, code, template);
    ctor.HideStackFramesError = ctor;
    for (const Other of otherBases) {
      const variant = makeNodeError(Other, code, template);
      variant.HideStackFramesError = variant;
      ctor[Other.name] = variant;
    }
    return ctor;
  });
}

function defineNativeCode(code, template, Base) {
  messages.set(code, template);
  defineLazyCode(code, () => {
    const ctor = makeNativeError(Base, code, template);
    ctor.HideStackFramesError = ctor;
    return ctor;
  });
}

// ---------------------------------------------------------------------------
// SystemError: errors that wrap a libuv/OS failure inside an ERR_* code.
// `context` is { errno, code, message, syscall, path?, dest? }.

class SystemError extends Error {
  constructor(key, context, prefix) {
    let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    super(message);
    captureStack(this, new.target);
    this.code = key;
    setStackHeader(this, 'SystemError', key);
    defineProperty(this, 'name', { value: 'SystemError', writable: true, enumerable: false, configurable: true });
    defineProperty(this, 'info', { value: context, writable: false, enumerable: true, configurable: true });
    defineProperty(this, 'errno', {
      get() { return context.errno; },
      set(value) { context.errno = value; },
      enumerable: true,
      configurable: true,
    });
    defineProperty(this, 'syscall', {
      get() { return context.syscall; },
      set(value) { context.syscall = value; },
      enumerable: true,
      configurable: true,
    });
    for (const field of ['path', 'dest']) {
      if (context[field] === undefined) continue;
      defineProperty(this, field, {
        get() { return context[field] != null ? context[field].toString() : context[field]; },
        set(value) {
          const B = lazyBuffer();
          context[field] = value ? (B ? B.from(value.toString()) : value.toString()) : undefined;
        },
        enumerable: true,
        configurable: true,
      });
    }
    defineProperty(this, kIsNodeError, { value: true, writable: false, enumerable: false, configurable: true });
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function defineSystemCode(code, prefix) {
  messages.set(code, prefix);
  defineLazyCode(code, () => {
    const NodeError = class NodeError extends SystemError {
      constructor(context) {
        super(code, context, prefix);
      }
    };
    NodeError.HideStackFramesError = NodeError;
    return NodeError;
  });
}

// ---------------------------------------------------------------------------
// Function templates. `this` is a bag of extra properties for the error;
// the declared parameter count is the minimum number of arguments.

const kTypeNames = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const kClassName = /^(?:[A-Z][a-z0-9]*)+$/;

function describeExpected(expected) {
  const list = Array.isArray(expected) ? expected : [expected];
  const types = [];
  const instances = [];
  const others = [];
  for (const item of list) {
    if (typeof item !== 'string') throw internalAssertion('All expected entries have to be of type string');
    if (kTypeNames.includes(item)) types.push(item.toLowerCase());
    else if (kClassName.test(item)) instances.push(item);
    else others.push(item);
  }
  // "object" reads better as "an instance of ... or Object" once instances are listed.
  if (instances.length > 0) {
    const at = types.indexOf('object');
    if (at !== -1) {
      types.splice(at, 1);
      instances.push('Object');
    }
  }
  const parts = [];
  if (types.length > 0) {
    parts.push(types.length === 1 ? `of type ${types[0]}` : `one of type ${formatList(types, 'or')}`);
  }
  if (instances.length > 0) {
    parts.push(`an instance of ${formatList(instances, 'or')}`);
  }
  if (others.length > 0) {
    if (others.length > 1) parts.push(`one of ${formatList(others, 'or')}`);
    else parts.push(others[0].toLowerCase() !== others[0] ? `an ${others[0]}` : others[0]);
  }
  return parts.join(' or ');
}

function invalidArgType(name, expected, actual) {
  if (typeof name !== 'string') throw internalAssertion("'name' must be a string");
  let subject;
  if (name.endsWith(' argument')) subject = `The ${name}`;
  else subject = `The "${name}" ${name.includes('.') ? 'property' : 'argument'}`;
  return `${subject} must be ${describeExpected(expected)}. Received ${determineSpecificType(actual)}`;
}

function invalidArgValue(name, value, reason = 'is invalid') {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = String(name).includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${shown}`;
}

function outOfRange(str, range, input, replaceDefaultBoolean = false) {
  if (!range) throw internalAssertion('Missing "range" argument');
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    const limit = 2n ** 32n;
    if (input > limit || input < -limit) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}

function missingArgs(...names) {
  if (names.length === 0) throw internalAssertion('At least one arg needs to be specified');
  const quoted = names.map((n) => (Array.isArray(n) ? n.map((x) => `"${x}"`).join(' or ') : `"${n}"`));
  let subject;
  if (quoted.length === 1) subject = `${quoted[0]} argument`;
  else if (quoted.length === 2) subject = `${quoted[0]} and ${quoted[1]} arguments`;
  else subject = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]} arguments`;
  return `The ${subject} must be specified`;
}

const kInternalAssertionSuffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js ' +
  'internals.\nPlease open an issue with this stack trace at https://github.com/nodejs/node/issues\n';

function importedFrom(base) {
  return base ? ` imported from ${base}` : '';
}

const functionTemplates = [
  ['ERR_ACCESS_DENIED', function (message, permission = '', resource = '') {
    this.permission = permission;
    this.resource = resource;
    return message;
  }, Error],
  ['ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => (name ?
    `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'), RangeError],
  ['ERR_ENCODING_INVALID_ENCODED_DATA', function (encoding, ret) {
    this.errno = ret;
    return `The encoded data was not valid for encoding ${encoding}`;
  }, TypeError],
  ['ERR_FALSY_VALUE_REJECTION', function (reason) {
    this.reason = reason;
    return 'Promise was rejected with falsy value';
  }, Error],
  ['ERR_HTTP2_INVALID_SETTING_VALUE', function (name, actual, min = undefined, max) {
    this.actual = actual;
    if (min !== undefined) {
      this.min = min;
      this.max = max;
    }
    return `Invalid value for setting "${name}": ${actual}`;
  }, TypeError, RangeError],
  ['ERR_HTTP2_STREAM_CANCEL', function (error) {
    let msg = 'The pending stream has been canceled';
    if (error) {
      this.cause = error;
      if (typeof error.message === 'string') msg += ` (caused by: ${error.message})`;
    }
    return msg;
  }, Error],
  ['ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', (key, value, url = undefined) =>
    `Import attribute "${key}" with value "${value}" is not supported${url ? ` in ${url}` : ''}`, TypeError],
  ['ERR_INTERNAL_ASSERTION', (message) =>
    (message === undefined ? kInternalAssertionSuffix : `${message}\n${kInternalAssertionSuffix}`), Error],
  ['ERR_INVALID_ADDRESS_FAMILY', function (addressType, host, port) {
    this.host = host;
    this.port = port;
    return `Invalid address family: ${addressType} ${host}:${port}`;
  }, RangeError],
  ['ERR_INVALID_ARG_TYPE', invalidArgType, TypeError],
  ['ERR_INVALID_ARG_VALUE', invalidArgValue, TypeError, RangeError],
  ['ERR_INVALID_CHAR', (name, field = undefined) =>
    `Invalid character in ${name}${field !== undefined ? ` ["${field}"]` : ''}`, TypeError],
  ['ERR_INVALID_FILE_URL_PATH', function (path, input) {
    this.input = input;
    return `File URL path ${path}`;
  }, TypeError],
  ['ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) =>
    `The MIME syntax for a ${production} in "${str}" is invalid${invalidIndex !== -1 ? ` at ${invalidIndex}` : ''}`,
  TypeError],
  ['ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) =>
    `Invalid module "${request}" ${reason}${importedFrom(base)}`, TypeError],
  ['ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
    `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`, Error],
  ['ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
    const needsDotSlash = typeof target === 'string' && !isImport && target.length > 0 && !target.startsWith('./');
    const tail = `${importedFrom(base)}${needsDotSlash ? '; targets must start with "./"' : ''}`;
    if (key === '.') {
      return `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ` +
        `${pkgPath}package.json${tail}`;
    }
    return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ` +
      `in the package config ${pkgPath}package.json${tail}`;
  }, Error],
  ['ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) =>
    `Expected a valid ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
    `${determineSpecificType(value)}.`, TypeError],
  ['ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) =>
    `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ` +
    `${determineSpecificType(value)}.`, TypeError],
  ['ERR_INVALID_RETURN_VALUE', (input, name, value) =>
    `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`,
  TypeError, RangeError],
  ['ERR_INVALID_URL', function (input, base = null) {
    this.input = input;
    if (base != null) this.base = base;
    return 'Invalid URL';
  }, TypeError],
  ['ERR_INVALID_URL_SCHEME', (expected) => {
    const list = typeof expected === 'string' ? [expected] : expected;
    if (!(list.length <= 2)) throw internalAssertion();
    const what = list.length === 2 ? `one of scheme ${list[0]} or ${list[1]}` : `of scheme ${list[0]}`;
    return `The URL must be ${what}`;
  }, TypeError],
  ['ERR_IP_BLOCKED', (ip) => `IP(${ip}) is blocked by net.BlockList`, Error],
  ['ERR_MISSING_ARGS', missingArgs, TypeError],
  ['ERR_MODULE_NOT_FOUND', function (path, base, exactUrl) {
    if (exactUrl) this.url = `${exactUrl}`;
    return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
  }, Error],
  ['ERR_OUT_OF_RANGE', outOfRange, RangeError],
  ['ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
    `Package import specifier "${specifier}" is not defined` +
    `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`, TypeError],
  ['ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
    if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${importedFrom(base)}`;
    return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${importedFrom(base)}`;
  }, Error],
  ['ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
    const hint = allowPositionals ? '. To specify a positional argument starting with a \'-\', place it at the ' +
      `end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
    return `Unknown option '${option}'${hint}`;
  }, TypeError],
  ['ERR_REQUIRE_ASYNC_MODULE', (filename, parentFilename) => {
    let msg = 'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where ' +
      'the top-level await comes from, use --experimental-print-required-tla.';
    if (parentFilename) msg += `\n  From ${parentFilename} `;
    if (filename) msg += `\n  Requiring ${filename} `;
    return msg;
  }, Error],
  ['ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) => {
    let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
    if (!packageJsonPath) {
      if (`${filename}`.endsWith('.mjs')) {
        msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all ` +
          'CommonJS modules.';
      }
      return msg;
    }
    const baseOf = (p) => (typeof p === 'string' ? p.slice(p.lastIndexOf('/') + 1) : '');
    const shown = baseOf(filename) === baseOf(parentPath) ? filename : baseOf(filename);
    if (hasEsmSyntax) {
      return `${msg}\nInstead change the require of ${shown} in ${parentPath} to a dynamic import() which is ` +
        'available in all CommonJS modules.';
    }
    return `${msg}\n${shown} is treated as an ES module file as it is a .js file whose nearest parent package.json ` +
      'contains "type": "module" which declares all .js files in that package scope as ES modules.\nInstead ' +
      `either rename ${shown} to end in .cjs, change the requiring code to use dynamic import() which is ` +
      'available in all CommonJS modules, or change "type": "module" to "type": "commonjs" in ' +
      `${packageJsonPath} to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n`;
  }, Error],
  ['ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
    if (typeof allowZero !== 'boolean') {
      throw internalAssertion("The 'allowZero' argument must be of type boolean.");
    }
    return `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${determineSpecificType(port)}.`;
  }, RangeError],
  ['ERR_TEST_FAILURE', function (error, failureType) {
    if (typeof failureType !== 'string' && typeof failureType !== 'symbol') {
      throw internalAssertion("The 'failureType' argument must be of type string or symbol.");
    }
    this.failureType = failureType;
    this.cause = error;
    return `${(error !== null && error !== undefined ? error.message : undefined) ?? error}`;
  }, Error],
  ['ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', (protocol, protocols) =>
    `ALPN callback returned a value (${protocol}) that did not match any of the client's offered protocols ` +
    `(${protocols.join(', ')})`, TypeError],
  ['ERR_TLS_CERT_ALTNAME_INVALID', function (reason, host, cert) {
    this.reason = reason;
    this.host = host;
    this.cert = cert;
    return `Hostname/IP does not match certificate's altnames: ${reason}`;
  }, Error],
  ['ERR_UNHANDLED_ERROR', (err = undefined) => (err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`),
    Error],
  ['ERR_UNSUPPORTED_DIR_IMPORT', function (path, base, exactUrl) {
    if (exactUrl) this.url = exactUrl;
    return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
  }, Error],
  ['ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) =>
    `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader. ` +
    `Received protocol '${url.protocol}'`, Error],
  ['ERR_VM_MODULE_LINK_FAILURE', function (message, cause) {
    this.cause = cause;
    return message;
  }, Error],
  ['ERR_WORKER_INVALID_EXEC_ARGV', (errors, msg = 'invalid execArgv flags') =>
    `Initiated Worker with ${msg}: ${Array.prototype.join.call(errors, ', ')}`, Error],
  ['ERR_WORKER_PATH', (filename) => {
    filename = `${filename}`;
    let msg = 'The worker script or module filename must be an absolute path or a relative path starting with ' +
      '\'./\' or \'../\'.';
    if (filename.startsWith('file://')) msg += ' Wrap file:// URLs with `new URL`.';
    else if (filename.startsWith('data:text/javascript')) msg += ' Wrap data: URLs with `new URL`.';
    return `${msg} Received "${filename}"`;
  }, TypeError],
];

// SystemError-based codes: the message prefix; the rest comes from the context.
const systemCodes = [
  ['ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory'],
  ['ERR_FS_CP_EEXIST', 'Target already exists'],
  ['ERR_FS_CP_EINVAL', 'Invalid src or dest'],
  ['ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe'],
  ['ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory'],
  ['ERR_FS_CP_SOCKET', 'Cannot copy a socket file'],
  ['ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self'],
  ['ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type'],
  ['ERR_FS_EISDIR', 'Path is a directory'],
  ['ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size'],
  ['ERR_SYSTEM_ERROR', 'A system error occurred'],
  ['ERR_TTY_INIT_FAILED', 'TTY initialization failed'],
];

// String templates (printf-style; the number of placeholders is the exact
// number of arguments).
const stringTemplates = [
  ['ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError],
  ['ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError],
  ['ERR_ASSERTION', '%s', Error],
  ['ERR_ASYNC_CALLBACK', '%s must be a function', TypeError],
  ['ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError],
  ['ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError],
  ['ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError],
  ['ERR_CANNOT_WATCH_SIGINT', 'Cannot watch for SIGINT signals', Error],
  ['ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error],
  ['ERR_CHILD_PROCESS_IPC_REQUIRED', 'Forked processes must have an IPC channel, missing value \'ipc\' in %s', Error],
  ['ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError],
  ['ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError],
  ['ERR_CONSTRUCT_CALL_REQUIRED', 'Class constructor %s cannot be invoked without `new`', TypeError],
  ['ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error],
  ['ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', 'Custom engines not supported by this OpenSSL', Error],
  ['ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError],
  ['ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error],
  ['ERR_CRYPTO_ENGINE_UNKNOWN', 'Engine "%s" was not found', Error],
  ['ERR_CRYPTO_FIPS_FORCED', 'Cannot set FIPS mode, it was forced with --force-fips at startup.', Error],
  ['ERR_CRYPTO_FIPS_UNAVAILABLE', 'Cannot set FIPS mode in a non-FIPS build.', Error],
  ['ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error],
  ['ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error],
  ['ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error],
  ['ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error],
  ['ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError],
  ['ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError],
  ['ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError],
  ['ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error],
  ['ERR_CRYPTO_PBKDF2_ERROR', 'PBKDF2 error', Error],
  ['ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error],
  ['ERR_CRYPTO_SCRYPT_NOT_SUPPORTED', 'Scrypt algorithm not supported', Error],
  ['ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error],
  ['ERR_DEBUGGER_ERROR', '%s', Error],
  ['ERR_DEBUGGER_STARTUP_ERROR', '%s', Error],
  ['ERR_DIR_CLOSED', 'Directory handle was closed', Error],
  ['ERR_DIR_CONCURRENT_OPERATION', 'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error],
  ['ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error],
  ['ERR_DOMAIN_CALLBACK_NOT_AVAILABLE', 'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module', Error],
  ['ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE', 'The `domain` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()', Error],
  ['ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION', 'Deserialize main function is already configured.', Error],
  ['ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError],
  ['ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error],
  ['ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error],
  ['ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError],
  ['ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError],
  ['ERR_FS_INVALID_SYMLINK_TYPE', 'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error],
  ['ERR_FS_WATCH_QUEUE_OVERFLOW', 'fs.watch() queued more than %d events', Error],
  ['ERR_HTTP2_ALTSVC_INVALID_ORIGIN', 'HTTP/2 ALTSVC frames require a valid origin', TypeError],
  ['ERR_HTTP2_ALTSVC_LENGTH', 'HTTP/2 ALTSVC frames are limited to 16382 bytes', TypeError],
  ['ERR_HTTP2_CONNECT_AUTHORITY', ':authority header is required for CONNECT requests', Error],
  ['ERR_HTTP2_CONNECT_PATH', 'The :path header is forbidden for CONNECT requests', Error],
  ['ERR_HTTP2_CONNECT_SCHEME', 'The :scheme header is forbidden for CONNECT requests', Error],
  ['ERR_HTTP2_GOAWAY_SESSION', 'New streams cannot be created after receiving a GOAWAY', Error],
  ['ERR_HTTP2_HEADERS_AFTER_RESPOND', 'Cannot specify additional headers after response initiated', Error],
  ['ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.', Error],
  ['ERR_HTTP2_HEADER_SINGLE_VALUE', 'Header field "%s" must only have a single value', TypeError],
  ['ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'Informational status codes cannot be used', RangeError],
  ['ERR_HTTP2_INVALID_CONNECTION_HEADERS', 'HTTP/1 Connection specific headers are forbidden: "%s"', TypeError],
  ['ERR_HTTP2_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError],
  ['ERR_HTTP2_INVALID_INFO_STATUS', 'Invalid informational status code: %s', RangeError],
  ['ERR_HTTP2_INVALID_ORIGIN', 'HTTP/2 ORIGIN frames require a valid origin', TypeError],
  ['ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', 'Packed settings length must be a multiple of six', RangeError],
  ['ERR_HTTP2_INVALID_PSEUDOHEADER', '"%s" is an invalid pseudoheader or is used incorrectly', TypeError],
  ['ERR_HTTP2_INVALID_SESSION', 'The session has been destroyed', Error],
  ['ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed', Error],
  ['ERR_HTTP2_MAX_PENDING_SETTINGS_ACK', 'Maximum number of pending settings acknowledgements', Error],
  ['ERR_HTTP2_NESTED_PUSH', 'A push stream cannot initiate another push stream.', Error],
  ['ERR_HTTP2_NO_MEM', 'Out of memory', Error],
  ['ERR_HTTP2_NO_SOCKET_MANIPULATION', 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)', Error],
  ['ERR_HTTP2_ORIGIN_LENGTH', 'HTTP/2 ORIGIN frames are limited to 16382 bytes', TypeError],
  ['ERR_HTTP2_OUT_OF_STREAMS', 'No stream ID is available because maximum stream ID has been reached', Error],
  ['ERR_HTTP2_PAYLOAD_FORBIDDEN', 'Responses with %s status must not have a payload', Error],
  ['ERR_HTTP2_PING_CANCEL', 'HTTP2 ping cancelled', Error],
  ['ERR_HTTP2_PING_LENGTH', 'HTTP2 ping payload must be 8 bytes', RangeError],
  ['ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'Cannot set HTTP/2 pseudo-headers', TypeError],
  ['ERR_HTTP2_PUSH_DISABLED', 'HTTP/2 client has disabled push streams', Error],
  ['ERR_HTTP2_SEND_FILE', 'Directories cannot be sent', Error],
  ['ERR_HTTP2_SEND_FILE_NOSEEK', 'Offset or length can only be specified for regular files', Error],
  ['ERR_HTTP2_SESSION_ERROR', 'Session closed with error code %s', Error],
  ['ERR_HTTP2_SETTINGS_CANCEL', 'HTTP2 session settings canceled', Error],
  ['ERR_HTTP2_SOCKET_BOUND', 'The socket is already bound to an Http2Session', Error],
  ['ERR_HTTP2_SOCKET_UNBOUND', 'The socket has been disconnected from the Http2Session', Error],
  ['ERR_HTTP2_STATUS_101', 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2', Error],
  ['ERR_HTTP2_STATUS_INVALID', 'Invalid status code: %s', RangeError],
  ['ERR_HTTP2_STREAM_ERROR', 'Stream closed with error code %s', Error],
  ['ERR_HTTP2_STREAM_SELF_DEPENDENCY', 'A stream cannot depend on itself', Error],
  ['ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS', 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS', Error],
  ['ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'Too many invalid HTTP/2 frames', Error],
  ['ERR_HTTP2_TOO_MANY_ORIGINS', 'The server sent more ORIGIN frames than the allowed number of %s', Error],
  ['ERR_HTTP2_TRAILERS_ALREADY_SENT', 'Trailing headers have already been sent', Error],
  ['ERR_HTTP2_TRAILERS_NOT_READY', 'Trailing headers cannot be sent until after the wantTrailers event is emitted', Error],
  ['ERR_HTTP2_UNSUPPORTED_PROTOCOL', 'protocol "%s" is unsupported.', Error],
  ['ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.', Error],
  ['ERR_HTTP_CONTENT_LENGTH_MISMATCH', 'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header', Error],
  ['ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error],
  ['ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError],
  ['ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError],
  ['ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error],
  ['ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error],
  ['ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error],
  ['ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error],
  ['ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError],
  ['ERR_IMPORT_ATTRIBUTE_MISSING', 'Module "%s" needs an import attribute of "%s: %s"', TypeError],
  ['ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', 'Module "%s" is not of type "%s"', TypeError],
  ['ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError],
  ['ERR_INPUT_TYPE_NOT_ALLOWED', '--input-type can only be used with string input via --eval, --print, or STDIN', Error],
  ['ERR_INSPECTOR_ALREADY_ACTIVATED', 'Inspector is already activated. Close it with inspector.close() before activating it again.', Error],
  ['ERR_INSPECTOR_ALREADY_CONNECTED', '%s is already connected', Error],
  ['ERR_INSPECTOR_CLOSED', 'Session was closed', Error],
  ['ERR_INSPECTOR_COMMAND', 'Inspector error %d: %s', Error],
  ['ERR_INSPECTOR_NOT_ACTIVE', 'Inspector is not active', Error],
  ['ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available', Error],
  ['ERR_INSPECTOR_NOT_CONNECTED', 'Session is not connected', Error],
  ['ERR_INSPECTOR_NOT_WORKER', 'Current thread is not a worker', Error],
  ['ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError],
  ['ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError],
  ['ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError],
  ['ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError],
  ['ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError],
  ['ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError],
  ['ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError],
  ['ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError],
  ['ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError],
  ['ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError],
  ['ERR_INVALID_REPL_EVAL_CONFIG', 'Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError],
  ['ERR_INVALID_REPL_INPUT', '%s', TypeError],
  ['ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError],
  ['ERR_INVALID_SYNC_FORK_INPUT', 'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s', TypeError],
  ['ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError],
  ['ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError],
  ['ERR_INVALID_TYPESCRIPT_SYNTAX', '%s', SyntaxError],
  ['ERR_INVALID_URI', 'URI malformed', URIError],
  ['ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error],
  ['ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error],
  ['ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error],
  ['ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error],
  ['ERR_LOADER_CHAIN_INCOMPLETE', '"%s" did not call the next hook in its chain and did not explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` in the hook\'s return.', Error],
  ['ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error],
  ['ERR_MISSING_OPTION', '%s is required', TypeError],
  ['ERR_MODULE_LINK_MISMATCH', '%s', TypeError],
  ['ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error],
  ['ERR_NAPI_CONS_FUNCTION', 'Constructor must be a function', TypeError],
  ['ERR_NAPI_INVALID_DATAVIEW_ARGS', 'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in', RangeError],
  ['ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT', 'start offset of %s should be a multiple of %s', RangeError],
  ['ERR_NAPI_INVALID_TYPEDARRAY_LENGTH', 'Invalid typed array length', RangeError],
  ['ERR_NOT_BUILDING_SNAPSHOT', 'Operation cannot be invoked when not building startup snapshot', Error],
  ['ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION', 'Operation cannot be invoked when not in a single-executable application', Error],
  ['ERR_NOT_SUPPORTED_IN_SNAPSHOT', '%s is not supported in startup snapshot', Error],
  ['ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error],
  ['ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError],
  ['ERR_NO_TYPESCRIPT', 'Node.js is not compiled with TypeScript support', Error],
  ['ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError],
  ['ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError],
  ['ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', 'Unexpected argument \'%s\'. This command does not take positional arguments', TypeError],
  ['ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError],
  ['ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError],
  ['ERR_PROXY_INVALID_CONFIG', '%s', Error],
  ['ERR_PROXY_TUNNEL', '%s', Error],
  ['ERR_QUIC_APPLICATION_ERROR', 'A QUIC application error occurred. %d [%s]', Error],
  ['ERR_QUIC_CONNECTION_FAILED', 'QUIC connection failed', Error],
  ['ERR_QUIC_ENDPOINT_CLOSED', 'QUIC endpoint closed: %s (%d)', Error],
  ['ERR_QUIC_OPEN_STREAM_FAILED', 'Failed to open QUIC stream', Error],
  ['ERR_QUIC_TRANSPORT_ERROR', 'A QUIC transport error occurred. %d [%s]', Error],
  ['ERR_QUIC_VERSION_NEGOTIATION_ERROR', 'The QUIC session requires version negotiation', Error],
  ['ERR_REQUIRE_CYCLE_MODULE', '%s', Error],
  ['ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error],
  ['ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error],
  ['ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error],
  ['ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND', 'Cannot find asset %s for the single executable application', Error],
  ['ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error],
  ['ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError],
  ['ERR_SOCKET_BAD_PORT', '%s should be >= 0 and < 65536. Received type string (\'%s\').', RangeError],
  ['ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError],
  ['ERR_SOCKET_CLOSED', 'Socket is closed', Error],
  ['ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error],
  ['ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error],
  ['ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error],
  ['ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error],
  ['ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error],
  ['ERR_SOURCE_MAP_CORRUPT', 'The source map for \'%s\' does not exist or is corrupt.', Error],
  ['ERR_SOURCE_MAP_MISSING_SOURCE', 'Cannot find \'%s\' imported from the source map for \'%s\'', Error],
  ['ERR_SRI_PARSE', 'Subresource Integrity string %j had an unexpected %j at position %d', SyntaxError],
  ['ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error],
  ['ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error],
  ['ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error],
  ['ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError],
  ['ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error],
  ['ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error],
  ['ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error],
  ['ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error],
  ['ERR_STREAM_WRITE_AFTER_END', 'write after end', Error],
  ['ERR_SYNTHETIC', 'JavaScript Callstack', Error],
  ['ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS', 'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive', TypeError],
  ['ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError],
  ['ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048', Error],
  ['ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error],
  ['ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError],
  ['ERR_TLS_INVALID_PROTOCOL_VERSION', '%j is not a valid %s TLS protocol version', TypeError],
  ['ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error],
  ['ERR_TLS_PROTOCOL_VERSION_CONFLICT', 'TLS protocol version %j conflicts with secureProtocol %j', TypeError],
  ['ERR_TLS_RENEGOTIATION_DISABLED', 'TLS session renegotiation disabled for this socket', Error],
  ['ERR_TLS_REQUIRED_SERVER_NAME', '"servername" is required parameter for Server.addContext', Error],
  ['ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', Error],
  ['ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error],
  ['ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required', TypeError],
  ['ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable', Error],
  ['ERR_TRAILING_JUNK_AFTER_STREAM_END', 'Trailing junk found after the end of the compressed stream', TypeError],
  ['ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error],
  ['ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET', '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error],
  ['ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError],
  ['ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error],
  ['ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error],
  ['ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError],
  ['ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError],
  ['ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError],
  ['ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError],
  ['ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING', 'Stripping types is currently unsupported for files under node_modules, for "%s"', Error],
  ['ERR_UNSUPPORTED_RESOLVE_REQUEST', 'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.', TypeError],
  ['ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX', '%s', SyntaxError],
  ['ERR_USE_AFTER_CLOSE', '%s was closed', Error],
  ['ERR_VALID_PERFORMANCE_ENTRY_TYPE', 'At least one valid performance entry type is required', Error],
  ['ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING', 'A dynamic import callback was not specified.', TypeError],
  ['ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG', 'A dynamic import callback was invoked without --experimental-vm-modules', TypeError],
  ['ERR_VM_MODULE_ALREADY_LINKED', 'Module has already been linked', Error],
  ['ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA', 'Cached data cannot be created for a module which has been evaluated', Error],
  ['ERR_VM_MODULE_DIFFERENT_CONTEXT', 'Linked modules must use the same context', Error],
  ['ERR_VM_MODULE_NOT_MODULE', 'Provided module is not an instance of Module', Error],
  ['ERR_VM_MODULE_STATUS', 'Module status %s', Error],
  ['ERR_WASI_ALREADY_STARTED', 'WASI instance has already started', Error],
  ['ERR_WEBASSEMBLY_NOT_SUPPORTED', 'WebAssembly is not supported in this environment, but is required for %s', Error],
  ['ERR_WEBASSEMBLY_RESPONSE', 'WebAssembly response %s', TypeError],
  ['ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error],
  ['ERR_WORKER_MESSAGING_ERRORED', 'The destination thread threw an error while processing the message', Error],
  ['ERR_WORKER_MESSAGING_FAILED', 'Cannot find the destination thread or listener', Error],
  ['ERR_WORKER_MESSAGING_SAME_THREAD', 'Cannot sent a message to the same thread', Error],
  ['ERR_WORKER_MESSAGING_TIMEOUT', 'Sending a message to another thread timed out', Error],
  ['ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error],
  ['ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: %s', Error],
  ['ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error],
  ['ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError],
  ['ERR_ZSTD_INVALID_PARAM', '%s is not a valid zstd parameter', RangeError],
];

// Codes that Node raises from its C++ layer (plain errors carrying `code`).
// The message is fixed unless the caller passes one.
const nativeCodes = [
  ['ERR_BUFFER_CONTEXT_NOT_AVAILABLE', 'Buffer is not available for the current Context', Error],
  ['ERR_CLOSED_MESSAGE_PORT', 'Cannot send data on closed MessagePort', Error],
  ['ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError],
  ['ERR_CRYPTO_INITIALIZATION_FAILED', 'Initialization failed', Error],
  ['ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag', TypeError],
  ['ERR_CRYPTO_INVALID_COUNTER', 'Invalid counter', TypeError],
  ['ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError],
  ['ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError],
  ['ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError],
  ['ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair', RangeError],
  ['ERR_CRYPTO_INVALID_KEYTYPE', 'Invalid key type', RangeError],
  ['ERR_CRYPTO_INVALID_MESSAGELEN', 'Invalid message length', RangeError],
  ['ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params', RangeError],
  ['ERR_CRYPTO_INVALID_TAG_LENGTH', 'Invalid taglength', RangeError],
  ['ERR_CRYPTO_JOB_INIT_FAILED', 'Failed to initialize crypto job config', Error],
  ['ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', 'Unsupported JWK EC curve', Error],
  ['ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.', Error],
  ['ERR_CRYPTO_OPERATION_FAILED', 'Operation failed', Error],
  ['ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError],
  ['ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error],
  ['ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error],
  ['ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation', Error],
  ['ERR_DLOPEN_DISABLED', 'Cannot load native addon because loading addons is disabled.', Error],
  ['ERR_DLOPEN_FAILED', 'DLOpen failed', Error],
  ['ERR_EXECUTION_ENVIRONMENT_NOT_AVAILABLE', 'Context not associated with Node.js environment', Error],
  ['ERR_INVALID_ADDRESS', 'Invalid socket address', Error],
  ['ERR_INVALID_MODULE', 'No such module', Error],
  ['ERR_INVALID_OBJECT_DEFINE_PROPERTY', 'Invalid object define property', TypeError],
  ['ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList', TypeError],
  ['ERR_MEMORY_ALLOCATION_FAILED', 'Failed to allocate memory', Error],
  ['ERR_MESSAGE_TARGET_CONTEXT_UNAVAILABLE', 'Message target context unavailable', Error],
  ['ERR_MISSING_PASSPHRASE', 'Passphrase required for encrypted key', TypeError],
  ['ERR_MISSING_PLATFORM_FOR_WORKER',
    'The V8 platform used by this instance of Node does not support creating Workers', Error],
  ['ERR_NON_CONTEXT_AWARE_DISABLED', 'Loading non context-aware native addons has been disabled', Error],
  ['ERR_SCRIPT_EXECUTION_TIMEOUT', (ms) => `Script execution timed out after ${ms}ms`, Error],
  ['ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x1fffffe8 characters', Error],
  ['ERR_TLS_INVALID_PROTOCOL_METHOD', 'Invalid TLS protocol method', TypeError],
  ['ERR_TLS_PSK_SET_IDENTIY_HINT_FAILED', 'Failed to set PSK identity hint', Error],
  ['ERR_VM_MODULE_CACHED_DATA_REJECTED', 'cachedData buffer was rejected', Error],
  ['ERR_WASI_NOT_STARTED', 'wasi.start() has not been called', Error],
  ['ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error],
];

for (const [code, template, ...bases] of stringTemplates) defineCode(code, template, ...bases);
for (const [code, template, ...bases] of functionTemplates) defineCode(code, template, ...bases);
for (const [code, prefix] of systemCodes) defineSystemCode(code, prefix);
for (const [code, text, Base] of nativeCodes) {
  if (Object.hasOwn(codes, code)) continue;
  defineNativeCode(code, typeof text === 'function' ? text : (message = text) => message, Base);
}

// ---------------------------------------------------------------------------
// libuv error names. The C layer provides internalBinding('uv'); the table
// below (Linux errno values) keeps messages right if it is not there yet.

const kUvFallback = [
  [-7, 'E2BIG', 'argument list too long'], [-13, 'EACCES', 'permission denied'],
  [-98, 'EADDRINUSE', 'address already in use'], [-99, 'EADDRNOTAVAIL', 'address not available'],
  [-97, 'EAFNOSUPPORT', 'address family not supported'], [-11, 'EAGAIN', 'resource temporarily unavailable'],
  [-3000, 'EAI_ADDRFAMILY', 'address family not supported'], [-3001, 'EAI_AGAIN', 'temporary failure'],
  [-3002, 'EAI_BADFLAGS', 'bad ai_flags value'], [-3013, 'EAI_BADHINTS', 'invalid value for hints'],
  [-3003, 'EAI_CANCELED', 'request canceled'], [-3004, 'EAI_FAIL', 'permanent failure'],
  [-3005, 'EAI_FAMILY', 'ai_family not supported'], [-3006, 'EAI_MEMORY', 'out of memory'],
  [-3007, 'EAI_NODATA', 'no address'], [-3008, 'EAI_NONAME', 'unknown node or service'],
  [-3009, 'EAI_OVERFLOW', 'argument buffer overflow'], [-3014, 'EAI_PROTOCOL', 'resolved protocol is unknown'],
  [-3010, 'EAI_SERVICE', 'service not available for socket type'],
  [-3011, 'EAI_SOCKTYPE', 'socket type not supported'], [-114, 'EALREADY', 'connection already in progress'],
  [-9, 'EBADF', 'bad file descriptor'], [-16, 'EBUSY', 'resource busy or locked'],
  [-125, 'ECANCELED', 'operation canceled'], [-4080, 'ECHARSET', 'invalid Unicode character'],
  [-103, 'ECONNABORTED', 'software caused connection abort'], [-111, 'ECONNREFUSED', 'connection refused'],
  [-104, 'ECONNRESET', 'connection reset by peer'], [-89, 'EDESTADDRREQ', 'destination address required'],
  [-17, 'EEXIST', 'file already exists'], [-14, 'EFAULT', 'bad address in system call argument'],
  [-27, 'EFBIG', 'file too large'], [-113, 'EHOSTUNREACH', 'host is unreachable'],
  [-4, 'EINTR', 'interrupted system call'], [-22, 'EINVAL', 'invalid argument'], [-5, 'EIO', 'i/o error'],
  [-106, 'EISCONN', 'socket is already connected'], [-21, 'EISDIR', 'illegal operation on a directory'],
  [-40, 'ELOOP', 'too many symbolic links encountered'], [-24, 'EMFILE', 'too many open files'],
  [-90, 'EMSGSIZE', 'message too long'], [-36, 'ENAMETOOLONG', 'name too long'],
  [-100, 'ENETDOWN', 'network is down'], [-101, 'ENETUNREACH', 'network is unreachable'],
  [-23, 'ENFILE', 'file table overflow'], [-105, 'ENOBUFS', 'no buffer space available'],
  [-19, 'ENODEV', 'no such device'], [-2, 'ENOENT', 'no such file or directory'],
  [-12, 'ENOMEM', 'not enough memory'], [-64, 'ENONET', 'machine is not on the network'],
  [-92, 'ENOPROTOOPT', 'protocol not available'], [-28, 'ENOSPC', 'no space left on device'],
  [-38, 'ENOSYS', 'function not implemented'], [-107, 'ENOTCONN', 'socket is not connected'],
  [-20, 'ENOTDIR', 'not a directory'], [-39, 'ENOTEMPTY', 'directory not empty'],
  [-88, 'ENOTSOCK', 'socket operation on non-socket'], [-95, 'ENOTSUP', 'operation not supported on socket'],
  [-75, 'EOVERFLOW', 'value too large for defined data type'], [-1, 'EPERM', 'operation not permitted'],
  [-32, 'EPIPE', 'broken pipe'], [-71, 'EPROTO', 'protocol error'],
  [-93, 'EPROTONOSUPPORT', 'protocol not supported'], [-91, 'EPROTOTYPE', 'protocol wrong type for socket'],
  [-34, 'ERANGE', 'result too large'], [-30, 'EROFS', 'read-only file system'],
  [-108, 'ESHUTDOWN', 'cannot send after transport endpoint shutdown'], [-29, 'ESPIPE', 'invalid seek'],
  [-3, 'ESRCH', 'no such process'], [-110, 'ETIMEDOUT', 'connection timed out'],
  [-26, 'ETXTBSY', 'text file is busy'], [-18, 'EXDEV', 'cross-device link not permitted'],
  [-4094, 'UNKNOWN', 'unknown error'], [-4095, 'EOF', 'end of file'], [-6, 'ENXIO', 'no such device or address'],
  [-31, 'EMLINK', 'too many links'], [-112, 'EHOSTDOWN', 'host is down'],
  [-121, 'EREMOTEIO', 'remote I/O error'], [-25, 'ENOTTY', 'inappropriate ioctl for device'],
  [-4028, 'EFTYPE', 'inappropriate file type or format'], [-84, 'EILSEQ', 'illegal byte sequence'],
  [-94, 'ESOCKTNOSUPPORT', 'socket type not supported'], [-61, 'ENODATA', 'no data available'],
  [-49, 'EUNATCH', 'protocol driver not attached'],
];

let uvErrorMap;
function lazyUvErrorMap() {
  if (uvErrorMap === undefined) {
    const uv = lazyUv();
    if (uv !== null && typeof uv.getErrorMap === 'function') {
      try {
        uvErrorMap = new Map(uv.getErrorMap().map(([errno, name, desc]) => [errno, [name, desc]]));
      } catch {
        uvErrorMap = undefined;
      }
    }
    if (uvErrorMap === undefined) {
      uvErrorMap = new Map();
      for (const [errno, name, desc] of kUvFallback) uvErrorMap.set(errno, [name, desc]);
    }
  }
  return uvErrorMap;
}

const kUvUnmapped = ['UNKNOWN', 'unknown error'];

// errno (negative number) -> [name, description] or undefined.
function uvErrmapGet(errno) {
  return lazyUvErrorMap().get(errno);
}

// errno -> 'ENOENT'; unknown numbers -> 'Unknown system error <n>'.
function getSystemErrorName(errno) {
  const uv = lazyUv();
  if (uv !== null && typeof uv.errname === 'function') {
    try {
      return uv.errname(errno);
    } catch {
      // fall through to the table
    }
  }
  const entry = uvErrmapGet(errno);
  return entry !== undefined ? entry[0] : `Unknown system error ${errno}`;
}

function toPathString(value) {
  return value !== null && value !== undefined ? value.toString() : value;
}

// A libuv failure: 'ENOENT: no such file or directory, open \'a\' -> \'b\''.
// Own keys follow `ctx` (pass { errno, code, syscall, path, dest } for Node's
// fs order), `code` is added if ctx has none, then path and dest.
class UVException extends Error {
  constructor(ctx) {
    const [code, uvmsg] = uvErrmapGet(ctx.errno) || kUvUnmapped;
    let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
    let path;
    let dest;
    if (ctx.path) {
      path = toPathString(ctx.path);
      message += ` '${path}'`;
    }
    if (ctx.dest) {
      dest = toPathString(ctx.dest);
      message += ` -> '${dest}'`;
    }
    super(message);
    captureStack(this, new.target);
    setStackHeader(this, 'Error', undefined);
    for (const key of Object.keys(ctx)) {
      if (key === 'message' || key === 'path' || key === 'dest') continue;
      this[key] = ctx[key];
    }
    this.code = code;
    if (path) this.path = path;
    if (dest) this.dest = dest;
  }
}
defineProperty(UVException.prototype, 'constructor', { value: Error, writable: true, configurable: true });

// 'connect ECONNREFUSED: connection refused 127.0.0.1:80'
class UVExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port) {
    const [code, uvmsg] = uvErrmapGet(err) || kUvUnmapped;
    let message = `${syscall} ${code}: ${uvmsg}`;
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    super(message + details);
    captureStack(this, new.target);
    setStackHeader(this, 'Error', undefined);
    this.code = code;
    this.errno = err;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
}
defineProperty(UVExceptionWithHostPort.prototype, 'constructor', { value: Error, writable: true, configurable: true });

// 'open ENOENT' (+ ' original').
class ErrnoException extends Error {
  constructor(err, syscall, original) {
    const code = getSystemErrorName(err);
    super(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
    captureStack(this, new.target);
    setStackHeader(this, 'Error', undefined);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
  }
}
defineProperty(ErrnoException.prototype, 'constructor', { value: Error, writable: true, configurable: true });

// 'connect ECONNREFUSED 127.0.0.1:80' (+ ' - Local (additional)').
class ExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port, additional) {
    const code = getSystemErrorName(err);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    super(`${syscall} ${code}${details}`);
    captureStack(this, new.target);
    setStackHeader(this, 'Error', undefined);
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }
}
defineProperty(ExceptionWithHostPort.prototype, 'constructor', { value: Error, writable: true, configurable: true });

// 'getaddrinfo ENOTFOUND example.invalid'; numeric EAI_NODATA/EAI_NONAME read as ENOTFOUND.
class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      const uv = lazyUv();
      const noData = uv !== null && typeof uv.UV_EAI_NODATA === 'number' ? uv.UV_EAI_NODATA : -3007;
      const noName = uv !== null && typeof uv.UV_EAI_NONAME === 'number' ? uv.UV_EAI_NONAME : -3008;
      code = code === noData || code === noName ? 'ENOTFOUND' : getSystemErrorName(code);
    }
    super(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
    captureStack(this, new.target);
    setStackHeader(this, 'Error', undefined);
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }
}
defineProperty(DNSException.prototype, 'constructor', { value: Error, writable: true, configurable: true });

class ConnResetException extends Error {
  constructor(msg) {
    super(msg);
    captureStack(this, new.target);
    setStackHeader(this, 'Error', undefined);
    this.code = 'ECONNRESET';
  }
}
defineProperty(ConnResetException.prototype, 'constructor', { value: Error, writable: true, configurable: true });

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    captureStack(this, new.target);
    this.code = 'ABORT_ERR';
    setStackHeader(this, 'AbortError', undefined);
    this.name = 'AbortError';
  }
}

class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super([...errors], message);
    this.code = errors[0] ? errors[0].code : undefined;
  }

  get [kIsNodeError]() {
    return true;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

// Factory forms, usable without `new`.
function uvException(ctx) {
  return new UVException(ctx);
}
function uvExceptionWithHostPort(err, syscall, address, port) {
  return new UVExceptionWithHostPort(err, syscall, address, port);
}
function errnoException(err, syscall, original) {
  return new ErrnoException(err, syscall, original);
}
function exceptionWithHostPort(err, syscall, address, port, additional) {
  return new ExceptionWithHostPort(err, syscall, address, port, additional);
}
function dnsException(code, syscall, hostname) {
  return new DNSException(code, syscall, hostname);
}
function connResetException(msg) {
  return new ConnResetException(msg);
}

// Combines an error raised while handling another (e.g. destroy() during an
// error): both survive, the outer one stays first.
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
}

// V8 would hide the frames of `fn`; cnode keeps them, so this is the identity
// with the `withoutStackTrace` alias Node's internals call.
function hideStackFrames(fn) {
  if (typeof fn === 'function' && Object.isExtensible(fn) && !hasOwn(fn, 'withoutStackTrace')) {
    defineProperty(fn, 'withoutStackTrace', { value: fn, writable: true, configurable: true });
  }
  return fn;
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return hasOwn(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

let overflowSample;
function isStackOverflowError(err) {
  if (overflowSample === undefined) {
    const recurse = () => recurse() + 1;
    try {
      recurse();
    } catch (e) {
      overflowSample = { name: e && e.name, message: e && e.message };
    }
  }
  return err !== null && typeof err === 'object' && overflowSample !== undefined &&
    err.name === overflowSample.name && err.message === overflowSample.message;
}

function getMessage(code, args = [], self = {}) {
  const template = messages.get(code);
  if (template === undefined) throw internalAssertion(`No error message for ${code}`);
  return buildMessage(code, template, args, self);
}

module.exports = {
  codes,
  kIsNodeError,
  AbortError,
  NodeAggregateError,
  SystemError,
  UVException,
  UVExceptionWithHostPort,
  ErrnoException,
  ExceptionWithHostPort,
  DNSException,
  ConnResetException,
  uvException,
  uvExceptionWithHostPort,
  errnoException,
  exceptionWithHostPort,
  dnsException,
  connResetException,
  uvErrmapGet,
  getSystemErrorName,
  aggregateTwoErrors,
  genericNodeError,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  determineSpecificType,
  addNumericalSeparator,
  formatList,
  getMessage,
  setStackHeader,
};
