'use strict';
// fs.glob / fs.globSync / fs.promises.glob: *, **, ?, [...], {a,b} patterns over a directory
// walk with cwd, exclude (function or patterns) and withFileTypes.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const {
  binding,
  getStatsFromBinding,
  toPathIfFileURL,
  DirentFromStats,
} = require('internal/fs/utils');

let pathModule;
function lazyPath() {
  pathModule ??= require('path');
  return pathModule;
}

const GLOBSTAR = Symbol('globstar');

// --- pattern compilation -----------------------------------------------------------------------

// Expands {a,b} alternatives (nested too) into plain patterns.
function expandBraces(pattern) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const body = pattern.slice(open + 1, i);
        const parts = splitTopLevel(body);
        if (parts.length < 2) continue;
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        const out = [];
        for (const part of parts) {
          for (const expanded of expandBraces(head + part + tail)) out.push(expanded);
        }
        return out;
      }
    }
  }
  return [pattern];
}

function splitTopLevel(body) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '{') {
      depth++;
    } else if (ch === '}') {
      depth--;
    } else if (ch === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function hasMagic(segment) {
  return /[*?[\\]/.test(segment);
}

function escapeRegExp(ch) {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

// One path segment as a RegExp; wildcards never match a leading dot unless the segment does.
function segmentRegExp(segment) {
  let src = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '\\' && i + 1 < segment.length) {
      src += escapeRegExp(segment[++i]);
    } else if (ch === '*') {
      while (segment[i + 1] === '*') i++;
      src += '[^/]*';
    } else if (ch === '?') {
      src += '[^/]';
    } else if (ch === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        src += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      let negate = false;
      if (body[0] === '!' || body[0] === '^') {
        negate = true;
        body = body.slice(1);
      }
      body = body.replace(/\\/g, '\\\\').replace(/]/g, '\\]');
      src += negate ? `[^/${body}]` : `[${body}]`;
      i = close;
    } else {
      src += escapeRegExp(ch);
    }
  }
  const re = new RegExp(`^${src}$`);
  const allowDot = segment[0] === '.';
  return { test: (name) => (allowDot || name[0] !== '.') && re.test(name) };
}

function unescapeLiteral(segment) {
  return segment.replace(/\\(.)/g, '$1');
}

// A compiled pattern: { absolute, dirOnly, segments: (string | matcher | GLOBSTAR)[] }.
function compile(pattern) {
  const absolute = pattern.startsWith('/');
  const dirOnly = pattern.endsWith('/') && pattern.length > 1;
  const raw = pattern.split('/').filter((s) => s !== '' && s !== '.');
  const segments = [];
  for (const seg of raw) {
    if (seg === '..' && segments.length > 0 && typeof segments[segments.length - 1] === 'string' &&
        segments[segments.length - 1] !== '..') {
      segments.pop();
      continue;
    }
    if (seg === '**') {
      if (segments[segments.length - 1] !== GLOBSTAR) segments.push(GLOBSTAR);
    } else if (hasMagic(seg)) {
      segments.push(segmentRegExp(seg));
    } else {
      segments.push(unescapeLiteral(seg));
    }
  }
  return { absolute, dirOnly, segments };
}

// Whole-path matcher for exclude patterns (relative paths with '/' separators).
function pathMatcher(pattern) {
  const compiled = expandBraces(pattern).map(compile);
  const matchFrom = (segs, si, parts, pi) => {
    if (si === segs.length) return pi === parts.length;
    const seg = segs[si];
    if (seg === GLOBSTAR) {
      if (matchFrom(segs, si + 1, parts, pi)) return true;
      for (let k = pi; k < parts.length; k++) {
        if (parts[k][0] === '.') return false;
        if (matchFrom(segs, si + 1, parts, k + 1)) return true;
      }
      return false;
    }
    if (pi >= parts.length) return false;
    const ok = typeof seg === 'string' ? seg === parts[pi] : seg.test(parts[pi]);
    return ok && matchFrom(segs, si + 1, parts, pi + 1);
  };
  return (path) => {
    const parts = path === '.' ? [] : path.split('/').filter(Boolean);
    return compiled.some((c) => matchFrom(c.segments, 0, parts, 0));
  };
}

// --- walking ---------------------------------------------------------------------------------

function statOrNull(path, follow) {
  try {
    return getStatsFromBinding(follow ? binding.stat(path, false) : binding.lstat(path, false));
  } catch {
    return null;
  }
}

function listDir(path) {
  try {
    return binding.readdir(path, false);
  } catch {
    return [];
  }
}

class Walker {
  constructor(cwd, exclude, withFileTypes) {
    this.cwd = cwd;
    this.exclude = exclude;
    this.withFileTypes = withFileTypes;
    this.results = new Map();
    this.visited = new Set();
    this.excludedCache = new Map();
    this.excludeResults = false;
    this.absoluteParents = false;
  }

  fsPath(rel, absolute) {
    if (absolute) return rel === '' ? '/' : rel;
    return rel === '' ? this.cwd : `${this.cwd === '/' ? '' : this.cwd}/${rel}`;
  }

  shown(rel, absolute) {
    if (absolute) return rel === '' ? '/' : rel;
    return rel === '' ? '.' : rel;
  }

  isExcluded(rel, absolute) {
    if (this.exclude === undefined) return false;
    const shown = this.shown(rel, absolute);
    let verdict = this.excludedCache.get(shown);
    if (verdict === undefined) {
      const arg = this.withFileTypes ? this.dirent(rel, absolute) : shown;
      verdict = arg !== null && !!this.exclude(arg);
      this.excludedCache.set(shown, verdict);
    }
    return verdict;
  }

  // Dirents carry the match's name and its parent as the match was spelled (cwd-relative).
  dirent(rel, absolute) {
    const stats = statOrNull(this.fsPath(rel, absolute), false);
    if (stats === null) return null;
    const { basename, dirname } = lazyPath();
    const shown = this.shown(rel, absolute);
    if (shown === '.') return new DirentFromStats(basename(this.cwd), stats, dirname(this.cwd));
    const parent = dirname(shown);
    return new DirentFromStats(basename(shown), stats,
                               this.absoluteParents ? lazyPath().resolve(this.cwd, parent) : parent);
  }

  record(rel, compiled) {
    const path = this.fsPath(rel, compiled.absolute);
    const stats = statOrNull(path, true);
    if (stats === null) return;
    if (compiled.dirOnly && !stats.isDirectory()) return;
    // An exclude function only prunes directories walked into; patterns also filter matches.
    if (this.excludeResults && this.isExcluded(rel, compiled.absolute)) return;
    const shown = this.shown(rel, compiled.absolute);
    if (!this.results.has(shown)) {
      this.results.set(shown, this.withFileTypes ? this.dirent(rel, compiled.absolute) : shown);
    }
  }

  join(rel, name, absolute) {
    if (rel === '') return absolute ? `/${name}` : name;
    return rel === '/' ? `/${name}` : `${rel}/${name}`;
  }

  walk(compiled, rel, index) {
    const key = `${index}\u0000${rel}`;
    if (this.visited.has(key)) return;
    this.visited.add(key);
    const { segments, absolute } = compiled;
    if (index === segments.length) {
      this.record(rel, compiled);
      return;
    }
    if (rel !== '' && this.isExcluded(rel, absolute)) return;
    const seg = segments[index];
    if (typeof seg === 'string') {
      const next = seg === '..' ? this.parentOf(rel, absolute) : this.join(rel, seg, absolute);
      if (index + 1 === segments.length) {
        this.walk(compiled, next, index + 1);
      } else {
        const stats = statOrNull(this.fsPath(next, absolute), true);
        if (stats?.isDirectory()) this.walk(compiled, next, index + 1);
      }
      return;
    }
    const dir = this.fsPath(rel, absolute);
    if (seg === GLOBSTAR) {
      this.walk(compiled, rel, index + 1);
      for (const name of listDir(dir)) {
        if (name[0] === '.') continue;
        const child = this.join(rel, name, absolute);
        const stats = statOrNull(this.fsPath(child, absolute), false);
        if (stats === null) continue;
        if (stats.isDirectory()) this.walk(compiled, child, index);
        else this.walk(compiled, child, index + 1);
      }
      return;
    }
    for (const name of listDir(dir)) {
      if (!seg.test(name)) continue;
      const child = this.join(rel, name, absolute);
      if (index + 1 === segments.length) {
        this.walk(compiled, child, index + 1);
      } else {
        const stats = statOrNull(this.fsPath(child, absolute), true);
        if (stats?.isDirectory()) this.walk(compiled, child, index + 1);
      }
    }
  }

  parentOf(rel, absolute) {
    if (rel === '') return absolute ? '' : '..';
    const parts = rel.split('/');
    if (parts[parts.length - 1] === '..') return `${rel}/..`;
    parts.pop();
    const up = parts.join('/');
    return up === '' && !absolute ? '' : up;
  }
}

// --- API ---------------------------------------------------------------------------------------

function validatePatterns(patterns) {
  if (typeof patterns === 'string') return [patterns];
  if (!Array.isArray(patterns)) {
    if (typeof patterns === 'object' || typeof patterns === 'function') {
      throw new ERR_INVALID_ARG_TYPE('patterns', 'Array', patterns);
    }
    throw new ERR_INVALID_ARG_TYPE('patterns', 'string', patterns);
  }
  for (let i = 0; i < patterns.length; i++) {
    if (typeof patterns[i] !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(`patterns[${i}]`, 'string', patterns[i]);
    }
  }
  return patterns;
}

function prepare(patterns, options = {}) {
  patterns = validatePatterns(patterns);
  validateObject(options, 'options');
  const cwd = lazyPath().resolve(toPathIfFileURL(options.cwd ?? process.cwd()));
  let exclude = options.exclude;
  let excludeResults = false;
  if (exclude !== undefined) {
    if (Array.isArray(exclude)) {
      for (let i = 0; i < exclude.length; i++) {
        if (typeof exclude[i] !== 'string') {
          throw new ERR_INVALID_ARG_TYPE(`options.exclude[${i}]`, 'string', exclude[i]);
        }
      }
      excludeResults = true;
      const matchers = exclude.map(pathMatcher);
      const withTypes = !!options.withFileTypes;
      exclude = (value) => {
        let path = value;
        if (withTypes) {
          path = value.parentPath === '.' ? value.name : `${value.parentPath}/${value.name}`;
        }
        return matchers.some((m) => m(path));
      };
    } else if (typeof exclude !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options.exclude', ['function', 'string[]'], exclude);
    }
  }
  return { patterns, cwd, exclude, excludeResults, withFileTypes: !!options.withFileTypes };
}

// absoluteParents: the async forms give Dirents absolute parent paths, as Node does.
function run({ patterns, cwd, exclude, excludeResults, withFileTypes }, absoluteParents) {
  const walker = new Walker(cwd, exclude, withFileTypes);
  walker.excludeResults = excludeResults;
  walker.absoluteParents = absoluteParents;
  for (const pattern of patterns) {
    if (pattern === '') continue;
    for (const expanded of expandBraces(pattern)) {
      const compiled = compile(expanded);
      walker.visited.clear();
      walker.walk(compiled, '', 0);
    }
  }
  return [...walker.results.values()];
}

function globSync(patterns, options) {
  return run(prepare(patterns, options));
}

function glob(patterns, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  process.nextTick(() => {
    let results;
    try {
      results = run(prepare(patterns, options), true);
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, results);
  });
}

async function* globAsync(patterns, options) {
  const prepared = prepare(patterns, options);
  yield* run(prepared, true);
}

module.exports = { glob, globSync, globAsync, pathMatcher };
