'use strict';
// node:vm — scripts in this context, and separate contexts: each vm context is its own JSC
// global object in the same VM. The sandbox object's properties are copied onto that global
// before a run and the global's own properties back onto the sandbox after it (Node makes the
// sandbox itself the global; the observable results of a run are the same).

const contextify = internalBinding('contextify');
const { codes } = require('internal/errors');
const { validateObject, validateString, validateArray } = require('internal/validators');

const contexts = new WeakMap(); // sandbox -> { global, builtins }

function isContext(object) {
  validateObject(object, 'object', { allowArray: true });
  return contexts.has(object);
}

function createContext(contextObject = {}, options = undefined) {
  if (contextObject !== null && typeof contextObject === 'object' && contexts.has(contextObject)) {
    return contextObject;
  }
  validateObject(contextObject, 'contextObject', { allowArray: true });
  if (options !== undefined) validateObject(options, 'options');
  const global = contextify.makeContext();
  contexts.set(contextObject, { global, builtins: new Set(Reflect.ownKeys(global)) });
  return contextObject;
}

function runIn(sandbox, code, filename) {
  const entry = contexts.get(sandbox);
  if (entry === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', sandbox);
  }
  const { global, builtins } = entry;
  for (const key of Reflect.ownKeys(sandbox)) global[key] = sandbox[key];
  try {
    return contextify.runInContext(global, code, filename);
  } finally {
    for (const key of Reflect.ownKeys(global)) {
      if (!builtins.has(key) || Object.hasOwn(sandbox, key)) sandbox[key] = global[key];
    }
  }
}

function filenameOf(options, fallback = 'evalmachine.<anonymous>') {
  if (typeof options === 'string') return options;
  if (options !== undefined && options !== null) {
    validateObject(options, 'options');
    if (options.filename !== undefined) {
      validateString(options.filename, 'options.filename');
      return options.filename;
    }
  }
  return fallback;
}

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    const filename = filenameOf(options);
    contextify.checkSyntax(code, filename);
    this._code = code;
    this._filename = filename;
  }

  runInThisContext(options) {
    return contextify.runScript(this._code, this._filename);
  }

  runInContext(contextifiedObject, options) {
    return runIn(contextifiedObject, this._code, this._filename);
  }

  runInNewContext(contextObject, options) {
    return runIn(createContext(contextObject), this._code, this._filename);
  }

  createCachedData() {
    return require('buffer').Buffer.alloc(0);
  }
}

function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext(options);
}

function runInContext(code, contextifiedObject, options) {
  return new Script(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  return new Script(code, options).runInNewContext(contextObject, options);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  params.forEach((p, i) => validateString(p, `params[${i}]`));
  validateObject(options, 'options');
  const filename = options.filename ?? '';
  const ext = options.contextExtensions ?? [];
  validateArray(ext, 'options.contextExtensions');
  if (options.parsingContext !== undefined && !contexts.has(options.parsingContext)) {
    throw new codes.ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', options.parsingContext);
  }
  return contextify.compileFunction(code, filename, params.join(', '));
}

function measureMemory() {
  const rss = process.memoryUsage.rss();
  return Promise.resolve({ total: { jsMemoryEstimate: rss, jsMemoryRange: [0, rss] } });
}

module.exports = {
  Script,
  createContext,
  createScript(code, options) {
    return new Script(code, options);
  },
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants: {
    USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
    DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
  },
};
