'use strict';
// The CommonJS loader: Node 22's require() resolution (builtins, relative and absolute paths,
// extensions, directories and package.json "main", node_modules with "exports", package
// self-reference, "#imports", NODE_PATH), the module wrapper, require.cache and node:module.

const path = require('path');
const fsBinding = internalBinding('fs');
const { compileFunction, runScript } = internalBinding('contextify');
const { BuiltinModule, requireBuiltin } = require('internal/bootstrap/realm');
const packageJsonReader = require('internal/modules/package_json_reader');

const kIsMainSymbol = Symbol('kIsMainSymbol');
const kIsCachedByESMLoader = Symbol('kIsCachedByESMLoader');
const kURL = Symbol('kURL');
const kFormat = Symbol('kFormat');
const kIsExecuting = Symbol('kIsExecuting');
// module.parent lives outside the object so that it never shows up in inspect() output.
const moduleParents = new WeakMap();

const wrapperParams = 'exports, require, module, __filename, __dirname';

let lazyCodes;
function codes() {
  lazyCodes ??= require('internal/errors').codes;
  return lazyCodes;
}

let lazyResolver;
function resolver() {
  lazyResolver ??= require('internal/modules/exports_resolve');
  return lazyResolver;
}

// The ES module loader plugs in here; until it does, requiring an ES module throws Node's
// ERR_REQUIRE_ESM (what Node 22 does with --no-experimental-require-module).
const lazyESM = () => require('internal/modules/esm/loader');
const esmHooks = {
  // loadESMFromCJS(module, filename, source): runs the ES module `filename` for require()
  // and sets module.exports to its namespace.
  loadESMFromCJS: (module, filename, source) => lazyESM().loadESMFromCJS(module, filename, source),
  // canParseAsESM(source, filename): called when a .js file outside any "type" scope fails to
  // compile as CommonJS; true makes the loader hand the file to loadESMFromCJS.
  canParseAsESM: (source, filename) => lazyESM().canParseAsESM(source, filename),
  // runESMMain(filename): runs an ES module entry point (.mjs or "type": "module").
  runESMMain: (filename) => lazyESM().runESMMain(filename),
  // register(specifier, parentURL, options): module.register().
  register: null,
};


// Whether source only makes sense as an ES module: it fails to compile as a CommonJS body.
function containsModuleSyntax(source, filename) {
  try {
    compileFunction(source, filename, wrapperParams);
    return false;
  } catch (err) {
    return err instanceof SyntaxError;
  }
}

function stat(filename) {
  return fsBinding.internalModuleStat(filename);
}

function toRealPath(requestPath) {
  return fsBinding.realpath(requestPath);
}

function setOwnProperty(obj, key, value) {
  Object.defineProperty(obj, key, {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
}

function updateChildren(parent, child, scan) {
  const children = parent?.children;
  if (Array.isArray(children) && !(scan && children.includes(child))) children.push(child);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  setOwnProperty(this, 'exports', {});
  moduleParents.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

let isPreloading = false;
let requireDepth = 0;

// An accessor, as in Node (which is why inspect() shows modules as plain `{ ... }`).
Object.defineProperty(Module.prototype, 'constructor', {
  __proto__: null,
  enumerable: false,
  configurable: false,
  get() {
    return Module;
  },
});

Object.defineProperty(Module.prototype, 'isPreloading', {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() {
    return isPreloading;
  },
});

Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  enumerable: false,
  configurable: false,
  get: function deprecated() {
    return moduleParents.get(this);
  },
  set: function deprecated(value) {
    moduleParents.set(this, value);
  },
});

// The extension Module._extensions handles for filename: the longest registered one among
// its dotted suffixes ('.test.js' before '.js'), '.js' when none is registered.
function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let from = 1;
  for (;;) {
    const dot = name.indexOf('.', from);
    if (dot === -1) return '.js';
    const ext = name.slice(dot);
    if (Module._extensions[ext]) return ext;
    from = dot + 1;
  }
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const ext = findLongestRegisteredExtension(filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
    this[kURL] = undefined;
    this[kFormat] = 'module';
    esmHooks.loadESMFromCJS(this, filename, fsBinding.readFileUtf8(filename));
  } else {
    Module._extensions[ext](this, filename);
  }
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)('id', 'string', id);
  if (id === '') throw new (codes().ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
};

// --- the wrapper ------------------------------------------------------------------------

let wrapperPatched = false;
let wrap = function wrap(script) {
  return `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
};
const wrapperArray = [`(function (${wrapperParams}) { `, '\n});'];
let wrapper = new Proxy(wrapperArray, {
  set(target, property, value, receiver) {
    wrapperPatched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    wrapperPatched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});
Object.defineProperty(Module, 'wrap', {
  __proto__: null,
  enumerable: false,
  configurable: false,
  get() {
    return wrap;
  },
  set(value) {
    wrapperPatched = true;
    wrap = value;
  },
});
Object.defineProperty(Module, 'wrapper', {
  __proto__: null,
  enumerable: false,
  configurable: false,
  get() {
    return wrapper;
  },
  set(value) {
    wrapperPatched = true;
    wrapper = value;
  },
});

// The module body as a function of (exports, require, module, __filename, __dirname). A
// user-patched Module.wrap / Module.wrapper is honoured, as in Node.
function compileWrapper(content, filename) {
  if (wrapperPatched) return runScript(Module.wrap(content), filename);
  return compileFunction(content, filename, wrapperParams);
}

Module.prototype._compile = function _compile(content, filename, format) {
  let fn;
  if (format !== 'module') {
    if (content.charCodeAt(0) === 0xFEFF) content = content.slice(1);
    // A hashbang is only valid at the start of a script, not inside the wrapper function.
    const body = content.startsWith('#!') ? `//${content.slice(2)}` : content;
    try {
      fn = compileWrapper(body, filename);
    } catch (err) {
      if (format === undefined && err instanceof SyntaxError &&
          typeof esmHooks.canParseAsESM === 'function' &&
          esmHooks.canParseAsESM(content, filename)) {
        format = 'module';
      } else {
        throw err;
      }
    }
  }
  if (format === 'module') {
    esmHooks.loadESMFromCJS(this, filename, content);
    return undefined;
  }
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  this[kIsExecuting] = true;
  const result = Reflect.apply(fn, exports, [exports, require, this, filename, dirname]);
  this[kIsExecuting] = false;
  return result;
};

// --- statics ----------------------------------------------------------------------------

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
let modulePaths = [];
Module.globalPaths = [];
Module.Module = Module;
Module.builtinModules = BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList();
Object.freeze(Module.builtinModules);
Module.isBuiltin = function isBuiltin(moduleName) {
  return BuiltinModule.isBuiltin(moduleName);
};
Module._stat = stat;
Module._readPackage = function _readPackage(requestPath) {
  return packageJsonReader.readInDirectory(path.resolve(requestPath));
};
Module._debug = function _debug() {};

Module._extensions['.js'] = function loadJS(module, filename) {
  let format;
  if (filename.endsWith('.cjs')) {
    format = 'commonjs';
  } else if (filename.endsWith('.mjs')) {
    format = 'module';
  } else if (filename.endsWith('.js')) {
    const type = packageJsonReader.getPackageType(filename);
    if (type !== 'none') format = type;
  }
  const source = fsBinding.readFileUtf8(filename);
  module[kURL] = undefined;
  module[kFormat] = format;
  module._compile(source, filename, format);
};

Module._extensions['.json'] = function loadJSON(module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  module[kURL] = undefined;
  module[kFormat] = 'json';
  try {
    setOwnProperty(module, 'exports',
      JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function loadAddon(module, filename) {
  module[kURL] = undefined;
  module[kFormat] = 'addon';
  return process.dlopen(module, path.toNamespacedPath(filename));
};

// The node_modules folders searched from directory `from`, nearest first; folders named
// node_modules get no node_modules/node_modules of their own.
Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let end = from.length;
  while (end > 0) {
    const dir = from.slice(0, end);
    if (path.basename(dir) !== 'node_modules') paths.push(`${dir}/node_modules`);
    end = dir.lastIndexOf('/');
  }
  paths.push('/node_modules');
  return paths;
};

// --- file lookup ------------------------------------------------------------------------

function tryFile(requestPath) {
  return stat(requestPath) === 0 ? toRealPath(requestPath) : false;
}

function tryExtensions(basePath, exts) {
  for (const ext of exts) {
    const found = tryFile(basePath + ext);
    if (found) return found;
  }
  return false;
}

const warnedMain = new Set();

// A directory request: its package.json "main" (as a file, with extensions, or as a folder
// with an index), falling back to index.<ext> with a DEP0128 warning.
function tryPackage(requestPath, exts, originalPath) {
  const record = packageJsonReader.readInDirectory(requestPath);
  const main = record.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts);
  const filename = path.resolve(requestPath, main);
  const found = tryFile(filename) || tryExtensions(filename, exts) ||
    tryExtensions(path.resolve(filename, 'index'), exts);
  if (found) return found;
  const fallback = tryExtensions(path.resolve(requestPath, 'index'), exts);
  if (!fallback) {
    const err = new Error(`Cannot find module '${filename}'. ` +
      'Please verify that the package.json has a valid "main" entry');
    err.code = 'MODULE_NOT_FOUND';
    err.path = record.pjsonPath;
    err.requestPath = originalPath;
    throw err;
  }
  if (!warnedMain.has(record.pjsonPath)) {
    warnedMain.add(record.pjsonPath);
    process.emitWarning(`Invalid 'main' field in '${record.pjsonPath}' of '${main}'. ` +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
  }
  return fallback;
}

// 'name' or '@scope/name' followed by an optional '/subpath': what "exports" applies to.
const packageRequestPattern = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

function cjsConditions() {
  return cjsConditionSet;
}
const cjsConditionSet = new Set(['require', 'node', 'module-sync', 'node-addons']);

function esmNotFound(request, jsonPath) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (jsonPath) err.path = jsonPath;
  return err;
}

// Turns an "exports"/"imports" result into an existing file's real path. errPath becomes the
// `path` of the not-found error (Node passes the package folder for node_modules lookups and
// the package.json path for self-references and "imports").
function finalizeResolution(resolved, parentPath, errPath) {
  const r = resolver();
  if (resolved.startsWith('node:')) throw new (codes().ERR_INVALID_URL_SCHEME)('file');
  if (r.hasEncodedSeparator(resolved)) {
    throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(r.urlPathToHref(resolved),
      'must not include encoded "/" or "\\" characters', parentPath ?? undefined);
  }
  const filename = r.urlPathToFilePath(resolved);
  const found = tryFile(filename);
  if (found) return found;
  throw esmNotFound(filename, errPath);
}

// "exports" of the package `request` names inside node_modules folder nmPath, if it has any.
function resolveExports(nmPath, request) {
  const match = packageRequestPattern.exec(request);
  if (match === null) return undefined;
  const pkgDir = path.resolve(nmPath, match[1]);
  const record = packageJsonReader.readInDirectory(pkgDir);
  if (!record.exists || record.exports == null) return undefined;
  try {
    const resolved = resolver().packageExportsResolve(record.pjsonPath, `.${match[2] ?? ''}`,
      record.exports, cjsConditions(), undefined);
    return finalizeResolution(resolved, null, pkgDir);
  } catch (err) {
    if (err?.code === 'ERR_MODULE_NOT_FOUND') throw esmNotFound(request, record.pjsonPath);
    throw err;
  }
}

Module._findPath = function _findPath(request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = `${request}\x00${paths.length === 1 ? paths[0] : paths.join('\x00')}`;
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;

  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request === '.' || request === '..' ||
     request.endsWith('/.') || request.endsWith('/..'));
  const isRelative = request === '.' || request === '..' || request.startsWith('./') ||
    request.startsWith('../');
  const insidePath = !(isRelative && path.normalize(request).startsWith('..'));
  let exts;
  for (const dir of paths) {
    if (insidePath && dir && stat(dir) < 1) continue;
    if (!absolute) {
      const exported = resolveExports(dir, request);
      if (exported) return exported;
    }
    const basePath = path.resolve(dir, request);
    const rc = stat(basePath);
    let filename = false;
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) {
        exts ??= Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts);
      }
    }
    if (!filename && rc === 1) {
      exts ??= Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (BuiltinModule.isBuiltin(request)) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths = modulePaths;
    if (parent?.paths?.length) paths = [...parent.paths, ...modulePaths];
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function parentPathForSelf(parent) {
  if (!parent) return false;
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') {
    return path.resolve(process.cwd(), 'noop.js');
  }
  return false;
}

// A request naming the package the parent belongs to ("name" + "exports" in its scope).
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const pkg = packageJsonReader.getNearestParentPackageJSON(parentPath);
  if (pkg === undefined || pkg.exports == null || pkg.name === undefined) return false;
  let subpath;
  if (request === pkg.name) subpath = '.';
  else if (request.startsWith(`${pkg.name}/`)) subpath = `.${request.slice(pkg.name.length)}`;
  else return false;
  try {
    const resolved = resolver().packageExportsResolve(pkg.pjsonPath, subpath, pkg.exports,
      cjsConditions(), parentPath);
    return finalizeResolution(resolved, parentPath, pkg.pjsonPath);
  } catch (err) {
    if (err?.code === 'ERR_MODULE_NOT_FOUND') throw esmNotFound(request, pkg.pjsonPath);
    throw err;
  }
}

// Bare-name targets of "imports" resolve with ES module rules from the package.json.
function resolveBareImportTarget(specifier, jsonPath, conditions) {
  return resolver().packageResolve(specifier, jsonPath, conditions, undefined);
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (BuiltinModule.isBuiltin(request)) return request;
  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      if (request.startsWith('./') || request.startsWith('../')) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (const p of options.paths) {
          fakeParent.paths = Module._nodeModulePaths(p);
          for (const lookup of Module._resolveLookupPaths(request, fakeParent)) {
            if (!paths.includes(lookup)) paths.push(lookup);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const parentPath = parent?.filename ?? `${process.cwd()}/`;
    const pkg = packageJsonReader.getNearestParentPackageJSON(parentPath);
    if (pkg?.imports != null) {
      try {
        const resolved = resolver().packageImportsResolve(request, pkg, cjsConditions(),
          parentPath, resolveBareImportTarget);
        return finalizeResolution(resolved, parentPath, pkg.pjsonPath);
      } catch (err) {
        if (err?.code === 'ERR_MODULE_NOT_FOUND') throw esmNotFound(request);
        throw err;
      }
    }
  }

  const parentPath = parentPathForSelf(parent);
  const selfResolved = trySelf(parentPath, request);
  if (selfResolved) {
    const key = `${request}\x00${paths.length === 1 ? paths[0] : paths.join('\x00')}`;
    Module._pathCache[key] = selfResolved;
    return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParents.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// --- circular requires ------------------------------------------------------------------

function warnCircularAccess(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
    'inside circular dependency');
}

// Set as the prototype of a still-loading module's plain exports object handed to a circular
// require(): reading a property the module has not defined yet warns.
const circularExportsProto = new Proxy({}, {
  get(target, prop, receiver) {
    if (prop in target || prop === '__esModule') return Reflect.get(target, prop, receiver);
    warnCircularAccess(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Reflect.getOwnPropertyDescriptor(target, prop);
    }
    warnCircularAccess(prop);
    return undefined;
  },
});

function exportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports !== null && typeof exports === 'object' &&
      Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    Object.setPrototypeOf(exports, circularExportsProto);
  }
  return exports;
}

// --- loading ----------------------------------------------------------------------------

const relativeResolveCache = { __proto__: null };

Module._load = function _load(request, parent, isMain) {
  let relCacheKey;
  if (parent) {
    relCacheKey = `${parent.path}\x00${request}`;
    const cachedName = relativeResolveCache[relCacheKey];
    if (cachedName !== undefined) {
      const cached = Module._cache[cachedName];
      if (cached !== undefined) {
        updateChildren(parent, cached, true);
        return cached.loaded ? cached.exports : exportsForCircularRequire(cached);
      }
      delete relativeResolveCache[relCacheKey];
    }
  }

  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!BuiltinModule.canBeRequiredByUsers(id)) {
      throw new (codes().ERR_UNKNOWN_BUILTIN_MODULE)(request);
    }
    return requireBuiltin(id);
  }

  // --expose-internals (for cnode's own tests): lib/internal/* becomes requirable.
  if (request.startsWith('internal/') && internalBinding('options').exposeInternals &&
      BuiltinModule.exists(request)) {
    return requireBuiltin(request);
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    return cached.loaded ? cached.exports : exportsForCircularRequire(cached);
  }
  if (BuiltinModule.canBeRequiredWithoutScheme(filename)) return requireBuiltin(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    setOwnProperty(process, 'mainModule', module);
    setOwnProperty(module.require, 'main', process.mainModule);
    module.id = '.';
    module[kIsMainSymbol] = true;
  } else {
    module[kIsMainSymbol] = false;
  }
  module[kIsCachedByESMLoader] = false;
  Module._cache[filename] = module;
  if (parent !== undefined) relativeResolveCache[relCacheKey] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined) {
        delete relativeResolveCache[relCacheKey];
        const children = parent?.children;
        if (Array.isArray(children)) {
          const i = children.indexOf(module);
          if (i !== -1) children.splice(i, 1);
        }
      }
    } else if (module.exports !== null && typeof module.exports === 'object' &&
               Object.getPrototypeOf(module.exports) === circularExportsProto) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
  }
  return module.exports;
};

function makeRequireFunction(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('request', 'string', request);
    }
    return Module._resolveFilename(request, mod, false, options);
  }
  function paths(request) {
    if (typeof request !== 'string') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('request', 'string', request);
    }
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  require.resolve = resolve;
  setOwnProperty(require, 'main', process.mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// --- file: URLs (createRequire accepts them) ---------------------------------------------

function isURLObject(value) {
  return value !== null && typeof value === 'object' && typeof value.href === 'string' &&
    value.protocol !== undefined && value.auth === undefined && value.path === undefined;
}

// The path of a file: URL (a string or URL object), or throws.
function fileURLToPathLocal(url) {
  if (BuiltinModule.exists('internal/url')) return require('internal/url').fileURLToPath(url);
  const href = typeof url === 'string' ? url : url.href;
  const m = /^file:\/\/([^/?#]*)(\/[^?#]*)?(?:[?#].*)?$/i.exec(href);
  if (m === null) throw new (codes().ERR_INVALID_URL_SCHEME)('file');
  if (m[1] !== '' && m[1].toLowerCase() !== 'localhost') {
    throw new (codes().ERR_INVALID_FILE_URL_HOST)(process.platform);
  }
  return resolver().urlPathToFilePath(m[2] ?? '/');
}

const createRequireMessage = 'must be a file URL object, file URL string, or absolute path string';

Module.createRequire = function createRequire(filename) {
  let filepath;
  if (isURLObject(filename) || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      filepath = fileURLToPathLocal(filename);
    } catch {
      throw new (codes().ERR_INVALID_ARG_VALUE)('filename', filename, createRequireMessage);
    }
  } else if (typeof filename !== 'string') {
    throw new (codes().ERR_INVALID_ARG_VALUE)('filename', filename, createRequireMessage);
  } else {
    filepath = filename;
  }
  const proxyPath = filepath.endsWith('/') ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

// --- entry points -----------------------------------------------------------------------

function shouldUseESMLoader(mainPath) {
  if (mainPath.endsWith('.mjs')) return true;
  if (!mainPath.endsWith('.js')) return false;
  return packageJsonReader.getPackageType(mainPath) === 'module';
}

Module.runMain = function runMain(main = process.argv[1]) {
  const absolute = path.resolve(main);
  const resolved = Module._findPath(absolute, null, true) || absolute;
  if (typeof esmHooks.runESMMain === 'function' && shouldUseESMLoader(resolved)) {
    return esmHooks.runESMMain(resolved);
  }
  return Module._load(absolute, null, true);
};

Module._initPaths = function _initPaths() {
  const home = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  if (nodePath) paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  modulePaths = paths;
  Module.globalPaths = paths.slice();
};
Module._initPaths();

Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  isPreloading = true;
  try {
    const parent = new Module('internal/preload', null);
    parent.paths = Module._nodeModulePaths(process.cwd());
    for (const request of requests) parent.require(request);
  } finally {
    isPreloading = false;
  }
};

// --- the rest of node:module -------------------------------------------------------------

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  // Builtins have no separate ES module namespace objects to refresh yet.
};

Module.findSourceMap = function findSourceMap(sourceURL) {
  return undefined;
};

Module.register = function register(specifier, parentURL, options) {
  if (typeof esmHooks.register === 'function') {
    return esmHooks.register(specifier, parentURL, options);
  }
  throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('module.register()');
};

const compileCacheStatus = Object.freeze({
  __proto__: null, FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3,
});
Module.constants = Object.freeze({ __proto__: null, compileCacheStatus });

// cnode keeps no on-disk compile cache: JSC compiles lazily and quickly, so enabling one
// reports DISABLED with the reason, as Node does when the cache is turned off.
Module.enableCompileCache = function enableCompileCache(cacheDir) {
  return {
    status: compileCacheStatus.DISABLED,
    message: 'Disabled by cnode: compile cache is not supported',
  };
};
Module.getCompileCacheDir = function getCompileCacheDir() {
  return undefined;
};
Module.flushCompileCache = function flushCompileCache() {};

let sourceMapsSupport = { __proto__: null, enabled: false, nodeModules: false, generatedCode: false };
Module.getSourceMapsSupport = function getSourceMapsSupport() {
  return { __proto__: null, ...sourceMapsSupport };
};
Module.setSourceMapsSupport = function setSourceMapsSupport(enabled, options) {
  const { validateBoolean, validateObject } = require('internal/validators');
  validateBoolean(enabled, 'enabled');
  if (options !== undefined) validateObject(options, 'options');
  const nodeModules = options?.nodeModules ?? false;
  const generatedCode = options?.generatedCode ?? false;
  validateBoolean(nodeModules, 'options.nodeModules');
  validateBoolean(generatedCode, 'options.generatedCode');
  sourceMapsSupport = { __proto__: null, enabled, nodeModules, generatedCode };
};

// The path of the package.json that applies to `specifier` resolved from `base`: for a path
// or file URL, the nearest package.json above it; for a package name, that package's own.
Module.findPackageJSON = function findPackageJSON(specifier, base) {
  let basePath;
  if (base !== undefined) {
    const baseHref = isURLObject(base) ? base.href : base;
    if (typeof baseHref !== 'string') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('base', ['string', 'URL'], base);
    }
    basePath = baseHref.startsWith('file:') ? fileURLToPathLocal(baseHref) : baseHref;
  }
  const spec = isURLObject(specifier) ? specifier.href : `${specifier}`;
  let target;
  if (spec.startsWith('file:')) {
    target = fileURLToPathLocal(spec);
  } else if (spec.startsWith('/')) {
    target = spec;
  } else if (spec.startsWith('./') || spec.startsWith('../') || spec === '.' || spec === '..') {
    if (basePath === undefined) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('base', ['string', 'URL'], base);
    }
    target = path.resolve(path.dirname(basePath), spec);
  }
  if (target !== undefined) {
    return packageJsonReader.getNearestParentPackageJSON(`${target}/noop`)?.pjsonPath;
  }
  if (basePath === undefined) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('base', ['string', 'URL'], base);
  }
  const parsed = resolver().parsePackageName(spec);
  if (parsed !== null) {
    for (const nm of Module._nodeModulePaths(path.dirname(basePath))) {
      const jsonPath = `${nm}/${parsed[0]}/package.json`;
      if (stat(jsonPath) === 0) return jsonPath;
    }
  }
  throw new (codes().ERR_MODULE_NOT_FOUND)(parsed === null ? spec : parsed[0], basePath,
    undefined);
};

module.exports = {
  Module,
  kIsMainSymbol,
  esmHooks,
  shouldUseESMLoader,
  makeRequireFunction,
};
