'use strict';
// The CommonJS loader: Node's resolution algorithm (relative/absolute paths, extensions,
// directories, node_modules, package.json "main"), the module wrapper and require.cache.

const path = require('path');
const fsBinding = internalBinding('fs');
const { compileFunction } = internalBinding('contextify');
const { BuiltinModule, requireBuiltin } = require('internal/bootstrap/realm');

const kIsMainSymbol = Symbol('kIsMainSymbol');
const wrapperParams = 'exports, require, module, __filename, __dirname';

function stat(filename) {
  return fsBinding.internalModuleStat(filename);
}

function toRealPath(requestPath) {
  try {
    return fsBinding.realpath(requestPath);
  } catch {
    return requestPath;
  }
}

const packageJsonCache = new Map();

// Reads and parses dir/package.json once; returns null when there is none.
function readPackage(dir) {
  const jsonPath = path.resolve(dir, 'package.json');
  if (packageJsonCache.has(jsonPath)) return packageJsonCache.get(jsonPath);
  let result = null;
  if (stat(jsonPath) === 0) {
    const text = fsBinding.readFileUtf8(jsonPath);
    try {
      result = JSON.parse(text);
    } catch (err) {
      err.path = jsonPath;
      err.message = `Error parsing ${jsonPath}: ${err.message}`;
      throw err;
    }
    if (result === null || typeof result !== 'object') result = {};
  }
  packageJsonCache.set(jsonPath, result);
  return result;
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', {
      __proto__: null, value: parent, writable: true, enumerable: false, configurable: true,
    });
    if (parent && Array.isArray(parent.children) && !parent.children.includes(this)) {
      parent.children.push(this);
    }
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    let ext = path.extname(filename);
    if (ext === '' || Module._extensions[ext] === undefined) ext = '.js';
    Module._extensions[ext](this, filename);
    this.loaded = true;
  }

  require(id) {
    if (typeof id !== 'string') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
    }
    if (id === '') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    }
    return Module._load(id, this, false);
  }

  _compile(content, filename) {
    if (content.charCodeAt(0) === 0xFEFF) content = content.slice(1);
    // A hashbang is only valid at the start of a script, not inside the wrapper function.
    if (content.startsWith('#!')) content = `//${content.slice(2)}`;
    const fn = compileFunction(content, filename, wrapperParams);
    const dirname = path.dirname(filename);
    const require = makeRequireFunction(this);
    return Reflect.apply(fn, this.exports, [this.exports, require, this, filename, dirname]);
  }
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.Module = Module;
Module.wrapper = [`(function (${wrapperParams}) { `, '\n});'];
Module.wrap = (script) => `${Module.wrapper[0]}${script}${Module.wrapper[1]}`;
Module.builtinModules = BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList();
Module.isBuiltin = BuiltinModule.isBuiltin;

Module._extensions['.js'] = function(module, filename) {
  module._compile(fsBinding.readFileUtf8(filename), filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = fsBinding.readFileUtf8(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  process.dlopen(module, path.toNamespacedPath(filename));
};

Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push(`${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return paths.map((p) => (p.startsWith('//') ? p.slice(1) : p));
};

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

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(requestPath);
  const main = pkg && typeof pkg.main === 'string' ? pkg.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts);
  const filename = path.resolve(requestPath, main);
  const found = tryFile(filename) || tryExtensions(filename, exts) ||
    tryExtensions(path.resolve(filename, 'index'), exts);
  if (found) return found;
  const fallback = tryExtensions(path.resolve(requestPath, 'index'), exts);
  if (fallback) {
    process.emitWarning(`Invalid 'main' field in '${path.resolve(requestPath, 'package.json')}' ` +
      `of '${main}'. Please either fix that or report it to the module author`,
    'DeprecationWarning', 'DEP0128');
    return fallback;
  }
  const err = new Error(`Cannot find module '${filename}'. ` +
    'Please verify that the package.json has a valid "main" entry');
  err.code = 'MODULE_NOT_FOUND';
  err.path = path.resolve(requestPath, 'package.json');
  err.requestPath = originalPath;
  throw err;
}

Module._findPath = function(request, paths, isMain) {
  const absolute = path.isAbsolute(request);
  if (absolute) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = `${request}\x00${paths.join('\x00')}`;
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const exts = Object.keys(Module._extensions);
  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') ||
     request === '.' || request === '..');
  for (const dir of paths) {
    if (dir && stat(dir) < 1) continue;
    const basePath = path.resolve(dir, request);
    const rc = stat(basePath);
    let filename = false;
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) filename = tryExtensions(basePath, exts);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveLookupPaths = function(request, parent) {
  if (BuiltinModule.isBuiltin(request)) return null;
  if (request.charAt(0) !== '.' ||
      (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths = Module.globalPaths;
    if (parent?.paths?.length) paths = [...parent.paths, ...paths];
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

Module._resolveFilename = function(request, parent, isMain, options) {
  if (BuiltinModule.isBuiltin(request)) return request;
  let paths;
  if (typeof options === 'object' && options !== null && Array.isArray(options.paths)) {
    const isRelative = request.startsWith('./') || request.startsWith('../');
    paths = [];
    for (const p of options.paths) {
      if (isRelative) {
        paths.push(path.resolve(p));
      } else {
        const fake = new Module('', null);
        fake.paths = Module._nodeModulePaths(p);
        for (const lookup of Module._resolveLookupPaths(request, fake) || []) {
          if (!paths.includes(lookup)) paths.push(lookup);
        }
      }
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor.parent) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

Module._load = function(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!BuiltinModule.canBeRequiredByUsers(id)) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return requireBuiltin(id);
  }
  const relCacheKey = parent?.filename ? `${parent.filename}\x00${request}` : undefined;
  if (relCacheKey !== undefined) {
    const cachedName = relativeResolveCache[relCacheKey];
    if (cachedName !== undefined) {
      const cached = Module._cache[cachedName];
      if (cached !== undefined) {
        updateChildren(parent, cached);
        return cached.exports;
      }
      delete relativeResolveCache[relCacheKey];
    }
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached);
    return cached.exports;
  }
  if (BuiltinModule.canBeRequiredWithoutScheme(filename)) return requireBuiltin(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    module[kIsMainSymbol] = true;
    process.mainModule = module;
    setOwnProperty(module.require, 'main', module);
    module.id = '.';
  }
  Module._cache[filename] = module;
  if (relCacheKey !== undefined) relativeResolveCache[relCacheKey] = filename;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (relCacheKey !== undefined) delete relativeResolveCache[relCacheKey];
      if (parent !== undefined) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

const relativeResolveCache = Object.create(null);

function updateChildren(parent, child) {
  const children = parent?.children;
  if (children && !children.includes(child)) children.push(child);
}

function setOwnProperty(obj, key, value) {
  Object.defineProperty(obj, key, {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
}

let mainModule;
function makeRequireFunction(mod) {
  const require = function require(id) {
    return mod.require(id);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveFilename(request, mod, false, options);
  }
  resolve.paths = function paths(request) {
    if (typeof request !== 'string') {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveLookupPaths(request, mod);
  };
  require.resolve = resolve;
  require.main = mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  let filepath = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = require('internal/url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module.runMain = function runMain(main = process.argv[1]) {
  const resolved = path.resolve(main);
  const filename = Module._findPath(resolved, [''], true);
  if (!filename) {
    const err = new Error(`Cannot find module '${resolved}'`);
    err.code = 'MODULE_NOT_FOUND';
    err.requireStack = [];
    throw err;
  }
  const mod = new Module(filename, null);
  mod.id = '.';
  mod[kIsMainSymbol] = true;
  mainModule = mod;
  process.mainModule = mod;
  Module._cache[filename] = mod;
  mod.load(filename);
};

Module.initPaths = function initPaths() {
  const home = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
  }
  Module.globalPaths = paths;
};
Module.initPaths();

Module._initPaths = Module.initPaths;
Module._preloadModules = function(requests) {
  if (!Array.isArray(requests) || requests.length === 0) return;
  const parent = new Module('internal/preload', null);
  parent.paths = Module._nodeModulePaths(process.cwd());
  for (const request of requests) parent.require(request);
};

module.exports = { Module, kIsMainSymbol };
