'use strict';
// V8-style stack traces on JavaScriptCore: parses JSC's `fn@file:line:col` frames into
// CallSite objects (V8's names and columns where the source allows) and formats V8's shape.

// Column offset of line 1 in files compiled inside a one-line function wrapper: builtins
// (internal/bootstrap/realm) and CommonJS modules (internal/modules/cjs/loader) both put
// "(function (<params>) {" before the first source line (see src/runtime/builtins.c).
const kBuiltinHeader = '(function (exports, require, module, process, internalBinding) {'.length;
const kCjsHeader = '(function (exports, require, module, __filename, __dirname) {'.length;
const scriptOffsets = new Map();

// Lets a loader that compiles files differently (ESM, vm) declare its line-1 column offset.
function setScriptColumnOffset(fileName, offset) {
  scriptOffsets.set(fileName, offset);
}

function columnOffset(fileName) {
  const known = scriptOffsets.get(fileName);
  if (known !== undefined) return known;
  if (fileName.startsWith('node:')) return kBuiltinHeader;
  if (fileName.startsWith('/') || fileName.startsWith('file:')) return kCjsHeader;
  return 0;
}

// ---- source lines (for V8's columns and the fatal-error caret) -----------------------------

const sourceCache = new Map();
const kSourceCacheSize = 16;

// Returns the 1-based line of fileName's source, or undefined when it can't be read.
function getSourceLine(fileName, lineNumber) {
  if (typeof fileName !== 'string' || fileName === '' || fileName.startsWith('node:') ||
      fileName.startsWith('[')) {
    return undefined;
  }
  let lines = sourceCache.get(fileName);
  if (lines === undefined) {
    lines = null;
    try {
      let text = internalBinding('fs').readFileUtf8(fileName);
      if (text.charCodeAt(0) === 0xFEFF) text = text.slice(1);
      lines = text.split(/\r?\n/);
    } catch {
      // Not a readable file (deleted, a URL, a pseudo name): no source.
    }
    if (sourceCache.size >= kSourceCacheSize) sourceCache.delete(sourceCache.keys().next().value);
    sourceCache.set(fileName, lines);
  }
  return lines === null ? undefined : lines[lineNumber - 1];
}

// Number of lines of fileName (as Node counts them: a final newline starts an empty line).
function getSourceLineCount(fileName) {
  getSourceLine(fileName, 1);
  const lines = sourceCache.get(fileName);
  return Array.isArray(lines) ? lines.length : 0;
}

const isIdChar = (c) => c !== undefined && /[\w$\u0080-\uffff]/.test(c);

function skipSpaceBack(text, i) {
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i;
}

// Reads the call expression whose "(" is at index i (0-based): returns the start of the
// callee's last identifier, the start of the whole dotted chain, and whether `new` or
// `super` precedes it. Returns null when text[i] isn't a call on a plain name chain.
function calleeAt(text, i) {
  if (text === undefined || text[i] !== '(') return null;
  if (text.slice(i - 5, i) === 'super' && !isIdChar(text[i - 6])) {
    return { nameStart: i - 5, chainStart: i - 5, isNew: false, isSuper: true, dotted: false };
  }
  let j = skipSpaceBack(text, i - 1);
  if (!isIdChar(text[j])) return null;
  while (isIdChar(text[j - 1])) j--;
  const nameStart = j;
  let chainStart = j;
  let dotted = false;
  for (;;) {
    let k = skipSpaceBack(text, chainStart - 1);
    if (text[k] !== '.') break;
    if (text[k - 1] === '?') k--;
    k = skipSpaceBack(text, k - 1);
    if (!isIdChar(text[k])) break;
    while (isIdChar(text[k - 1])) k--;
    chainStart = k;
    dotted = true;
  }
  const before = skipSpaceBack(text, chainStart - 1);
  const isNew = text.slice(before - 2, before + 1) === 'new' && !isIdChar(text[before - 3]) &&
    before < chainStart - 1;
  return { nameStart, chainStart: isNew ? before - 2 : chainStart, isNew, isSuper: false, dotted };
}

// JSC points at a call's "(" and at a property access's "."; V8 points at the callee name
// (or `new`) and at the property name. Returns V8's 1-based column.
function v8Column(text, column) {
  if (text === undefined) return column;
  const i = column - 1;
  if (text[i] === '.' && isIdChar(text[i + 1])) return column + 1;
  if (text[i] === '?' && text[i + 1] === '.' && isIdChar(text[i + 2])) return column + 2;
  const callee = calleeAt(text, i);
  if (callee === null) return column;
  return (callee.isNew ? callee.chainStart : callee.nameStart) + 1;
}

// ---- CallSite --------------------------------------------------------------------------------

class CallSite {
  #f;
  constructor(frame) {
    this.#f = frame;
  }

  getThis() { return undefined; }
  getTypeName() { return this.#f.typeName; }
  getFunction() { return undefined; }
  getFunctionName() { return this.#f.functionName; }
  getMethodName() { return null; }
  getFileName() { return this.#f.fileName; }
  getLineNumber() { return this.#f.lineNumber; }
  getColumnNumber() { return this.#f.columnNumber; }
  getEvalOrigin() { return this.#f.evalOrigin; }
  isToplevel() { return this.#f.isToplevel; }
  isEval() { return this.#f.isEval; }
  isNative() { return false; }
  isConstructor() { return this.#f.isConstructor; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  getPromiseIndex() { return null; }
  getScriptNameOrSourceURL() { return this.#f.fileName; }
  getScriptHash() { return ''; }
  getEnclosingColumnNumber() { return null; }
  getEnclosingLineNumber() { return null; }
  getPosition() { return 0; }

  toString() {
    const f = this.#f;
    let location;
    if (f.isEval) {
      location = f.evalOrigin === undefined ? '<anonymous>' : `${f.evalOrigin}, <anonymous>`;
    } else if (f.fileName === undefined) {
      location = '<anonymous>';
    } else {
      location = f.lineNumber === null ? f.fileName :
        `${f.fileName}:${f.lineNumber}:${f.columnNumber}`;
    }
    let name;
    if (f.isConstructor) name = `new ${f.functionName ?? '<anonymous>'}`;
    else if (f.typeName !== null && !f.isToplevel) {
      name = `${f.typeName}.${f.functionName ?? '<anonymous>'}`;
    } else name = f.functionName;
    return name === null ? location : `${name} (${location})`;
  }
}

// ---- JSC frames -> CallSites -----------------------------------------------------------------

// Parses one JSC frame line into { name, fileName, lineNumber, columnNumber, native }.
function parseFrame(line) {
  const at = line.indexOf('@');
  const name = at > 0 ? line.slice(0, at) : '';
  const location = at >= 0 ? line.slice(at + 1) : line;
  const m = /^(.*):(\d+):(\d+)$/.exec(location);
  const native = location === '[native code]';
  if (m === null) return { name, fileName: location, lineNumber: null, columnNumber: null, native };
  return { name, fileName: m[1], lineNumber: +m[2], columnNumber: +m[3], native };
}

function parseStack(stack) {
  if (typeof stack !== 'string' || stack === '') return [];
  return stack.split('\n').filter((l) => l !== '').map(parseFrame);
}

const kCjsLoader = 'node:internal/modules/cjs/loader';

// Turns JSC's raw frames into V8-like frame records. `skip` names frames to drop from the top
// (the error constructor wrappers); native frames are dropped, as are frames of this module.
function toFrames(raw) {
  const out = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    if (r.native || isAsyncEntry(raw, i)) continue;
    const frame = {
      typeName: null,
      functionName: r.name === '' ? null : r.name,
      fileName: r.fileName === '' ? undefined : r.fileName,
      lineNumber: r.lineNumber,
      columnNumber: r.columnNumber,
      isToplevel: true,
      isEval: false,
      isConstructor: false,
      evalOrigin: undefined,
    };
    if (r.name === 'global code' || r.name === 'module code') frame.functionName = null;
    if (r.fileName === '' && r.lineNumber === null) {
      // eval code / new Function: JSC gives no position; V8 names these frames "eval".
      frame.isEval = true;
      frame.functionName = 'eval';
      const caller = raw.slice(i + 1).find((c) => !c.native);
      if (caller !== undefined && caller.lineNumber !== null) {
        const callerName = caller.name === '' ? '<anonymous>' : caller.name;
        frame.evalOrigin = `eval at ${callerName} (${caller.fileName}:${caller.lineNumber}:` +
          `${fixColumn(caller)})`;
      }
    }
    if (frame.lineNumber !== null) frame.columnNumber = fixColumn(r);
    if (frame.functionName === null && frame.fileName !== undefined &&
        !frame.fileName.startsWith('node:')) {
      // The CommonJS wrapper function runs the module's top-level code: V8 names it
      // Object.<anonymous> (its receiver is module.exports). It is the anonymous frame
      // called straight from the CJS loader.
      const next = raw.slice(i + 1).find((c) => !c.native);
      if (next !== undefined && next.fileName === kCjsLoader) {
        frame.typeName = 'Object';
        frame.isToplevel = false;
      }
    }
    // A frame is a constructor call when its caller's call site reads `new X(` or `super(`.
    if (frame.functionName !== null && !frame.isEval) {
      const caller = raw[i + 1];
      if (caller !== undefined && caller.lineNumber !== null) {
        const text = getSourceLine(caller.fileName, caller.lineNumber);
        const callee = calleeAt(text, columnIndex(caller));
        if (callee !== null && (callee.isNew || callee.isSuper)) frame.isConstructor = true;
      }
    }
    out.push(frame);
  }
  return out;
}

// JSC shows an async function twice: its body and, below it, the call that started it,
// positioned at the declaration's "(". V8 shows one frame.
function isAsyncEntry(raw, i) {
  const r = raw[i];
  const prev = raw[i - 1];
  if (prev === undefined || r.name === '' || prev.name !== r.name ||
      prev.fileName !== r.fileName || r.lineNumber === null) {
    return false;
  }
  const text = getSourceLine(r.fileName, r.lineNumber);
  if (text === undefined) return false;
  return new RegExp(`(?:\\bfunction\\s*\\*?|\\basync)\\s*${escapeRe(r.name)}\\s*\\(`).test(text);
}

function columnIndex(r) {
  return r.lineNumber === 1 ? r.columnNumber - 1 - columnOffset(r.fileName) : r.columnNumber - 1;
}

function fixColumn(r) {
  const column = columnIndex(r) + 1;
  return v8Column(getSourceLine(r.fileName, r.lineNumber), column);
}

function toCallSites(raw) {
  return toFrames(raw).map((f) => new CallSite(f));
}

// ---- formatting ------------------------------------------------------------------------------

function errorHeader(err) {
  let name;
  let message;
  try {
    name = err.name;
    message = err.message;
  } catch {
    return 'Error';
  }
  try {
    name = name === undefined ? 'Error' : String(name);
    message = message === undefined ? '' : String(message);
  } catch {
    return 'Error';
  }
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

function formatStack(header, callSites) {
  let out = header;
  for (const cs of callSites) out += `\n    at ${cs}`;
  return out;
}

// True when a stack string is in JSC's format (frames only, no "Name: message" header).
function isJscStack(stack) {
  if (stack === '' || /^ {4}at /m.test(stack)) return false;
  const first = stack.slice(0, stack.indexOf('\n') >>> 0);
  return first.includes('@') && /(?::\d+:\d+|@\[native code\]|@)$/.test(first);
}

let stackTraceLimit = () => 10;
function setStackTraceLimitGetter(fn) {
  stackTraceLimit = fn;
}

// Converts a JSC stack string into V8 CallSites, honouring Error.stackTraceLimit.
function callSitesFromJsc(stack, limit = stackTraceLimit()) {
  const sites = toCallSites(parseStack(stack));
  return limit < sites.length ? sites.slice(0, Math.max(0, limit)) : sites;
}

// Returns err.stack in V8's format, converting an engine-made (JSC-format) stack when needed.
function formatErrorStack(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    stack = undefined;
  }
  if (typeof stack !== 'string') return errorHeader(err);
  if (!isJscStack(stack)) return stack;
  return formatStack(errorHeader(err), callSitesFromJsc(stack));
}

module.exports = {
  CallSite,
  parseStack,
  parseFrame,
  toCallSites,
  callSitesFromJsc,
  formatStack,
  formatErrorStack,
  errorHeader,
  isJscStack,
  getSourceLine,
  getSourceLineCount,
  columnOffset,
  setScriptColumnOffset,
  setStackTraceLimitGetter,
  v8Column,
};

// ---- V8 wording for engine messages (display only) ----------------------------------------

const kSyntaxMessages = new Map([
  ['super is not valid in this context.', "'super' keyword unexpected here"],
  ["'with' statements are not valid in strict mode.",
    'Strict mode code may not include a with statement'],
  ['No identifiers allowed directly after numeric literal', 'Invalid or unexpected token'],
  ['Multiline comment was not closed properly', 'Invalid or unexpected token'],
  ["'break' is only valid inside a switch or loop statement.", 'Illegal break statement'],
  ["'continue' is only valid inside a loop statement.",
    'Illegal continue statement: no surrounding iteration statement'],
  ['Function statements must have a name.', 'Function statements require a function name'],
  ['Return statements are only valid inside functions.', 'Illegal return statement'],
]);

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Maps a JSC parse-error message to V8's, with the caret V8 draws on the source line.
// Returns { message, start, length } (start -1: no caret position known).
function v8SyntaxError(message, text) {
  const atEof = text === undefined;
  const find = (token, from = 0) => (text === undefined ? -1 : text.indexOf(token, from));
  const word = (name) => {
    if (text === undefined) return -1;
    const m = new RegExp(`(?<![\\w$])${escapeRe(name)}(?![\\w$])`).exec(text);
    return m === null ? -1 : m.index;
  };
  let m;
  if (/const declared variable '.*' must have an initializer/.test(message)) {
    const name = /variable '(.*)'/.exec(message)[1];
    return { message: 'Missing initializer in const declaration', start: word(name), length: 1 };
  }
  if (message.includes('Expected an initializer in destructuring variable declaration')) {
    return { message: 'Missing initializer in destructuring declaration', start: -1, length: 1 };
  }
  if (message.includes("Expected ')' to end an argument list") && atEof) {
    return { message: 'missing ) after argument list', start: -1, length: 1 };
  }
  if (message.startsWith("Unexpected keyword 'let'. Cannot use 'let'")) {
    return { message: 'let is disallowed as a lexically bound name', start: word('let') === -1 ?
      -1 : text.indexOf('let', word('let') + 3), length: 3 };
  }
  if ((m = /^Cannot declare a (?:const|let|class) variable twice: '(.*)'\.$/.exec(message))) {
    return { message: `Identifier '${m[1]}' has already been declared`,
      start: word(m[1]), length: 1 };
  }
  if ((m = /^Unexpected (token|identifier) '(.*?)'(?:\.|$)/.exec(message))) {
    if (atEof) return { message: 'Unexpected end of input', start: -1, length: 0 };
    return { message: `Unexpected ${m[1]} '${m[2]}'`, start: find(m[2]),
      length: m[1] === 'token' ? 1 : m[2].length };
  }
  if ((m = /^Unexpected number '(.*)'/.exec(message))) {
    return { message: 'Unexpected number', start: find(m[1], 1), length: m[1].length };
  }
  if ((m = /^Unexpected string literal (.*?)(?:\.|$)/.exec(message))) {
    return { message: 'Unexpected string', start: find(m[1], 1), length: m[1].length };
  }
  if (message === 'Unexpected EOF') {
    const quote = text === undefined ? null : /(["'])(?:[^"'\\]|\\.)*$/.exec(text);
    if (quote !== null) {
      return { message: 'Invalid or unexpected token', start: quote.index,
        length: text.length - quote.index };
    }
    return { message: 'Unexpected end of input', start: -1, length: 0 };
  }
  if ((m = /^Invalid character: '(.*)'$/.exec(message))) {
    return { message: 'Invalid or unexpected token', start: find(m[1]), length: 1 };
  }
  if ((m = /^Unterminated regular expression literal '(.*)'$/.exec(message))) {
    return { message: 'Invalid regular expression: missing /', start: find(m[1]), length: 1 };
  }
  if ((m = /^Cannot delete unqualified property '(.*)' in strict mode\.$/.exec(message))) {
    return { message: 'Delete of an unqualified identifier in strict mode.', start: word(m[1]),
      length: m[1].length };
  }
  const mapped = kSyntaxMessages.get(message);
  return { message: mapped ?? message, start: -1, length: 1 };
}

// Maps common JSC runtime TypeError/ReferenceError messages to V8's wording.
function v8RuntimeMessage(message) {
  let m;
  if ((m = /^(null|undefined) is not an object \(evaluating '.*\.([\w$]+)'\)$/.exec(message))) {
    return `Cannot read properties of ${m[1]} (reading '${m[2]}')`;
  }
  if ((m = /^Can't find variable: (.*)$/.exec(message))) return `${m[1]} is not defined`;
  if ((m = /^(.*) is not a function\. \(In '.*', '.*' is (?:undefined|null|an instance of .*|.*)\)$/
    .exec(message))) {
    return `${m[1]} is not a function`;
  }
  if ((m = /^(null|undefined) is not an object \(evaluating '.*\.([\w$]+) = .*'\)$/
    .exec(message))) {
    return `Cannot set properties of ${m[1]} (setting '${m[2]}')`;
  }
  if ((m = /^.* is not a constructor \(evaluating 'new ([^(]*)\(.*'\)$/.exec(message))) {
    return `${m[1]} is not a constructor`;
  }
  if (message === 'Maximum call stack size exceeded.') return 'Maximum call stack size exceeded';
  return message;
}

module.exports.v8SyntaxError = v8SyntaxError;
module.exports.v8RuntimeMessage = v8RuntimeMessage;
