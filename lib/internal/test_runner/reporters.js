'use strict';
// The built-in reporters of node:test (tap, spec, dot, junit) and the pipe from a reporter to a
// writable stream.

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const controlEscapes = { __proto__: null, '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't', '\v': 'v' };

// TAP names and comments: '#' starts a directive and line breaks end the line, so escape them.
function tapEscape(text) {
  let out = '';
  for (const ch of String(text)) {
    if (ch === '\\') out += '\\\\';
    else if (ch === '#') out += '\\#';
    else if (controlEscapes[ch] !== undefined) out += `\\\\${controlEscapes[ch]}`;
    else out += ch;
  }
  return out;
}

function tapIndent(nesting) {
  return '    '.repeat(nesting > 0 ? nesting : 0);
}

// A YAML scalar the way the TAP reporter writes it; objects become nested mappings.
function yamlValue(value, indent) {
  if (value === null) return ' ~';
  if (typeof value === 'string') {
    if (value.includes('\n')) {
      return ' |-' + value.split('\n').map((line) => `\n${indent}  ${line}`).join('');
    }
    if (value.includes("'")) return ` "${value}"`;
    return ` '${value}'`;
  }
  if (typeof value === 'object' && !(value instanceof Date)) {
    let out = '';
    for (const key of Object.keys(value)) {
      const v = value[key];
      if (v === undefined) continue;
      out += `\n${indent}  ${key}:${yamlValue(v, `${indent}  `)}`;
    }
    return out;
  }
  return ` ${inspect(value)}`;
}

function yamlLine(indent, key, value) {
  return `${indent}${key}:${yamlValue(value, indent)}\n`;
}

function errorMessage(cause) {
  if (cause !== null && typeof cause === 'object' && 'message' in cause && typeof cause.message === 'string') {
    return cause.message;
  }
  if (typeof cause === 'string') return cause;
  return inspect(cause);
}

function stackFrames(cause) {
  if (cause === null || typeof cause !== 'object' || typeof cause.stack !== 'string') return [];
  const frames = [];
  for (const line of cause.stack.split('\n')) {
    const m = /^\s+at (.*)$/.exec(line);
    if (m !== null) frames.push(m[1]);
  }
  return frames;
}

function tapDetails(data, indent) {
  const details = data.details || {};
  let out = `${indent}  ---\n`;
  out += `${indent}  duration_ms: ${details.duration_ms}\n`;
  if (details.type !== undefined) out += `${indent}  type: '${details.type}'\n`;
  const error = details.error;
  if (error !== undefined && error !== null) {
    const pad = `${indent}  `;
    if (data.file !== undefined) out += `${pad}location: '${data.file}:${data.line}:${data.column}'\n`;
    if (error.failureType !== undefined) out += `${pad}failureType: '${error.failureType}'\n`;
    const cause = 'cause' in error ? error.cause : error;
    out += yamlLine(pad, 'error', errorMessage(cause));
    const isObj = cause !== null && typeof cause === 'object';
    const code = isObj && cause.code !== undefined ? cause.code : error.code;
    out += yamlLine(pad, 'code', code);
    if (isObj && typeof cause.name === 'string' && cause.name !== 'Error') out += yamlLine(pad, 'name', cause.name);
    if (isObj) {
      for (const key of ['expected', 'actual', 'operator']) {
        if (cause[key] !== undefined) out += yamlLine(pad, key, cause[key]);
      }
      const frames = stackFrames(cause);
      if (frames.length > 0) {
        out += `${pad}stack: |-\n`;
        for (const frame of frames) out += `${pad}  ${frame}\n`;
      }
    }
  }
  out += `${indent}  ...\n`;
  return out;
}

function tapDirective(data) {
  if (data.skip !== undefined) {
    return typeof data.skip === 'string' && data.skip !== '' ? ` # SKIP ${tapEscape(data.skip)}` : ' # SKIP';
  }
  if (data.todo !== undefined) {
    return typeof data.todo === 'string' && data.todo !== '' ? ` # TODO ${tapEscape(data.todo)}` : ' # TODO';
  }
  return '';
}

async function* tap(source) {
  let started = false;
  for await (const { type, data } of source) {
    if (!started) {
      started = true;
      yield 'TAP version 13\n';
    }
    switch (type) {
      case 'test:start':
        yield `${tapIndent(data.nesting)}# Subtest: ${tapEscape(data.name)}\n`;
        break;
      case 'test:pass':
      case 'test:fail': {
        const indent = tapIndent(data.nesting);
        const status = type === 'test:pass' ? 'ok' : 'not ok';
        yield `${indent}${status} ${data.testNumber} - ${tapEscape(data.name)}${tapDirective(data)}\n` +
          tapDetails(data, indent);
        break;
      }
      case 'test:plan':
        yield `${tapIndent(data.nesting)}1..${data.count}\n`;
        break;
      case 'test:diagnostic':
        yield `${tapIndent(data.nesting)}# ${tapEscape(data.message)}\n`;
        break;
      case 'test:stderr':
      case 'test:stdout':
        yield `${tapIndent(data.nesting)}# ${tapEscape(data.message)}\n`;
        break;
      default:
        break;
    }
  }
}

async function* dot(source) {
  let count = 0;
  const failures = [];
  for await (const { type, data } of source) {
    if (type === 'test:pass') yield '.';
    if (type === 'test:fail') {
      yield 'X';
      failures.push(data);
    }
    if ((type === 'test:fail' || type === 'test:pass') && ++count === 20) {
      yield '\n';
      count = 0;
    }
  }
  yield '\n';
  if (failures.length > 0) {
    yield '\nFailed tests:\n\n';
    for (const data of failures) yield formatSpecFailure(data, '');
  }
}

const symbols = {
  __proto__: null,
  pass: '\u2714 ',
  fail: '\u2716 ',
  skip: '\u2192 ',
  todo: '\u2192 ',
  info: '\u2139 ',
  suite: '\u25b6 ',
};

function formatDuration(ms) {
  return `(${ms}ms)`;
}

function formatSpecError(error, indent) {
  if (error === undefined || error === null) return '';
  const cause = 'cause' in error && error.failureType === 'testCodeFailure' ? error.cause : error;
  let text;
  if (cause !== null && typeof cause === 'object' && typeof cause.stack === 'string') {
    text = cause.stack;
  } else {
    text = inspect(cause);
  }
  return `${text.split('\n').map((l) => `${indent}  ${l}`).join('\n')}\n`;
}

function formatSpecFailure(data, indent) {
  const directive = data.todo !== undefined ? ' # TODO' : '';
  return `${indent}${symbols.fail}${data.name} ${formatDuration(data.details.duration_ms)}${directive}\n` +
    `${formatSpecError(data.details.error, indent)}\n`;
}

let SpecClass;

// The spec reporter: a Transform from events to human-readable lines (the default on a TTY).
function getSpecReporter() {
  if (SpecClass !== undefined) return SpecClass;
  const { Transform } = require('stream');
  SpecClass = class SpecReporter extends Transform {
    #stack = [];
    #failures = [];

    constructor(options) {
      super({ __proto__: null, ...options, writableObjectMode: true });
    }

    _transform(event, encoding, callback) {
      let out;
      try {
        out = this.#handle(event.type, event.data);
      } catch (err) {
        callback(err);
        return;
      }
      callback(null, out === '' ? undefined : out);
    }

    #handle(type, data) {
      const indent = '  '.repeat(data !== undefined && data.nesting > 0 ? data.nesting : 0);
      switch (type) {
        case 'test:start':
          this.#stack.push({ data, hasChildren: false, printed: false });
          return '';
        case 'test:plan': {
          const top = this.#stack[this.#stack.length - 1];
          if (top !== undefined && top.data.nesting === data.nesting - 1) top.hasChildren = true;
          return '';
        }
        case 'test:pass':
        case 'test:fail': {
          const started = this.#stack.pop();
          const isSuite = data.details.type === 'suite';
          let symbol = type === 'test:pass' ? symbols.pass : symbols.fail;
          let directive = '';
          if (data.skip !== undefined) {
            symbol = symbols.skip;
            directive = ` # ${typeof data.skip === 'string' ? data.skip : 'SKIP'}`;
          } else if (data.todo !== undefined) {
            symbol = symbols.todo;
            directive = ` # ${typeof data.todo === 'string' ? data.todo : 'TODO'}`;
          }
          if (type === 'test:fail' && data.details.error &&
              data.details.error.failureType !== 'subtestsFailed') {
            this.#failures.push(data);
          }
          const duration = formatDuration(data.details.duration_ms);
          if (isSuite || (started !== undefined && started.hasChildren)) {
            const head = isSuite ? symbols.suite : symbol;
            return `${indent}${head}${data.name} ${duration}${directive}\n`;
          }
          const error = type === 'test:fail' ? formatSpecError(data.details.error, indent) : '';
          return `${indent}${symbol}${data.name} ${duration}${directive}\n${error}`;
        }
        case 'test:diagnostic':
          return `${indent}${symbols.info}${data.message}\n`;
        case 'test:summary': {
          if (this.#failures.length === 0) return '';
          let out = `\n${symbols.fail}failing tests:\n\n`;
          for (const failure of this.#failures) out += formatSpecFailure(failure, '');
          return out;
        }
        default:
          return '';
      }
    }
  };
  return SpecClass;
}

// junit: one XML document for the whole run.
async function* junit(source) {
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;',
  })[c]);
  const stack = [{ children: [], attrs: {} }];
  const summary = [];
  for await (const { type, data } of source) {
    if (type === 'test:start') {
      stack.push({ name: data.name, children: [] });
    } else if (type === 'test:pass' || type === 'test:fail') {
      const node = stack.pop();
      node.data = data;
      node.failed = type === 'test:fail';
      stack[stack.length - 1].children.push(node);
    } else if (type === 'test:diagnostic' && data.nesting === 0 && stack.length === 1) {
      summary.push(data.message);
    }
  }
  const render = (node, indent) => {
    const seconds = node.data.details.duration_ms / 1000;
    const isSuite = node.children.length > 0 || node.data.details.type === 'suite';
    if (isSuite) {
      let out = `${indent}<testsuite name="${esc(node.name)}" time="${seconds}" tests="${node.children.length}">\n`;
      for (const child of node.children) out += render(child, `${indent}\t`);
      return `${out}${indent}</testsuite>\n`;
    }
    let out = `${indent}<testcase name="${esc(node.name)}" time="${seconds}" classname="test"`;
    if (node.data.skip !== undefined) return `${out}>\n${indent}\t<skipped type="skipped" message="${esc(node.data.skip === true ? '' : node.data.skip)}"/>\n${indent}</testcase>\n`;
    if (node.failed) {
      const err = node.data.details.error;
      const msg = err && err.message !== undefined ? err.message : String(err);
      return `${out}>\n${indent}\t<failure type="${esc(err && err.failureType)}" message="${esc(msg)}">\n` +
        `${esc(err && err.stack ? err.stack : msg)}\n${indent}\t</failure>\n${indent}</testcase>\n`;
    }
    return `${out}/>\n`;
  };
  yield '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
  for (const node of stack[0].children) yield render(node, '\t');
  for (const line of summary) yield `\t<!-- ${esc(line)} -->\n`;
  yield '</testsuites>\n';
}

// Runs events from `source` through `reporter` (async generator function or Transform) into
// `destination`; returns a promise that settles when the reporter is done.
function pipeReporter(reporter, source, destination) {
  if (typeof reporter === 'function' && !isTransformLike(reporter)) {
    return (async () => {
      for await (const chunk of reporter(source)) {
        if (chunk !== undefined && chunk !== null && chunk !== '') destination.write(chunk);
      }
    })();
  }
  const transform = typeof reporter === 'function' ? new reporter() : reporter;
  transform.on('data', (chunk) => destination.write(chunk));
  return (async () => {
    for await (const event of source) transform.write(event);
    transform.end();
  })();
}

function isTransformLike(fn) {
  return fn.prototype !== undefined && typeof fn.prototype._transform === 'function';
}

// lcov: a Transform that turns test:coverage events into an LCOV report (nothing when coverage
// was not collected).
function makeLcov() {
  const { Transform } = require('stream');
  return new Transform({
    __proto__: null,
    writableObjectMode: true,
    transform(event, encoding, callback) {
      callback(null, event.type === 'test:coverage' ? lcovReport(event.data) : undefined);
    },
  });
}

function lcovReport(data) {
  {
    let out = 'TN:\n';
    for (const file of data.summary.files) {
      out += `SF:${file.path}\n`;
      for (const fn of file.functions) out += `FN:${fn.line},${fn.name}\n`;
      for (const fn of file.functions) out += `FNDA:${fn.count},${fn.name}\n`;
      out += `FNF:${file.totalFunctionCount}\nFNH:${file.coveredFunctionCount}\n`;
      for (const line of file.lines) out += `DA:${line.line},${line.count}\n`;
      out += `LH:${file.coveredLineCount}\nLF:${file.totalLineCount}\nend_of_record\n`;
    }
    return out;
  }
}

module.exports = {
  tap,
  dot,
  junit,
  makeLcov,
  getSpecReporter,
  pipeReporter,
  tapEscape,
};
