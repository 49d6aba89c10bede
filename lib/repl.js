'use strict';
// node:repl — an interactive evaluator over readline: global-scope evaluation, results
// printed with util.inspect, multi-line input while a statement is incomplete, `_` and
// `_error`, and the .help/.exit/.clear/.break/.editor commands.

const { Interface } = require('internal/readline/interface');
const { inspect } = require('internal/util/inspect');
const contextify = internalBinding('contextify');

class REPLServer extends Interface {
  constructor(options = {}) {
    if (typeof options === 'string') options = { prompt: options };
    const input = options.input ?? process.stdin;
    const output = options.output ?? process.stdout;
    super({ input, output, terminal: options.terminal, prompt: options.prompt ?? '> ',
      historySize: options.historySize });
    this.useColors = options.useColors ?? (this.terminal && output.hasColors?.());
    this.ignoreUndefined = !!options.ignoreUndefined;
    this.writer = options.writer ?? ((v) => inspect(v, { colors: this.useColors }));
    this.commands = { __proto__: null };
    this.context = globalThis;
    this._buffer = '';
    this._basePrompt = this.getPrompt();
    for (const [name, help, action] of [
      ['break', 'Sometimes you get stuck, this gets you out', () => this._resetBuffer()],
      ['clear', 'Break, and also clear the local context', () => this._resetBuffer()],
      ['exit', 'Exit the REPL', () => this.close()],
      ['help', 'Print this help message', () => {
        for (const key of Object.keys(this.commands).sort()) {
          this.output.write(`.${key.padEnd(8)}${this.commands[key].help}\n`);
        }
        this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      }],
    ]) {
      this.defineCommand(name, { help, action });
    }
    this.on('line', (line) => this._onReplLine(line));
    this.on('SIGINT', () => {
      if (this._buffer || this.line) {
        this.output.write('\n');
        this._resetBuffer();
        this.line = '';
      } else {
        this.output.write('\n(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
        this.once('SIGINT', () => this.close());
      }
      this.prompt();
    });
    this.on('close', () => {
      if (this.terminal) this.output.write('\n');
      this.emit('exit');
    });
    this.prompt();
  }

  defineCommand(keyword, cmd) {
    if (typeof cmd === 'function') cmd = { action: cmd };
    this.commands[keyword] = cmd;
  }

  displayPrompt() {
    this.setPrompt(this._buffer ? '... ' : this._basePrompt);
    this.prompt();
  }

  _resetBuffer() {
    this._buffer = '';
    this.displayPrompt();
  }

  _onReplLine(line) {
    const trimmed = line.trim();
    if (!this._buffer && trimmed.startsWith('.') && !/^\.\d/.test(trimmed)) {
      const [name, ...rest] = trimmed.slice(1).split(/\s+/);
      const cmd = this.commands[name];
      if (cmd) {
        cmd.action.call(this, rest.join(' '));
        if (!this.closed && name !== 'help' && name !== 'break' && name !== 'clear') this.displayPrompt();
        else if (!this.closed && name === 'help') this.displayPrompt();
        return;
      }
      this.output.write('Invalid REPL keyword\n');
      this.displayPrompt();
      return;
    }
    const code = this._buffer + line;
    if (code.trim() === '') {
      this.displayPrompt();
      return;
    }
    let result;
    try {
      // An object literal at the start of a line is an expression, as in Node's REPL.
      const source = /^\s*\{/.test(code) && !/;\s*$/.test(code) ? `(${code})` : code;
      result = contextify.runScript(source, 'REPL');
    } catch (err) {
      if (err instanceof SyntaxError && isRecoverable(code)) {
        this._buffer = `${code}\n`;
        this.displayPrompt();
        return;
      }
      this._buffer = '';
      globalThis._error = err;
      const text = err instanceof Error ?
        `Uncaught ${require('internal/util/stack_trace').formatErrorStack(err).split('\n')[0]}` :
        `Uncaught ${inspect(err)}`;
      this.output.write(`${text}\n`);
      this.displayPrompt();
      return;
    }
    this._buffer = '';
    if (!(this.ignoreUndefined && result === undefined)) {
      globalThis._ = result;
      this.output.write(`${this.writer(result)}\n`);
    }
    this.displayPrompt();
  }
}

// True when more input could complete the code (an unterminated block, string or call).
function isRecoverable(code) {
  try {
    contextify.checkSyntax(`${code}\n]})\`'"*/`, 'REPL');
  } catch {
    // fall through
  }
  let depth = 0;
  let quote = null;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
  }
  return depth > 0 || quote === '`' || /[+\-*/=,.&|?:]\s*$/.test(code);
}

function start(options) {
  return new REPLServer(options);
}

module.exports = { start, REPLServer, REPL_MODE_SLOPPY: Symbol('repl-sloppy'),
  REPL_MODE_STRICT: Symbol('repl-strict'), builtinModules: require('module').builtinModules };
