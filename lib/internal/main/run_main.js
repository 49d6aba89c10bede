'use strict';
// Runs the program's entry point: a file, -e/-p source, or source read from stdin.

const { Module } = require('internal/modules/cjs/loader');
const contextify = internalBinding('contextify');
const path = require('path');

// Runs source as Node runs [eval] code: a CommonJS module body in the cwd whose completion
// value is returned (for -p), with require/module/__filename bound like a module's.
// In -e, -p and the REPL, Node exposes the builtin modules as globals (fs, path, ...).
function addBuiltinLibsToGlobal() {
  for (const id of Module.builtinModules) {
    if (id.startsWith('_') || id.includes('/') || id in globalThis) continue;
    Object.defineProperty(globalThis, id, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      get() {
        const value = require(id);
        Object.defineProperty(globalThis, id, {
          __proto__: null, value, writable: true, configurable: true, enumerable: false,
        });
        return value;
      },
      set(value) {
        Object.defineProperty(globalThis, id, {
          __proto__: null, value, writable: true, configurable: true, enumerable: true,
        });
      },
    });
  }
}

function evalScript(name, source, print) {
  addBuiltinLibsToGlobal();
  const filename = path.join(process.cwd(), name);
  const module = new Module(name, null);
  module.filename = filename;
  module.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  globalThis.require = Module.createRequire(filename);
  const result = contextify.runScript(source, name);
  if (print) {
    const { inspect } = require('internal/util/inspect');
    const text = typeof result === 'string' ? result : inspect(result);
    process.stdout.write(`${text}\n`);
  }
}

function startRepl() {
  addBuiltinLibsToGlobal();
  globalThis.require = Module.createRequire(path.join(process.cwd(), '[repl]'));
  process.stdout.write(`Welcome to Node.js ${process.version}.\n` +
    'Type ".help" for more information.\n');
  const repl = require('repl').start();
  repl.on('exit', () => process.exit());
}

function run(options) {
  Module._preloadModules(options.requires);
  switch (options.entry) {
    case 'file':
      Module.runMain(process.argv[1]);
      break;
    case 'eval':
      evalScript('[eval]', options.eval, options.print);
      if (options.interactive) startRepl();
      break;
    case 'stdin':
      if (internalBinding('stdio').isatty(0) || options.interactive) {
        startRepl();
        return;
      }
      evalScript('[stdin]', internalBinding('stdio').readAll(0), options.print);
      break;
    default:
      break;
  }
}

module.exports = { run };
