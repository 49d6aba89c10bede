'use strict';
// package.json "exports" and "imports" resolution (Node's PACKAGE_EXPORTS_RESOLVE and
// PACKAGE_IMPORTS_RESOLVE), shared by the CommonJS and ES module loaders.
//
// Targets are resolved the way a URL relative to the package.json would be, so results are
// "URL paths": absolute paths that are still percent-encoded. Callers check them with
// hasEncodedSeparator() and turn them into file paths with urlPathToFilePath(). A bare
// specifier target of "imports" can also resolve to a builtin, returned as 'node:<id>'.
// `base` (the importing file's path, or undefined) only feeds the " imported from" part of
// error messages.

const { BuiltinModule } = require('internal/bootstrap/realm');
const packageJsonReader = require('internal/modules/package_json_reader');

let lazyCodes;
function codes() {
  lazyCodes ??= require('internal/errors').codes;
  return lazyCodes;
}

function dirOf(jsonPath) {
  return jsonPath.slice(0, jsonPath.lastIndexOf('/') + 1);
}

// --- URL-path helpers -------------------------------------------------------------------

const HEX = '0123456789ABCDEF';

function percentEncodeByte(b) {
  return `%${HEX[b >> 4]}${HEX[b & 15]}`;
}

function encodeNonAscii(ch) {
  let out = '';
  const cp = ch.codePointAt(0);
  let bytes;
  if (cp < 0x800) bytes = [0xC0 | (cp >> 6), 0x80 | (cp & 63)];
  else if (cp < 0x10000) bytes = [0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  else {
    bytes = [0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63),
      0x80 | (cp & 63)];
  }
  for (const b of bytes) out += percentEncodeByte(b);
  return out;
}

// Characters the URL parser percent-encodes in a path (the WHATWG path percent-encode set).
function needsPathEncoding(code) {
  return code <= 0x20 || code === 0x22 || code === 0x3C || code === 0x3E || code === 0x60 ||
    code === 0x7B || code === 0x7D || code === 0x7F;
}

// A file-system path as the path of a file: URL (what pathToFileURL produces).
function filePathToURLPath(filePath) {
  let out = '';
  for (const ch of filePath) {
    const code = ch.codePointAt(0);
    if (code > 0x7F) out += encodeNonAscii(ch);
    else if (code === 0x25 || code === 0x5C || code === 0x23 || code === 0x3F ||
             needsPathEncoding(code)) out += percentEncodeByte(code);
    else out += ch;
  }
  return out;
}

// A relative reference as the URL parser keeps it in a path: tabs and newlines dropped,
// query and fragment cut, backslashes read as slashes, the path set percent-encoded.
function referenceToURLPath(ref) {
  let out = '';
  for (const ch of ref) {
    const code = ch.codePointAt(0);
    if (code === 0x09 || code === 0x0A || code === 0x0D) continue;
    if (code === 0x3F || code === 0x23) break;
    if (code === 0x5C) out += '/';
    else if (code > 0x7F) out += encodeNonAscii(ch);
    else if (needsPathEncoding(code)) out += percentEncodeByte(code);
    else out += ch;
  }
  return out;
}

function isDotSegment(seg) {
  const s = seg.toLowerCase();
  return s === '.' || s === '%2e';
}

function isDoubleDotSegment(seg) {
  const s = seg.toLowerCase();
  return s === '..' || s === '.%2e' || s === '%2e.' || s === '%2e%2e';
}

// Resolves a URL-path reference against a directory URL path (ending in '/'), removing dot
// segments as the URL parser does.
function resolveURLPath(dirURLPath, ref) {
  const parts = `${dirURLPath}${ref}`.split('/');
  const out = [];
  for (let i = 1; i < parts.length; i++) {
    const seg = parts[i];
    const last = i === parts.length - 1;
    if (isDotSegment(seg)) {
      if (last) out.push('');
    } else if (isDoubleDotSegment(seg)) {
      if (out.length > 0) out.pop();
      if (last) out.push('');
    } else {
      out.push(seg);
    }
  }
  return `/${out.join('/')}`;
}

function hasEncodedSeparator(urlPath) {
  return /%2f|%5c/i.test(urlPath);
}

// The file path of a file: URL path (percent-decoded, as fileURLToPath does).
function urlPathToFilePath(urlPath) {
  if (/%2f/i.test(urlPath)) {
    throw new (codes().ERR_INVALID_FILE_URL_PATH)('must not include encoded / characters');
  }
  return decodeURIComponent(urlPath);
}

function urlPathToHref(urlPath) {
  return `file://${urlPath}`;
}

// --- segment rules ----------------------------------------------------------------------

function decodeSegment(seg) {
  return seg.replace(/%([0-9a-fA-F]{2})/g, (m, hex) => {
    const c = parseInt(hex, 16);
    return c < 0x80 ? String.fromCharCode(c) : m;
  }).toLowerCase();
}

// 0: fine; 1: has an empty segment only (allowed, deprecated); 2: has '.', '..' or
// 'node_modules' (in any letter case or percent-encoding) as a segment.
function classifySegments(str) {
  let result = 0;
  for (const seg of str.split(/[/\\]/)) {
    if (seg === '') {
      result = 1;
      continue;
    }
    const s = decodeSegment(seg);
    if (s === '.' || s === '..' || s === 'node_modules') return 2;
  }
  return result;
}

function isArrayIndex(key) {
  const n = +key;
  return `${n}` === key && n >= 0 && n < 0xFFFFFFFF;
}

// Orders pattern keys: a longer prefix before '*' is more specific, then a longer key.
// Returns 1 when b is more specific than a.
function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const aBase = aStar === -1 ? a.length : aStar + 1;
  const bBase = bStar === -1 ? b.length : bStar + 1;
  if (aBase > bBase) return -1;
  if (bBase > aBase) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// The most specific pattern key of `map` matching `request`: [key, matched part] or null.
function findPatternMatch(map, request) {
  let bestKey = '';
  let bestMatch;
  for (const key of Object.getOwnPropertyNames(map)) {
    const star = key.indexOf('*');
    if (star === -1 || key.lastIndexOf('*') !== star) continue;
    const prefix = key.slice(0, star);
    if (!request.startsWith(prefix)) continue;
    const suffix = key.slice(star + 1);
    if (request.length >= key.length && request.endsWith(suffix) &&
        patternKeyCompare(bestKey, key) === 1) {
      bestKey = key;
      bestMatch = request.slice(star, request.length - suffix.length);
    }
  }
  return bestKey === '' ? null : [bestKey, bestMatch];
}

// --- errors -----------------------------------------------------------------------------

function invalidTarget(jsonPath, key, target, isImports, base) {
  const shown = typeof target === 'object' && target !== null ? JSON.stringify(target, null, '') :
    `${target}`;
  return new (codes().ERR_INVALID_PACKAGE_TARGET)(dirOf(jsonPath), key, shown, isImports, base);
}

function invalidSubpath(request, key, jsonPath, isImports, base) {
  const reason = `request is not a valid match in pattern "${key}" for the ` +
    `"${isImports ? 'imports' : 'exports'}" resolution of ${jsonPath}`;
  return new (codes().ERR_INVALID_MODULE_SPECIFIER)(request, reason, base);
}

function notExported(jsonPath, subpath, base) {
  return new (codes().ERR_PACKAGE_PATH_NOT_EXPORTED)(dirOf(jsonPath), subpath, base);
}

const warnedTrailingSlash = new Set();
function warnTrailingSlashPattern(subpath, jsonPath, base) {
  const key = `${jsonPath}|${subpath}`;
  if (warnedTrailingSlash.has(key)) return;
  warnedTrailingSlash.add(key);
  process.emitWarning(`Use of deprecated trailing slash pattern mapping "${subpath}" in the ` +
    `"exports" field module resolution of the package at ${jsonPath}` +
    `${base ? ` imported from ${base}` : ''}. Mapping specifiers ending in "/" is no longer ` +
    'supported.', 'DeprecationWarning', 'DEP0155');
}

// DEP0166: empty segments ('//', or a leading or trailing '/') in a target or pattern match.
function warnEmptySegment(target, request, key, ctx, inTarget) {
  const double = (inTarget ? target : request).includes('//');
  process.emitWarning(`Use of deprecated ${double ? 'double slash' : 'leading or trailing slash ' +
    'matching'} resolving "${target}" for module request "${request}" ` +
    `${request !== key ? `matched to "${key}" ` : ''}in the ` +
    `"${ctx.isImports ? 'imports' : 'exports'}" field module resolution of the package at ` +
    `${ctx.jsonPath}${ctx.base ? ` imported from ${ctx.base}` : ''}.`, 'DeprecationWarning',
  'DEP0166');
}

// --- target resolution ------------------------------------------------------------------

// ctx: { jsonPath, base, conditions, isImports, resolveBare }
function resolveTargetString(ctx, target, match, key, isPattern) {
  const { jsonPath, base, isImports } = ctx;
  const substitute = (s) => (isPattern ? s.replaceAll('*', () => match) : s);
  if (!target.startsWith('./')) {
    if (isImports && !target.startsWith('../') && !target.startsWith('/') &&
        !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target)) {
      return ctx.resolveBare(substitute(target), jsonPath, ctx.conditions);
    }
    throw invalidTarget(jsonPath, key, target, isImports, base);
  }
  const targetSegments = classifySegments(target.slice(2));
  if (targetSegments === 2) throw invalidTarget(jsonPath, key, target, isImports, base);
  if (targetSegments === 1) {
    warnEmptySegment(substitute(target), isPattern ? key.replace('*', () => match) : key, key,
      ctx, true);
  }
  const pkgURLPath = filePathToURLPath(dirOf(jsonPath));
  const resolved = resolveURLPath(pkgURLPath, referenceToURLPath(target.slice(2)));
  if (!resolved.startsWith(pkgURLPath)) throw invalidTarget(jsonPath, key, target, isImports, base);
  if (!isPattern) return resolved;
  const matchSegments = classifySegments(match);
  if (matchSegments === 2) {
    throw invalidSubpath(key.replace('*', () => match), key, jsonPath, isImports, base);
  }
  if (matchSegments === 1) {
    warnEmptySegment(substitute(target), key.replace('*', () => match), key, ctx, false);
  }
  return resolveURLPath('/', referenceToURLPath(resolved.replaceAll('*', () => match)).slice(1));
}

// Returns a URL path, null (explicitly excluded) or undefined (no condition matched).
function resolveTarget(ctx, target, match, key, isPattern) {
  if (typeof target === 'string') return resolveTargetString(ctx, target, match, key, isPattern);
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const item of target) {
      let resolved;
      try {
        resolved = resolveTarget(ctx, item, match, key, isPattern);
      } catch (err) {
        lastError = err;
        if (err?.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastError = null;
        continue;
      }
      return resolved;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (const k of keys) {
      if (isArrayIndex(k)) {
        throw new (codes().ERR_INVALID_PACKAGE_CONFIG)(ctx.jsonPath, ctx.base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const k of keys) {
      if (k === 'default' || ctx.conditions.has(k)) {
        const resolved = resolveTarget(ctx, target[k], match, key, isPattern);
        if (resolved !== undefined) return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(ctx.jsonPath, key, target, ctx.isImports, ctx.base);
}

// True when "exports" is a main-entry shorthand (a string, an array, or an object of
// condition names); throws when an object mixes './subpath' keys and condition keys.
function isMainSugar(exports, jsonPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  let sugar;
  for (const key of Object.getOwnPropertyNames(exports)) {
    const isCondition = key === '' || key[0] !== '.';
    if (sugar === undefined) {
      sugar = isCondition;
    } else if (sugar !== isCondition) {
      throw new (codes().ERR_INVALID_PACKAGE_CONFIG)(jsonPath, base,
        '"exports" cannot contain some keys starting with \'.\' and some not. The exports ' +
        'object must either be an object of package subpath keys or an object of main entry ' +
        'condition name keys only.');
    }
  }
  return sugar === true;
}

// Resolves `subpath` ('.' or './x') through the "exports" of the package.json at jsonPath.
// conditions: a Set of condition names ('default' always matches). Returns a URL path or
// throws ERR_PACKAGE_PATH_NOT_EXPORTED, ERR_INVALID_PACKAGE_TARGET, ERR_INVALID_PACKAGE_CONFIG
// or ERR_INVALID_MODULE_SPECIFIER.
function packageExportsResolve(jsonPath, subpath, exports, conditions, base) {
  if (isMainSugar(exports, jsonPath, base)) exports = { '.': exports };
  const ctx = { jsonPath, base, conditions, isImports: false, resolveBare: null };
  if (Object.prototype.hasOwnProperty.call(exports, subpath) && !subpath.includes('*') &&
      !subpath.endsWith('/')) {
    const resolved = resolveTarget(ctx, exports[subpath], '', subpath, false);
    if (resolved == null) throw notExported(jsonPath, subpath, base);
    return resolved;
  }
  let best = '';
  let bestMatch;
  for (const key of Object.getOwnPropertyNames(exports)) {
    const star = key.indexOf('*');
    if (star === -1 || !subpath.startsWith(key.slice(0, star))) continue;
    if (subpath.endsWith('/')) warnTrailingSlashPattern(subpath, jsonPath, base);
    const suffix = key.slice(star + 1);
    if (subpath.length >= key.length && subpath.endsWith(suffix) &&
        patternKeyCompare(best, key) === 1 && key.lastIndexOf('*') === star) {
      best = key;
      bestMatch = subpath.slice(star, subpath.length - suffix.length);
    }
  }
  if (best !== '') {
    const resolved = resolveTarget(ctx, exports[best], bestMatch, best, true);
    if (resolved == null) throw notExported(jsonPath, subpath, base);
    return resolved;
  }
  throw notExported(jsonPath, subpath, base);
}

// Resolves a '#name' specifier through the "imports" of `record` (a package.json record from
// package_json_reader, or undefined when the importer has no package scope). resolveBare
// (specifier, jsonPath, conditions) resolves targets that are bare package names. Returns a
// URL path or 'node:<id>'; throws ERR_INVALID_MODULE_SPECIFIER, ERR_PACKAGE_IMPORT_NOT_DEFINED
// or the target errors.
function packageImportsResolve(name, record, conditions, base, resolveBare) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(name,
      'is not a valid internal imports specifier name', base);
  }
  const imports = record?.exists ? record.imports : undefined;
  if (imports) {
    const jsonPath = record.pjsonPath;
    const ctx = { jsonPath, base, conditions, isImports: true, resolveBare };
    if (Object.prototype.hasOwnProperty.call(imports, name) && !name.includes('*')) {
      const resolved = resolveTarget(ctx, imports[name], '', name, false);
      if (resolved != null) return resolved;
    } else {
      const found = findPatternMatch(Object(imports), name);
      if (found !== null) {
        const resolved = resolveTarget(ctx, imports[found[0]], found[1], found[0], true);
        if (resolved != null) return resolved;
      }
    }
  }
  throw new (codes().ERR_PACKAGE_IMPORT_NOT_DEFINED)(name,
    record?.exists ? dirOf(record.pjsonPath) : undefined, base);
}

// --- bare package names (ESM PACKAGE_RESOLVE) --------------------------------------------

// Splits 'name/sub' or '@scope/name/sub' into [name, './sub' or '.'], or returns null when
// the name is not a valid package name.
function parsePackageName(specifier) {
  let end = specifier.indexOf('/');
  if (specifier[0] === '@') {
    if (end === -1 || end === 1) return null;
    end = specifier.indexOf('/', end + 1);
  }
  const name = end === -1 ? specifier : specifier.slice(0, end);
  if (name === '' || name[0] === '.' || name.includes('\\') || name.includes('%')) return null;
  return [name, `.${specifier.slice(name.length)}`];
}

function isFile(p) {
  return internalBinding('fs').internalModuleStat(p) === 0;
}

// Node's legacy "main" lookup for ES modules: main, main + .js/.json/.node, main/index.*,
// then index.*. Returns a URL path or throws ERR_MODULE_NOT_FOUND.
function legacyMainResolve(pkgDir, record, base) {
  const tries = [];
  if (typeof record.main === 'string') {
    const main = `${pkgDir}${record.main}`;
    tries.push(main, `${main}.js`, `${main}.json`, `${main}.node`, `${main}/index.js`,
      `${main}/index.json`, `${main}/index.node`);
  }
  tries.push(`${pkgDir}index.js`, `${pkgDir}index.json`, `${pkgDir}index.node`);
  for (const t of tries) {
    const p = require('path').resolve(t);
    if (isFile(p)) return filePathToURLPath(p);
  }
  throw new (codes().ERR_MODULE_NOT_FOUND)(pkgDir, base, undefined);
}

// Resolves a bare specifier with ES module rules from the package whose package.json is at
// fromJsonPath: builtins become 'node:<id>'; packages are looked up in node_modules folders
// from there upward (and by self-reference). Returns a URL path; throws ERR_MODULE_NOT_FOUND,
// ERR_INVALID_MODULE_SPECIFIER or an "exports" error.
function packageResolve(specifier, fromJsonPath, conditions, base) {
  if (BuiltinModule.isBuiltin(specifier)) {
    return specifier.startsWith('node:') ? specifier : `node:${specifier}`;
  }
  const parsed = parsePackageName(specifier);
  if (parsed === null) {
    throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(specifier, 'is not a valid package name',
      base ?? fromJsonPath);
  }
  const [name, subpath] = parsed;
  const scope = packageJsonReader.getNearestParentPackageJSON(fromJsonPath);
  if (scope !== undefined && scope.name === name && scope.exports != null) {
    return packageExportsResolve(scope.pjsonPath, subpath, scope.exports, conditions, base);
  }
  let dir = fromJsonPath.slice(0, fromJsonPath.lastIndexOf('/'));
  const fsBinding = internalBinding('fs');
  for (;;) {
    const pkgDir = `${dir}/node_modules/${name}`;
    if (fsBinding.internalModuleStat(pkgDir) === 1) {
      const record = packageJsonReader.read(`${pkgDir}/package.json`);
      if (record.exists && record.exports != null) {
        return packageExportsResolve(record.pjsonPath, subpath, record.exports, conditions, base);
      }
      if (subpath === '.') return legacyMainResolve(`${pkgDir}/`, record, base);
      return resolveURLPath(filePathToURLPath(`${pkgDir}/`), referenceToURLPath(subpath.slice(2)));
    }
    if (dir === '') break;
    dir = dir.slice(0, dir.lastIndexOf('/'));
  }
  throw new (codes().ERR_MODULE_NOT_FOUND)(name, base ?? fromJsonPath, undefined);
}

module.exports = {
  packageExportsResolve,
  packageImportsResolve,
  packageResolve,
  parsePackageName,
  patternKeyCompare,
  filePathToURLPath,
  urlPathToFilePath,
  urlPathToHref,
  hasEncodedSeparator,
};
