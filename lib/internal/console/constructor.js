'use strict';
// The Console class: Node's console API writing to any pair of writable streams.

// inspect loads on the first non-string value: console.log('text') must stay cheap.
let inspectModule;
const lazyInspect = () => (inspectModule ??= require('internal/util/inspect'));
const inspect = (value, options) => lazyInspect().inspect(value, options);
const getStringWidth = (text) => lazyInspect().getStringWidth(text);

const kIsConsole = Symbol('kIsConsole');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentationWidth');
const kCounts = Symbol('kCounts');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');
const kBindStreams = Symbol('kBindStreams');
const kBindProperties = Symbol('kBindProperties');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

let lazyErrors;
function codes() {
  if (lazyErrors === undefined) lazyErrors = require('internal/errors').codes;
  return lazyErrors;
}

let lazyValidators;
function validators() {
  if (lazyValidators === undefined) lazyValidators = require('internal/validators');
  return lazyValidators;
}

function noop() {}

function isWritable(stream) {
  return stream !== null && stream !== undefined && typeof stream.write === 'function';
}

function isStackOverflow(err) {
  return err instanceof RangeError && /call stack/i.test(String(err.message));
}

function getProcess() {
  return typeof process === 'object' && process !== null ? process : undefined;
}

// Node's rule for colorMode 'auto': FORCE_COLOR wins, otherwise a TTY that
// reports more than two colors.
function shouldColorize(stream) {
  const proc = getProcess();
  const env = proc && proc.env;
  if (env && env.FORCE_COLOR !== undefined) {
    return env.FORCE_COLOR === '' || env.FORCE_COLOR === '1' || env.FORCE_COLOR === 'true' ||
      env.FORCE_COLOR === '2' || env.FORCE_COLOR === '3';
  }
  if (!stream || !stream.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  if (typeof stream.hasColors === 'function') return stream.hasColors() === true;
  return true;
}

function emitWarning(message) {
  const proc = getProcess();
  if (proc && typeof proc.emitWarning === 'function') {
    proc.emitWarning(message);
    return;
  }
  const stderr = proc && proc.stderr;
  if (stderr && typeof stderr.write === 'function') {
    stderr.write(`(node:${proc.pid}) Warning: ${message}\n`);
  }
}

// Monotonic milliseconds.
function now() {
  const proc = getProcess();
  if (proc && proc.hrtime && typeof proc.hrtime.bigint === 'function') {
    return Number(proc.hrtime.bigint()) / 1e6;
  }
  if (typeof performance === 'object' && performance && typeof performance.now === 'function') {
    return performance.now();
  }
  return Date.now();
}

function pad2(value) {
  return `${value}`.padStart(2, '0');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [whole, frac] = seconds.toFixed(3).split('.');
    const head = hours !== 0 ? `${hours}:${pad2(minutes)}` : `${minutes}`;
    return `${head}:${pad2(whole)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(self, name, label, data) {
  const start = self._times.get(label);
  if (start === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(now() - start);
  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

// A write callback that keeps an asynchronous stream error from becoming
// an uncaught 'error' event.
function createWriteErrorHandler(instance, useStdout) {
  return (err) => {
    const stream = useStdout ? instance._stdout : instance._stderr;
    if (err !== null && err !== undefined && stream &&
        !(stream._writableState && stream._writableState.errorEmitted) &&
        typeof stream.listenerCount === 'function' && typeof stream.once === 'function' &&
        stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

// ---------------------------------------------------------------------------
// console.table rendering.

const box = {
  topLeft: '┌', topMiddle: '┬', topRight: '┐',
  middleLeft: '├', middleMiddle: '┼', middleRight: '┤',
  bottomLeft: '└', bottomMiddle: '┴', bottomRight: '┘',
  vertical: '│', horizontal: '─',
};

function renderRow(cells, widths) {
  let out = box.vertical;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    out += ` ${cell}${' '.repeat(widths[i] - getStringWidth(cell))} ${box.vertical}`;
  }
  return out;
}

function renderTable(head, columns) {
  const widths = head.map((h) => getStringWidth(h));
  let rowCount = 0;
  for (const column of columns) rowCount = Math.max(rowCount, column.length);
  const rows = [];
  for (let r = 0; r < rowCount; r++) rows.push([]);
  for (let c = 0; c < head.length; c++) {
    const column = columns[c];
    for (let r = 0; r < rowCount; r++) {
      const cell = Object.prototype.hasOwnProperty.call(column, r) ? column[r] : '';
      rows[r][c] = cell;
      widths[c] = Math.max(widths[c] || 0, getStringWidth(cell));
    }
  }
  const rules = widths.map((w) => box.horizontal.repeat(w + 2));
  let result = `${box.topLeft}${rules.join(box.topMiddle)}${box.topRight}\n`;
  result += `${renderRow(head, widths)}\n`;
  result += `${box.middleLeft}${rules.join(box.middleMiddle)}${box.middleRight}\n`;
  for (const row of rows) result += `${renderRow(row, widths)}\n`;
  result += `${box.bottomLeft}${rules.join(box.bottomMiddle)}${box.bottomRight}`;
  return result;
}

let mapSizeGet;
let setSizeGet;
function isMapObject(value) {
  mapSizeGet ||= Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
  try {
    mapSizeGet.call(value);
    return true;
  } catch {
    return false;
  }
}
function isSetObject(value) {
  setSizeGet ||= Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
  try {
    setSizeGet.call(value);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// The class.

/**
 * new Console(stdout[, stderr[, ignoreErrors]]) or
 * new Console({ stdout, stderr, ignoreErrors, colorMode, inspectOptions, groupIndentation }).
 * Throws ERR_CONSOLE_WRITABLE_STREAM when a stream has no write() method.
 */
function Console(options /* or: stdout, stderr, ignoreErrors */) {
  if (!new.target) return Reflect.construct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = {
      stdout: options,
      stderr: arguments[1],
      ignoreErrors: arguments[2],
    };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!isWritable(stdout)) throw new (codes().ERR_CONSOLE_WRITABLE_STREAM)('stdout');
  if (!isWritable(stderr)) throw new (codes().ERR_CONSOLE_WRITABLE_STREAM)('stderr');
  if (typeof colorMode !== 'boolean' && colorMode !== 'auto') {
    throw new (codes().ERR_INVALID_ARG_VALUE)('colorMode', colorMode,
                                               "must be one of: 'auto', true, false");
  }
  if (groupIndentation !== undefined) {
    validators().validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  }
  if (inspectOptions !== undefined) {
    validators().validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new (codes().ERR_INCOMPATIBLE_OPTION_PAIR)('options.inspectOptions.color',
                                                        'colorMode');
    }
  }

  bindMethods(this, this);
  this[kBindStreams](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation, inspectOptions);
}

// Every method is also an own property bound to the console, so that
// `const { log } = console` works.
function bindMethods(target, self) {
  for (const key of Object.keys(consoleMethods)) {
    const bound = consoleMethods[key].bind(self);
    Object.defineProperty(bound, 'name', { value: key });
    target[key] = bound;
  }
}

const hidden = (value) => ({ value, writable: true, enumerable: false, configurable: true });

const internals = {
  [kBindStreams](stdout, stderr) {
    Object.defineProperties(this, {
      _stdout: hidden(stdout),
      _stderr: hidden(stderr),
    });
  },

  // Streams are looked up when used (for the global console, whose streams
  // the runtime may create lazily).
  [kBindStreamsLazy](getStdout, getStderr) {
    let stdout;
    let stderr;
    Object.defineProperties(this, {
      _stdout: {
        enumerable: false,
        configurable: true,
        get() { return stdout || getStdout(); },
        set(value) { stdout = value; },
      },
      _stderr: {
        enumerable: false,
        configurable: true,
        get() { return stderr || getStderr(); },
        set(value) { stderr = value; },
      },
    });
  },

  [kBindProperties](ignoreErrors, colorMode, groupIndentation = 2, inspectOptions) {
    Object.defineProperties(this, {
      _stdoutErrorHandler: hidden(createWriteErrorHandler(this, true)),
      _stderrErrorHandler: hidden(createWriteErrorHandler(this, false)),
      _ignoreErrors: hidden(Boolean(ignoreErrors)),
      _times: hidden(new Map()),
      [kCounts]: hidden(new Map()),
      [kColorMode]: hidden(colorMode),
      [kInspectOptions]: hidden(inspectOptions),
      [kIsConsole]: hidden(true),
      [kGroupIndent]: hidden(''),
      [kGroupIndentationWidth]: hidden(groupIndentation),
    });
  },

  [kWriteToConsole](which, string) {
    const useStdout = which === kUseStdout;
    const stream = useStdout ? this._stdout : this._stderr;
    const groupIndent = this[kGroupIndent] || '';
    if (groupIndent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
      string = groupIndent + string;
    }
    string += '\n';
    if (this._ignoreErrors === false) return stream.write(string);
    const handler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;
    const canListen = typeof stream.once === 'function' &&
      typeof stream.removeListener === 'function';
    try {
      if (canListen) stream.once('error', noop);
      stream.write(string, handler);
    } catch (err) {
      if (isStackOverflow(err)) throw err;
    } finally {
      if (canListen) stream.removeListener('error', noop);
    }
  },

  [kGetInspectOptions](stream) {
    let color = this[kColorMode];
    if (color === 'auto') color = shouldColorize(stream);
    const options = this[kInspectOptions];
    if (options) {
      if (options.colors === undefined) return { ...options, colors: color };
      return options;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  },
};

function formatFor(self, stream, args) {
  // Strings with no format specifier in the first one are joined as they are.
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  if (args.length > 1 && typeof args[0] === 'string' && !args[0].includes('%') &&
      args.every((a) => typeof a === 'string')) {
    return args.join(' ');
  }
  return lazyInspect().formatWithOptions(self[kGetInspectOptions](stream), ...args);
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, formatFor(this, this._stdout, args));
  },

  info(...args) {
    this[kWriteToConsole](kUseStdout, formatFor(this, this._stdout, args));
  },

  debug(...args) {
    this[kWriteToConsole](kUseStdout, formatFor(this, this._stdout, args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, formatFor(this, this._stderr, args));
  },

  error(...args) {
    this[kWriteToConsole](kUseStderr, formatFor(this, this._stderr, args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, now());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace(...args) {
    const message = formatFor(this, this._stderr, args);
    const err = { name: 'Trace', message };
    let stack;
    if (typeof Error.captureStackTrace === 'function') {
      try {
        Error.captureStackTrace(err, consoleMethods.trace);
        stack = err.stack;
      } catch {
        stack = undefined;
      }
    }
    const header = message === '' ? 'Trace' : `Trace: ${message}`;
    if (typeof stack !== 'string') {
      stack = header;
    } else if (!stack.startsWith('Trace')) {
      // Engines whose captureStackTrace stores frames only: add the header
      // and show each frame the way V8 does.
      const frames = stack.split('\n').filter((line) => line !== '').map((line) =>
        (/^\s+at /.test(line) ? line : `    at ${line.replace(/^([^@]*)@(.*)$/,
                                                        (m, fn, loc) => (fn ? `${fn} (${loc})` : loc))}`));
      stack = frames.length ? `${header}\n${frames.join('\n')}` : header;
    }
    this.error(stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      if (typeof args[0] === 'string') {
        args[0] = `Assertion failed: ${args[0]}`;
      } else {
        args.unshift('Assertion failed');
      }
      Reflect.apply(this.warn, this, args);
    }
  },

  // Clears a terminal; does nothing when stdout is not a TTY.
  clear() {
    const stdout = this._stdout;
    const proc = getProcess();
    if (stdout && stdout.isTTY && !(proc && proc.env && proc.env.TERM === 'dumb')) {
      stdout.write('\u001b[1;1H');
      stdout.write('\u001b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    count = count === undefined ? 1 : count + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(
      0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) validators().validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);

    const show = (value) => {
      const depth = value !== null && typeof value === 'object' && !Array.isArray(value) &&
        Object.keys(value).length > 2 ? -1 : 0;
      return inspect(value, {
        depth,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...this[kGetInspectOptions](this._stdout),
      });
    };
    const indexColumn = (length) => Array.from({ length }, (_, i) => show(i));
    const print = (head, columns) => this.log(renderTable(head, columns));

    if (isMapObject(tabularData)) {
      const keys = [];
      const values = [];
      for (const [k, v] of Map.prototype.entries.call(tabularData)) {
        keys.push(show(k));
        values.push(show(v));
      }
      return print(['(iteration index)', 'Key', 'Values'],
                   [indexColumn(keys.length), keys, values]);
    }
    if (isSetObject(tabularData)) {
      const values = [];
      for (const v of Set.prototype.values.call(tabularData)) values.push(show(v));
      return print(['(iteration index)', 'Values'], [indexColumn(values.length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const primitiveColumn = [];
    const indexKeys = Object.keys(tabularData);
    for (let i = 0; i < indexKeys.length; i++) {
      const item = tabularData[indexKeys[i]];
      const primitive = item === null ||
        (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        primitiveColumn[i] = show(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          map[key] ??= [];
          if ((primitive && properties) ||
              !Object.prototype.hasOwnProperty.call(item, key)) {
            map[key][i] = '';
          } else {
            map[key][i] = show(item[key]);
          }
        }
      }
    }
    const head = Object.keys(map);
    const columns = Object.values(map);
    if (hasPrimitives) {
      head.push('Values');
      columns.push(primitiveColumn);
    }
    head.unshift('(index)');
    columns.unshift(indexKeys);
    return print(head, columns);
  },

  dirxml(...data) {
    Reflect.apply(this.log, this, data);
  },

  groupCollapsed(...data) {
    Reflect.apply(this.group, this, data);
  },
};

for (const key of Object.keys(consoleMethods)) {
  Object.defineProperty(consoleMethods[key], 'name', { value: key });
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && instance !== undefined && instance[kIsConsole] === true;
  },
});

for (const key of Object.keys(consoleMethods)) {
  Object.defineProperty(Console.prototype, key, {
    value: consoleMethods[key], writable: true, enumerable: true, configurable: true,
  });
}
for (const key of Reflect.ownKeys(internals)) {
  Object.defineProperty(Console.prototype, key, {
    value: internals[key], writable: true, enumerable: false, configurable: true,
  });
}

// Builds the process-wide console: a plain object (like Node's) whose
// streams are process.stdout / process.stderr looked up at each write.
function createGlobalConsole() {
  const globalConsole = { __proto__: {} };
  for (const key of Reflect.ownKeys(internals)) {
    Object.defineProperty(globalConsole, key, hidden(internals[key]));
  }
  bindMethods(globalConsole, globalConsole);
  globalConsole[kBindProperties](true, 'auto');
  globalConsole.Console = Console;
  // Inspector-only methods: without an attached inspector they write nothing.
  globalConsole.profile = function profile() {};
  globalConsole.profileEnd = function profileEnd() {};
  globalConsole.timeStamp = function timeStamp() {};
  globalConsole.context = function context(name) {
    const quiet = {};
    for (const key of Object.keys(consoleMethods)) {
      quiet[key] = { [key]() {} }[key];
    }
    return quiet;
  };
  globalConsole.createTask = function createTask(name) {
    if (arguments.length === 0) {
      throw new TypeError('First argument must be a non-empty string.');
    }
    return { run(fn) { return fn(); } };
  };
  globalConsole[kBindStreamsLazy](() => getProcess().stdout, () => getProcess().stderr);
  return globalConsole;
}

module.exports = {
  Console,
  createGlobalConsole,
  kBindStreams,
  kBindProperties,
  kWriteToConsole,
  formatTime,
};
