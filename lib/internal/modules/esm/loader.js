'use strict';
// The ES module loader: Node's ESM resolution, graph loading, linking (namespaces with live
// bindings, star and indirect exports) and spec-order evaluation (depth-first post-order;
// modules with top-level await run asynchronously and their parents wait for them), over the
// module functions made by the C transformer (src/esm/esm.h describes the contract).

const path = require('path');
const { transform, kExportNameDefault } = internalBinding('module_wrap');
const contextify = internalBinding('contextify');
const fsBinding = internalBinding('fs');
const { BuiltinModule, requireBuiltin } = require('internal/bootstrap/realm');
const packageJsonReader = require('internal/modules/package_json_reader');
const resolver = require('internal/modules/exports_resolve');

let errors;
const codes = () => (errors ??= require('internal/errors')).codes;

const kImportConditions = new Set(['node', 'import', 'module-sync']);

// ---- URLs ----------------------------------------------------------------------------------

function pathToHref(filename) {
  return resolver.urlPathToHref(resolver.filePathToURLPath(filename));
}

function hrefToPath(href) {
  return resolver.urlPathToFilePath(href.slice('file://'.length).replace(/[?#].*$/, ''));
}

// ---- resolution ----------------------------------------------------------------------------

// Returns the URL ('file:///...', 'node:fs' or 'data:...') that `specifier` names for a
// module at parentHref, or throws Node's resolution errors.
function resolve(specifier, parentHref) {
  const parentPath = parentHref.startsWith('file:') ? hrefToPath(parentHref) : process.cwd() + '/';
  const base = parentPath;
  if (specifier.startsWith('node:')) {
    if (!BuiltinModule.canBeRequiredByUsers(specifier.slice(5))) {
      throw new (codes().ERR_UNKNOWN_BUILTIN_MODULE)(specifier);
    }
    return specifier;
  }
  if (specifier.startsWith('data:')) return specifier;
  let filename;
  if (specifier.startsWith('file:')) {
    filename = hrefToPath(specifier);
  } else if (specifier.startsWith('/') || specifier.startsWith('./') ||
             specifier.startsWith('../') || specifier === '.' || specifier === '..') {
    filename = resolver.urlPathToFilePath(specifier.startsWith('/') ?
      resolver.filePathToURLPath(specifier.replace(/[?#].*$/, '')) :
      resolveRelative(parentPath, specifier));
  } else if (specifier.startsWith('#')) {
    const scope = packageJsonReader.getNearestParentPackageJSON(parentPath);
    const urlPath = resolver.packageImportsResolve(specifier, scope, kImportConditions, base,
      (spec, jsonPath, conds) => resolver.packageResolve(spec, jsonPath, conds, base));
    if (urlPath.startsWith('node:')) return urlPath;
    filename = resolver.urlPathToFilePath(urlPath);
  } else if (BuiltinModule.canBeRequiredWithoutScheme(specifier)) {
    return `node:${specifier}`;
  } else if (/^[a-zA-Z][a-zA-Z+.-]*:/.test(specifier)) {
    const err = new (codes().ERR_UNSUPPORTED_ESM_URL_SCHEME)({ protocol: specifier.slice(0, specifier.indexOf(':') + 1) },
      ['file', 'data', 'node']);
    throw err;
  } else {
    const urlPath = resolver.packageResolve(specifier, parentPath, kImportConditions, base);
    if (urlPath.startsWith('node:')) return urlPath;
    filename = resolver.urlPathToFilePath(urlPath);
  }
  const kind = fsBinding.internalModuleStat(filename);
  if (kind === 1) {
    const err = new (codes().ERR_UNSUPPORTED_DIR_IMPORT)(filename, base, pathToHref(filename));
    if (fsBinding.internalModuleStat(`${filename}/index.js`) === 0) {
      err.message += `\nDid you mean to import "${specifier.replace(/\/$/, '')}/index.js"?`;
    }
    throw err;
  }
  if (kind !== 0) {
    throw new (codes().ERR_MODULE_NOT_FOUND)(filename, base, pathToHref(filename));
  }
  return pathToHref(realpath(filename));
}

function resolveRelative(parentPath, specifier) {
  const dir = parentPath.slice(0, parentPath.lastIndexOf('/') + 1);
  return resolver.filePathToURLPath(path.resolve(dir, decodeURIComponent(specifier.replace(/[?#].*$/, ''))));
}

function realpath(filename) {
  try {
    return fsBinding.realpath(filename);
  } catch {
    return filename;
  }
}

// 'module', 'commonjs', 'json', 'builtin' or 'wasm' for a resolved URL.
function formatOf(href, source) {
  if (href.startsWith('node:')) return 'builtin';
  if (href.startsWith('data:')) {
    const mime = href.slice(5, href.indexOf(','));
    if (/^text\/javascript/.test(mime)) return 'module';
    if (/^application\/json/.test(mime)) return 'json';
    throw new (codes().ERR_UNKNOWN_MODULE_FORMAT)(mime, href);
  }
  const filename = hrefToPath(href);
  const ext = path.extname(filename);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.node') return 'commonjs';
  const type = packageJsonReader.getPackageType(filename);
  if (ext === '.js' || ext === '') {
    if (type === 'module') return 'module';
    if (type === 'commonjs') return 'commonjs';
    // No "type": CommonJS unless the source only parses as a module (Node 22's detection).
    return looksLikeModule(source ?? fsBinding.readFileUtf8(filename), filename) ? 'module' : 'commonjs';
  }
  throw new (codes().ERR_UNKNOWN_FILE_EXTENSION)(ext, filename);
}

function looksLikeModule(source, filename) {
  if (!/\b(import|export)\b|\bawait\b/.test(source)) return false;
  try {
    contextify.checkSyntax(source, filename);
    return false;
  } catch (err) {
    if (!(err instanceof SyntaxError)) return false;
  }
  return !('error' in transform(source)) && checkModuleSyntax(source, filename) === null;
}

// The engine's module-grammar check: null when valid, else a SyntaxError.
function checkModuleSyntax(source, filename) {
  try {
    contextify.checkModuleSyntax?.(source, filename);
    return null;
  } catch (err) {
    return err;
  }
}

// ---- records -------------------------------------------------------------------------------

const registry = new Map(); // href -> ModuleRecord

class ModuleRecord {
  constructor(href, format) {
    this.href = href;
    this.format = format;
    this.filename = href.startsWith('file:') ? hrefToPath(href) : href;
    this.namespace = Object.create(null);
    this.status = 'new'; // new -> linking -> linked -> evaluating -> evaluated | errored
    this.deps = [];
    this.record = null;
    this.gen = null;
    this.getters = null;
    this.error = undefined;
    this.promise = undefined;
    this.hasTLA = false;
  }
}

function syntaxErrorFor(source, filename, result) {
  const err = checkModuleSyntax(source, filename);
  if (err !== null) return err;
  const e = new SyntaxError(result.error);
  e.line = result.line;
  e.column = result.column;
  e.sourceURL = filename;
  return e;
}

// Loads href and, recursively, everything it imports. Returns the record.
function checkAttributes(href, format, attributes) {
  if (format === 'json' && attributes?.type !== 'json') {
    throw new (codes().ERR_IMPORT_ATTRIBUTE_MISSING)(href, 'type', 'json');
  }
  if (attributes?.type !== undefined && attributes.type !== 'json') {
    throw new (codes().ERR_IMPORT_ATTRIBUTE_UNSUPPORTED)('type', attributes.type, href);
  }
  if (attributes?.type === 'json' && format !== 'json') {
    throw new (codes().ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE)(href, 'json');
  }
}

function loadGraph(href, attributes, parentHref) {
  let m = registry.get(href);
  if (m !== undefined) {
    checkAttributes(href, m.format, attributes);
    return m;
  }
  let source;
  let format;
  if (href.startsWith('data:')) {
    const comma = href.indexOf(',');
    const meta = href.slice(5, comma);
    const body = href.slice(comma + 1);
    source = meta.endsWith(';base64') ? require('buffer').Buffer.from(body, 'base64').toString() :
      decodeURIComponent(body);
    format = formatOf(href);
  } else if (href.startsWith('node:')) {
    format = 'builtin';
  } else {
    const filename = hrefToPath(href);
    format = formatOf(href);
    if (format === 'module' || format === 'json') source = fsBinding.readFileUtf8(filename);
  }
  checkAttributes(href, format, attributes);
  m = new ModuleRecord(href, format);
  registry.set(href, m);
  if (format === 'module') {
    if (source.charCodeAt(0) === 0xFEFF) source = source.slice(1);
    const result = transform(source);
    if ('error' in result) {
      registry.delete(href);
      throw syntaxErrorFor(source, m.filename, result);
    }
    m.record = result;
    m.hasTLA = result.hasTLA;
    require('internal/util/stack_trace').setScriptColumnOffset?.(m.filename, result.line1PrefixLength);
    m.fn = contextify.runScript(result.code, m.filename);
    try {
      m.deps = result.requests.map((req) =>
        loadGraph(resolve(req.specifier, href), req.attributes, href));
    } catch (err) {
      registry.delete(href);
      throw err;
    }
  } else if (format === 'json') {
    m.source = source;
  }
  return m;
}

// ---- linking -------------------------------------------------------------------------------

function defineGetter(ns, name, get) {
  Object.defineProperty(ns, name, { __proto__: null, get, set: undefined, enumerable: true, configurable: false });
}

function sealNamespace(ns, entries) {
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [name, get] of entries) defineGetter(ns, name, get);
  Object.defineProperty(ns, Symbol.toStringTag, { __proto__: null, value: 'Module' });
  Object.preventExtensions(ns);
}

// Export name -> getter for a module record, following indirect and star exports.
function exportGetters(m, seen = new Set()) {
  if (m.format !== 'module') return null; // known after evaluation
  if (m.exportMap) return m.exportMap;
  if (seen.has(m)) return new Map();
  seen.add(m);
  const map = new Map();
  const r = m.record;
  for (const e of r.localExports) {
    map.set(e.exportName, () => m.getters[e.exportName]());
  }
  for (const e of r.indirectExports) {
    const dep = m.deps[e.request];
    if (e.importName === null) map.set(e.exportName, () => dep.namespace);
    else map.set(e.exportName, () => dep.namespace[e.importName]);
  }
  const ambiguous = new Set();
  const starSource = new Map();
  for (const i of r.starExports) {
    const dep = m.deps[i];
    const depMap = exportGetters(dep, seen);
    const names = depMap ? [...depMap.keys()] : [];
    for (const name of names) {
      if (name === 'default' || map.has(name) && !starSource.has(name)) continue;
      if (starSource.has(name)) {
        if (starSource.get(name) !== originOf(dep, name)) ambiguous.add(name);
        continue;
      }
      starSource.set(name, originOf(dep, name));
      map.set(name, () => dep.namespace[name]);
    }
  }
  for (const name of ambiguous) map.delete(name);
  m.exportMap = map;
  return map;
}

// The module and local name an export finally refers to (for ambiguity checks).
function originOf(m, name, depth = 0) {
  if (m.format !== 'module' || depth > 100) return `${m.href}#${name}`;
  const r = m.record;
  if (r.localExports.some((e) => e.exportName === name)) return `${m.href}#${name}`;
  const ind = r.indirectExports.find((e) => e.exportName === name);
  if (ind) return ind.importName === null ? `${m.deps[ind.request].href}#*` :
    originOf(m.deps[ind.request], ind.importName, depth + 1);
  for (const i of r.starExports) {
    const map = exportGetters(m.deps[i]);
    if (map?.has(name)) return originOf(m.deps[i], name, depth + 1);
  }
  return `${m.href}#${name}`;
}

function makeMeta(m) {
  const meta = Object.create(null);
  meta.dirname = m.href.startsWith('file:') ? path.dirname(m.filename) : undefined;
  meta.filename = m.href.startsWith('file:') ? m.filename : undefined;
  meta.resolve = (specifier) => resolve(`${specifier}`, m.href);
  meta.url = m.href;
  return meta;
}

function readOnly(ns, name) {
  return {
    get v() {
      return name === null ? ns : ns[name];
    },
    set v(value) {
      throw new TypeError('Assignment to constant variable.');
    },
  };
}

// Instantiates every not-yet-linked module of the graph rooted at m. Returns the promises of
// async modules still on their way to the instantiation point (an async generator reaches
// its first yield a microtask later): evaluation must wait for them.
function link(m) {
  const ready = [];
  const order = [];
  (function visit(x) {
    if (x.status !== 'new') return;
    x.status = 'linking';
    for (const d of x.deps) visit(d);
    order.push(x);
  })(m);
  for (const x of order) {
    if (x.format === 'module') {
      const args = [
        (f) => { x.getters = f(); },
        (specifier, options) => importModule(specifier, x.href, options),
        makeMeta(x),
        readOnly,
        ...x.deps.map((d) => d.namespace),
      ];
      x.gen = Reflect.apply(x.fn, undefined, args);
      const first = x.gen.next();
      if (x.hasTLA) ready.push(first);
      for (const e of x.record.localExports) {
        if (e.flags & kExportNameDefault) {
          const fn = x.getters[e.exportName]();
          Object.defineProperty(fn, 'name', { __proto__: null, value: 'default', configurable: true });
        }
      }
    } else if (x.format === 'builtin') {
      const exports = requireBuiltin(x.href.slice(5));
      const entries = [['default', () => exports]];
      if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
        for (const key of Object.keys(exports)) {
          if (key !== 'default') entries.push([key, () => exports[key]]);
        }
      }
      sealNamespace(x.namespace, entries);
    } else if (x.format === 'json') {
      let value;
      try {
        value = JSON.parse(x.source);
      } catch (err) {
        err.message = `${x.filename}: ${err.message}`;
        throw err;
      }
      sealNamespace(x.namespace, [['default', () => value]]);
    }
  }
  for (const x of order) {
    if (x.format === 'module') sealNamespace(x.namespace, [...exportGetters(x)]);
  }
  for (const x of order) {
    if (x.format === 'module') checkImports(x, false);
    x.status = 'linked';
  }
  return ready;
}

// "does not provide an export named" — for CommonJS dependencies this runs once they have
// been evaluated (their names are only known then).
function checkImports(m, commonjsToo) {
  for (const imp of m.record.imports) {
    if (imp.imported === null) continue;
    const dep = m.deps[imp.request];
    if (dep.format === 'commonjs' && !commonjsToo) continue;
    if (!(imp.imported in dep.namespace)) {
      const spec = m.record.requests[imp.request].specifier;
      const err = new SyntaxError(`The requested module '${spec}' does not provide an export named '${imp.imported}'`);
      throw err;
    }
  }
  for (const e of m.record.indirectExports) {
    const dep = m.deps[e.request];
    if (e.importName === null || (dep.format === 'commonjs' && !commonjsToo)) continue;
    if (!(e.importName in dep.namespace)) {
      const spec = m.record.requests[e.request].specifier;
      throw new SyntaxError(`The requested module '${spec}' does not provide an export named '${e.importName}'`);
    }
  }
}

// ---- evaluation ----------------------------------------------------------------------------

function evaluateCommonJS(m) {
  const { Module } = require('internal/modules/cjs/loader');
  const exports = Module._load(m.filename, undefined, false);
  const entries = [['default', () => exports]];
  if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
    const keys = Object.keys(exports);
    // Transpiled modules mark themselves with a non-enumerable __esModule: Node lists it.
    if (Object.hasOwn(exports, '__esModule') && !keys.includes('__esModule')) keys.push('__esModule');
    for (const key of keys) {
      if (key !== 'default') {
        const value = exports[key];
        entries.push([key, () => value]);
      }
    }
  }
  sealNamespace(m.namespace, entries);
}

function runBody(m) {
  if (m.format === 'commonjs') {
    evaluateCommonJS(m);
    return undefined;
  }
  if (m.format !== 'module') return undefined;
  checkImports(m, true);
  const result = m.gen.next();
  return m.hasTLA ? result : undefined;
}

// Evaluates m after its dependencies. Returns undefined when everything ran synchronously,
// else a promise settled when m (and its async dependencies) finished.
function evaluate(m) {
  if (m.status === 'errored') throw m.error;
  if (m.status === 'evaluated') return m.promise;
  if (m.status === 'evaluating') return undefined; // a cycle: already on the stack
  m.status = 'evaluating';
  try {
    const pending = [];
    for (const dep of m.deps) {
      const p = evaluate(dep);
      if (p !== undefined) pending.push(p);
    }
    if (pending.length === 0 && !m.hasTLA) {
      runBody(m);
    } else {
      // An async module with no pending dependencies starts now (up to its first await), so
      // siblings after it run in source order, as the spec's evaluation order says.
      m.promise = pending.length === 0 ? runBody(m) : (async () => {
        await Promise.all(pending);
        await runBody(m);
      })();
      m.promise.catch((err) => {
        m.status = 'errored';
        m.error = err;
      });
    }
  } catch (err) {
    m.status = 'errored';
    m.error = err;
    throw err;
  }
  m.status = 'evaluated';
  return m.promise;
}

// ---- entry points --------------------------------------------------------------------------

async function importModule(specifier, parentHref, options) {
  specifier = `${specifier}`;
  const attributes = options?.with ?? options?.assert;
  const m = loadGraph(resolve(specifier, parentHref), attributes, parentHref);
  await Promise.all(link(m));
  await evaluate(m);
  return m.namespace;
}

function runESMMain(filename) {
  const href = pathToHref(filename);
  const m = loadGraph(href, undefined, undefined);
  const ready = link(m);
  const fail = (err) => require('internal/process/execution').triggerUncaughtException(err, true);
  if (ready.length === 0) {
    const p = evaluate(m);
    if (p !== undefined) p.catch(fail);
    return;
  }
  Promise.all(ready).then(() => evaluate(m)).catch(fail);
}

// require() of an ES module (Node 22.12+): synchronous graphs only.
function loadESMFromCJS(module, filename) {
  const href = pathToHref(filename);
  const m = loadGraph(href, undefined, undefined);
  link(m);
  const hasTLA = (function any(x, seen = new Set()) {
    if (seen.has(x)) return false;
    seen.add(x);
    return x.hasTLA || x.deps.some((d) => any(d, seen));
  })(m);
  if (hasTLA) throw new (codes().ERR_REQUIRE_ASYNC_MODULE)(filename, module.parent?.filename);
  evaluate(m);
  const ns = m.namespace;
  // An export named "module.exports" is what require() returns (Node 22.12+).
  if ('module.exports' in ns) module.exports = ns['module.exports'];
  else module.exports = 'default' in ns && !('__esModule' in ns) ? withEsModuleFlag(ns) : ns;
}

// What require() of an ES module with a default export returns in Node 22: a namespace-like
// object that also has __esModule: true, so transpiled importers pick `default` correctly.
function withEsModuleFlag(ns) {
  const out = Object.create(null);
  const entries = [['__esModule', () => true]];
  for (const name of Object.keys(ns)) entries.push([name, () => ns[name]]);
  sealNamespace(out, entries);
  return out;
}

function canParseAsESM(source, filename) {
  return looksLikeModule(source, filename);
}

module.exports = { resolve, importModule, runESMMain, loadESMFromCJS, canParseAsESM, registry };
