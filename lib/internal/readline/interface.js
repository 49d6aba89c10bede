'use strict';
// readline's Interface: lines from a Readable, question/prompt, history and basic line editing
// on terminals, async iteration.

const EventEmitter = require('events');
const { codes } = require('internal/errors');
const { validateAbortSignal, validateString, validateUint32, validateFunction } =
  require('internal/validators');
const utils = require('internal/readline/utils');

const kHistorySize = 30;
const kQuestionCallback = Symbol('questionCallback');

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    let history;
    let historySize;
    let removeHistoryDuplicates = false;
    let crlfDelay;
    let prompt = '> ';
    let signal;
    if (input && input.input) {
      const opts = input;
      output = opts.output;
      completer = opts.completer;
      terminal = opts.terminal;
      history = opts.history;
      historySize = opts.historySize;
      signal = opts.signal;
      removeHistoryDuplicates = !!opts.removeHistoryDuplicates;
      crlfDelay = opts.crlfDelay;
      if (opts.prompt !== undefined) prompt = opts.prompt;
      input = opts.input;
    }
    if (completer !== undefined && typeof completer !== 'function') {
      throw new codes.ERR_INVALID_ARG_VALUE('completer', completer);
    }
    if (historySize === undefined) historySize = kHistorySize;
    else validateUint32(historySize, 'historySize');
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    if (terminal === undefined && !(output === null || output === undefined)) {
      terminal = !!output.isTTY;
    }
    this.output = output;
    this.input = input;
    this.history = Array.isArray(history) ? history.slice() : [];
    this.historySize = historySize;
    this.removeHistoryDuplicates = removeHistoryDuplicates;
    this.crlfDelay = crlfDelay ? Math.max(100, crlfDelay) : 100;
    this.completer = completer;
    this._prompt = prompt;
    this.terminal = !!terminal;
    this.line = '';
    this.cursor = 0;
    this.historyIndex = -1;
    this.closed = false;
    this.paused = false;
    this._sawReturnAt = 0;
    this._pending = '';
    this[kQuestionCallback] = null;

    this._onData = (data) => {
      if (this.terminal) this._ttyWrite(data);
      else this._normalWrite(data);
    };
    this._onEnd = () => {
      if (this._pending.length > 0) this._onLine(this._pending);
      this._pending = '';
      this.close();
    };
    this._onKeypress = (s, key) => this._ttyKey(s, key);
    if (this.terminal) {
      utils.emitKeypressEvents(input);
      input.on('keypress', this._onKeypress);
      input.on('end', this._onEnd);
      if (typeof input.setRawMode === 'function') input.setRawMode(true);
      this.cursor = 0;
    } else {
      if (typeof input.setEncoding === 'function' && !input.readableEncoding) {
        input.setEncoding('utf8');
      }
      input.on('data', this._onData);
      input.on('end', this._onEnd);
    }
    if (signal) {
      const onAbort = () => this.close();
      if (signal.aborted) process.nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    if (typeof input.resume === 'function') input.resume();
  }

  get columns() {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal) {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this._prompt);
    }
  }

  question(query, options, cb) {
    if (typeof options === 'function') {
      cb = options;
      options = {};
    }
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    validateFunction(cb, 'callback');
    if (this[kQuestionCallback]) {
      this.prompt();
      return;
    }
    const signal = options?.signal;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this[kQuestionCallback] = null;
      }, { once: true });
    }
    this._oldPrompt = this._prompt;
    this.setPrompt(query);
    this[kQuestionCallback] = cb;
    this.prompt();
  }

  _onLine(line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this._oldPrompt);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  _writeToOutput(text) {
    validateString(text, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(text);
  }

  // Non-terminal input: split on \r\n, \n and \r (a \n right after a \r ends nothing).
  _normalWrite(data) {
    if (data === undefined) return;
    let string = typeof data === 'string' ? data : String(data);
    if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
      if (string[0] === '\n') string = string.slice(1);
      this._sawReturnAt = 0;
    }
    const lines = (this._pending + string).split(/\r\n|\n|\r/);
    const endsWithReturn = string.endsWith('\r');
    this._pending = lines.pop();
    if (endsWithReturn) this._sawReturnAt = Date.now();
    for (const line of lines) {
      if (this.closed) return;
      this._onLine(line);
    }
  }

  // ---- terminal mode ----

  _ttyWrite(data) {
    for (const [s, key] of utils.decodeKeys(typeof data === 'string' ? data : String(data))) {
      this._ttyKey(s, key);
    }
  }

  _refreshLine() {
    if (!this.output) return;
    const line = this._prompt + this.line;
    this.output.write(`\r${line}${utils.CSI}0K`);
    const back = this.line.length - this.cursor;
    if (back > 0) this.output.write(`${utils.CSI}${back}D`);
  }

  _insert(text) {
    this.line = this.line.slice(0, this.cursor) + text + this.line.slice(this.cursor);
    this.cursor += text.length;
    this._refreshLine();
  }

  _addHistory() {
    if (this.line.length === 0 || this.historySize === 0) return this.line;
    if (this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const i = this.history.indexOf(this.line);
        if (i !== -1) this.history.splice(i, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    this.emit('history', this.history);
    return this.history[0];
  }

  _ttyKey(s, key) {
    key = key || {};
    if (key.ctrl && key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    }
    if (key.ctrl && key.name === 'd') {
      if (this.cursor === 0 && this.line.length === 0) this.close();
      else if (this.cursor < this.line.length) {
        this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
        this._refreshLine();
      }
      return;
    }
    switch (key.name) {
      case 'return':
      case 'enter': {
        const line = this._addHistory();
        this.line = '';
        this.cursor = 0;
        if (this.output) this.output.write('\r\n');
        this._onLine(line);
        return;
      }
      case 'backspace':
        if (this.cursor > 0) {
          this.line = this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor);
          this.cursor--;
          this._refreshLine();
        }
        return;
      case 'delete':
        if (this.cursor < this.line.length) {
          this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + 1);
          this._refreshLine();
        }
        return;
      case 'left':
        if (this.cursor > 0) this.cursor--, this._refreshLine();
        return;
      case 'right':
        if (this.cursor < this.line.length) this.cursor++, this._refreshLine();
        return;
      case 'home':
        this.cursor = 0;
        this._refreshLine();
        return;
      case 'end':
        this.cursor = this.line.length;
        this._refreshLine();
        return;
      case 'up':
      case 'down': {
        const next = this.historyIndex + (key.name === 'up' ? 1 : -1);
        if (next >= -1 && next < this.history.length) {
          this.historyIndex = next;
          this.line = next === -1 ? '' : this.history[next];
          this.cursor = this.line.length;
          this._refreshLine();
        }
        return;
      }
      case 'tab':
        if (this.completer) {
          this._complete();
          return;
        }
        break;
      default:
        break;
    }
    if (key.ctrl) {
      if (key.name === 'a') this.cursor = 0;
      else if (key.name === 'e') this.cursor = this.line.length;
      else if (key.name === 'u') {
        this.line = this.line.slice(this.cursor);
        this.cursor = 0;
      } else if (key.name === 'k') this.line = this.line.slice(0, this.cursor);
      else if (key.name === 'w') {
        const before = this.line.slice(0, this.cursor).replace(/\S+\s*$/, '');
        this.line = before + this.line.slice(this.cursor);
        this.cursor = before.length;
      } else if (key.name === 'l') {
        utils.cursorTo(this.output, 0, 0);
        utils.clearScreenDown(this.output);
      }
      this._refreshLine();
      return;
    }
    if (typeof s === 'string' && s.length > 0 && !key.meta) this._insert(s);
  }

  _complete() {
    const done = (err, result) => {
      if (err || !result) return;
      const [completions, partial] = result;
      if (completions.length === 1) this._insert(completions[0].slice(partial.length));
      else if (completions.length > 1 && this.output) {
        this.output.write(`\r\n${completions.join('  ')}\r\n`);
        this._refreshLine();
      }
    };
    const line = this.line.slice(0, this.cursor);
    if (this.completer.length === 2) this.completer(line, done);
    else {
      try {
        done(null, this.completer(line));
      } catch (err) {
        done(err);
      }
    }
  }

  // ---- control ----

  write(data, key) {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    if (this.terminal) {
      if (key) this._ttyKey(data, key);
      else this._ttyWrite(data);
    } else {
      this._normalWrite(data);
    }
  }

  pause() {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) return;
    if (typeof this.input.pause === 'function') this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (this.closed) throw new codes.ERR_USE_AFTER_CLOSE('readline');
    if (!this.paused) return;
    if (typeof this.input.resume === 'function') this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) {
      this.input.removeListener('keypress', this._onKeypress);
      if (typeof this.input.setRawMode === 'function') this.input.setRawMode(false);
    } else {
      this.input.removeListener('data', this._onData);
    }
    this.input.removeListener('end', this._onEnd);
    this.closed = true;
    this.emit('close');
  }

  getCursorPos() {
    const cols = this.columns;
    const offset = this._prompt.length + this.cursor;
    return cols === Infinity ? { rows: 0, cols: offset } :
      { rows: Math.floor(offset / cols), cols: offset % cols };
  }

  [Symbol.asyncIterator]() {
    const queue = [];
    const waiting = [];
    let done = false;
    const onLine = (line) => {
      if (waiting.length > 0) waiting.shift().resolve({ value: line, done: false });
      else queue.push(line);
    };
    const onClose = () => {
      done = true;
      while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
    };
    this.on('line', onLine);
    this.once('close', onClose);
    const cleanup = () => {
      this.removeListener('line', onLine);
      this.removeListener('close', onClose);
    };
    return {
      next: () => {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
        if (done) {
          cleanup();
          return Promise.resolve({ value: undefined, done: true });
        }
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return: () => {
        cleanup();
        this.close();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  [Symbol.dispose]() {
    this.close();
  }
}

module.exports = { Interface, kQuestionCallback };
