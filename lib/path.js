'use strict';
// node:path — POSIX and Windows path manipulation (path.posix, path.win32), char-code loops only.

const kSlash = 47; // '/'
const kBack = 92; // '\\'
const kDot = 46; // '.'
const kColon = 58; // ':'

let errorCodes;
function invalidArgType(name, expected, value) {
  errorCodes ??= require('internal/errors').codes;
  return new errorCodes.ERR_INVALID_ARG_TYPE(name, expected, value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function isWinSep(c) {
  return c === kSlash || c === kBack;
}

function isLetter(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// Collapses separators and resolves '.' and '..' in path[start..]. The result has no leading or
// trailing separator; segments are joined with '\\' when `win` (which also makes '\\' a
// separator), '/' otherwise. Leading '..' segments stay only when allowAboveRoot.
function normalizeTail(path, start, allowAboveRoot, win) {
  const sep = win ? '\\' : '/';
  const len = path.length;
  let res = '';
  let ups = 0; // leading '..' segments in res
  let depth = 0; // ordinary segments after them
  let i = start;
  while (i < len) {
    let c = path.charCodeAt(i);
    if (c === kSlash || (win && c === kBack)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < len) {
      c = path.charCodeAt(j);
      if (c === kSlash || (win && c === kBack)) break;
      j++;
    }
    const n = j - i;
    if (n <= 2 && path.charCodeAt(i) === kDot && (n === 1 || path.charCodeAt(i + 1) === kDot)) {
      if (n === 2) {
        if (depth > 0) {
          depth--;
          res = depth === 0 && ups === 0 ? '' : res.slice(0, res.lastIndexOf(sep));
        } else if (allowAboveRoot) {
          res = ups === 0 ? '..' : `${res}${sep}..`;
          ups++;
        }
      }
    } else {
      const seg = n === len ? path : path.slice(i, j);
      res = res.length === 0 ? seg : `${res}${sep}${seg}`;
      depth++;
    }
    i = j;
  }
  return res;
}

// Finds the last path segment of path[start..] ignoring trailing separators. Sets segStart and
// segEnd (segEnd === segStart when there is none).
let segStart = 0;
let segEnd = 0;
function lastSegment(path, start, win) {
  let end = path.length;
  while (end > start) {
    const c = path.charCodeAt(end - 1);
    if (c !== kSlash && !(win && c === kBack)) break;
    end--;
  }
  let i = end;
  while (i > start) {
    const c = path.charCodeAt(i - 1);
    if (c === kSlash || (win && c === kBack)) break;
    i--;
  }
  segStart = i;
  segEnd = end;
}

// Index of the extension dot in path[s..e), or -1: the last dot, unless it starts the name or the
// name is '..'.
function extDot(path, s, e) {
  for (let i = e - 1; i > s; i--) {
    if (path.charCodeAt(i) === kDot) {
      if (i === s + 1 && e === s + 2 && path.charCodeAt(s) === kDot) return -1;
      return i;
    }
  }
  return -1;
}

function basenameOf(path, start, suffix, win) {
  lastSegment(path, start, win);
  const s = segStart;
  const e = segEnd;
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
    return path.slice(s, e);
  }
  // Node matches the suffix backwards from the last name character; its quirks are kept: a path
  // equal to the suffix gives '', a path of separators only is returned as is, a name equal to
  // the suffix is kept, and a suffix longer than the name keeps the trailing separators.
  if (path === suffix) return '';
  if (e === start) return path.slice(start);
  const n = suffix.length;
  let m = 0;
  while (m < n && e - 1 - m >= s && path.charCodeAt(e - 1 - m) === suffix.charCodeAt(n - 1 - m)) m++;
  if (m === n) return e - n === s ? path.slice(s, e) : path.slice(s, e - n);
  if (e - m === s) return path.slice(s);
  return path.slice(s, e);
}

// Bound per flavour, so its name reads 'bound _format' as in Node.
function _format(sep, pathObject) {
  if (pathObject === null || typeof pathObject !== 'object') {
    throw invalidArgType('pathObject', 'object', pathObject);
  }
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    base = `${pathObject.name || ''}${ext ? (ext.charCodeAt(0) === kDot ? ext : `.${ext}`) : ''}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// Fills ret.base/name/ext from path[s..e).
function fillBase(ret, path, s, e) {
  if (e <= s) return;
  ret.base = s === 0 && e === path.length ? path : path.slice(s, e);
  const dot = extDot(path, s, e);
  if (dot === -1) {
    ret.name = ret.base;
  } else {
    ret.name = path.slice(s, dot);
    ret.ext = path.slice(dot, e);
  }
}

function matchesGlobWith(win, path, pattern) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  return matchGlob(path, pattern, win);
}

// ---------------------------------------------------------------------------------------------
// POSIX

function posixCwd() {
  return process.cwd();
}

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : posixCwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = resolved.length === 0 ? path : `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === kSlash;
    }
    const tail = normalizeTail(resolved, 0, !absolute, false);
    if (absolute) return `/${tail}`;
    return tail.length > 0 ? tail : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const absolute = path.charCodeAt(0) === kSlash;
    const trailing = path.charCodeAt(len - 1) === kSlash;
    let tail = normalizeTail(path, 0, !absolute, false);
    if (tail.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) tail += '/';
    return absolute ? `/${tail}` : tail;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === kSlash;
  },

  join(...args) {
    let joined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    return joined === undefined ? '.' : posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    // Both are absolute and normalized; the root alone compares as the empty string.
    const fl = from.length === 1 ? 0 : from.length;
    const tl = to.length === 1 ? 0 : to.length;
    const n = fl < tl ? fl : tl;
    let common = -1; // index of the last separator both share
    let k = 0;
    for (; k < n; k++) {
      const c = from.charCodeAt(k);
      if (c !== to.charCodeAt(k)) break;
      if (c === kSlash) common = k;
    }
    if (k === n) {
      if (k === fl && (k === tl || to.charCodeAt(k) === kSlash)) common = k;
      else if (k === tl && from.charCodeAt(k) === kSlash) common = k;
    }
    let out = '';
    for (let i = common; i < fl; i++) {
      if (i === common || from.charCodeAt(i) === kSlash) out = out.length === 0 ? '..' : `${out}/..`;
    }
    if (common >= tl) return out;
    return out.length === 0 ? to.slice(common + 1, tl) : `${out}${to.slice(common, tl)}`;
  },

  toNamespacedPath(path) {
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let end = len;
    while (end > 1 && path.charCodeAt(end - 1) === kSlash) end--;
    let i = end - 1;
    while (i >= 0 && path.charCodeAt(i) !== kSlash) i--;
    if (i < 0) return '.';
    if (i === 0) return '/';
    if (i === 1 && path.charCodeAt(0) === kSlash) return '//';
    return path.slice(0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameOf(path, 0, suffix, false);
  },

  extname(path) {
    validateString(path, 'path');
    lastSegment(path, 0, false);
    const dot = extDot(path, segStart, segEnd);
    return dot === -1 ? '' : path.slice(dot, segEnd);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === kSlash;
    if (absolute) ret.root = '/';
    lastSegment(path, absolute ? 1 : 0, false);
    fillBase(ret, path, segStart, segEnd);
    // Node reads a '..' right after the root as name '.' with extension '.'.
    if (segStart === 1 && segEnd === 3 && ret.base === '..') ret.name = ret.ext = '.';
    if (segStart > 1) ret.dir = path.slice(0, segStart - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlobWith(false, path, pattern);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

// ---------------------------------------------------------------------------------------------
// Windows

// Root of a win32 path: rootDevice ('C:', '\\\\server\\share', '\\\\.\\' or ''), rootAbsolute;
// winRoot() returns the index where the rest of the path starts.
let rootDevice = '';
let rootAbsolute = false;
function winRoot(path) {
  const len = path.length;
  rootDevice = '';
  rootAbsolute = false;
  if (len === 0) return 0;
  const c0 = path.charCodeAt(0);
  if (isWinSep(c0)) {
    rootAbsolute = true;
    if (len > 2 && isWinSep(path.charCodeAt(1))) {
      let j = 2;
      while (j < len && !isWinSep(path.charCodeAt(j))) j++;
      if (j < len && j > 2) {
        const serverEnd = j;
        while (j < len && isWinSep(path.charCodeAt(j))) j++;
        const shareStart = j;
        while (j < len && !isWinSep(path.charCodeAt(j))) j++;
        if (j > shareStart) {
          const c2 = path.charCodeAt(2);
          if (serverEnd === 3 && (c2 === kDot || c2 === 63 /* ? */)) {
            // A device path (\\.\ or \\?\): the rest is a path below the device root.
            rootDevice = c2 === kDot ? '\\\\.\\' : '\\\\?\\';
            return shareStart;
          }
          rootDevice = `\\\\${path.slice(2, serverEnd)}\\${path.slice(shareStart, j)}`;
          return j;
        }
      }
    }
    return 1;
  }
  if (len > 1 && path.charCodeAt(1) === kColon && isLetter(c0)) {
    rootDevice = path.slice(0, 2);
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      rootAbsolute = true;
      return 3;
    }
    return 2;
  }
  return 0;
}

const kReservedNames = new Set(['CON', 'PRN', 'AUX', 'NUL', 'COM1', 'COM2', 'COM3', 'COM4', 'COM5',
  'COM6', 'COM7', 'COM8', 'COM9', 'COM\u00b9', 'COM\u00b2', 'COM\u00b3', 'LPT1', 'LPT2', 'LPT3',
  'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9', 'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3']);

// Node's check for a DOS device name (CON, COM1, ...) at the start of path: the text before the
// first ':' or, without a colon, everything but the last character. Returns the index of that
// colon, -1 when there is no colon, or -2 when the path does not start with such a name.
function reservedDevicePrefix(path) {
  const colon = path.indexOf(':');
  const n = colon === -1 ? path.length - 1 : colon;
  if (n < 3 || n > 4) return -2;
  return kReservedNames.has(path.slice(0, n).toUpperCase()) ? colon : -2;
}

// True when a relative, device-less normalized result could be read back as a drive or a stream
// name, so Node prefixes it with '.\\'.
function needsDotPrefix(path, tail) {
  if (tail.length >= 2 && tail.charCodeAt(1) === kColon && isLetter(tail.charCodeAt(0))) return true;
  const len = path.length;
  let i = path.indexOf(':');
  while (i !== -1) {
    if (i === len - 1 || isWinSep(path.charCodeAt(i + 1))) return true;
    i = path.indexOf(':', i + 1);
  }
  return false;
}

function winCwdFor(device) {
  if (device.length === 0) return process.cwd();
  // Windows keeps one current directory per drive in the hidden variables '=C:'.
  let dir = process.env[`=${device}`] || process.cwd();
  if (dir === undefined ||
      (dir.slice(0, 2).toLowerCase() !== device.toLowerCase() && dir.charCodeAt(2) === kBack)) {
    dir = `${device}\\`;
  }
  return dir;
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else {
        path = winCwdFor(device);
        validateString(path, `paths[${i}]`);
      }
      const rootEnd = winRoot(path);
      const pathDevice = rootDevice;
      if (pathDevice.length > 0) {
        if (device.length > 0) {
          if (pathDevice.toLowerCase() !== device.toLowerCase()) continue;
        } else {
          device = pathDevice;
        }
      }
      if (absolute) {
        if (device.length > 0) break;
      } else {
        const rest = path.slice(rootEnd);
        tail = tail.length === 0 ? rest : `${rest}\\${tail}`;
        absolute = rootAbsolute;
        if (absolute && device.length > 0) break;
      }
    }
    tail = normalizeTail(tail, 0, !absolute, true);
    if (absolute) {
      return device.charCodeAt(device.length - 1) === kBack ? `${device}${tail}` : `${device}\\${tail}`;
    }
    const out = `${device}${tail}`;
    return out.length > 0 ? out : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return path.charCodeAt(0) === kSlash ? '\\' : path;
    const trailing = isWinSep(path.charCodeAt(len - 1));
    let rootEnd = winRoot(path);
    const device = rootDevice;
    const absolute = rootAbsolute;
    let reserved = -2;
    if (rootEnd === 0 && device.length === 0) {
      reserved = reservedDevicePrefix(path);
      if (reserved >= 0) {
        // 'CON:rest' names a device: the rest is normalized on its own.
        let rest = normalizeTail(path, reserved + 1, true, true);
        if (rest.length === 0) rest = '.';
        if (trailing) rest += '\\';
        return `.\\${path.slice(0, reserved + 1)}${rest}`;
      }
    }
    let tail = normalizeTail(path, rootEnd, !absolute, true);
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && trailing) tail += '\\';
    if (absolute) {
      if (device.charCodeAt(device.length - 1) === kBack) return `${device}${tail}`;
      return `${device}\\${tail}`;
    }
    if (device.length > 0) return `${device}${tail}`;
    return reserved === -1 || needsDotPrefix(path, tail) ? `.\\${tail}` : tail;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const c0 = path.charCodeAt(0);
    if (isWinSep(c0)) return true;
    return len > 2 && isLetter(c0) && path.charCodeAt(1) === kColon && isWinSep(path.charCodeAt(2));
  },

  join(...args) {
    let joined;
    let first;
    let reserved = false;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (!reserved && reservedDevicePrefix(arg) >= 0) reserved = true;
        if (joined === undefined) joined = first = arg;
        else joined = `${joined}\\${arg}`;
      }
    }
    if (joined === undefined) return '.';
    // Keep a UNC start ('\\\\server') only when the first part itself begins with exactly two
    // separators and more; otherwise a run of leading separators collapses to one.
    const uncStart = first.length > 2 && isWinSep(first.charCodeAt(0)) &&
      isWinSep(first.charCodeAt(1)) && !isWinSep(first.charCodeAt(2));
    if (!uncStart) {
      let n = 0;
      while (n < joined.length && isWinSep(joined.charCodeAt(n))) n++;
      if (n >= 2) joined = `\\${joined.slice(n)}`;
    }
    // A part naming a DOS device ('CON:') must not be reinterpreted: only separators change.
    if (reserved) return joined.replaceAll('/', '\\');
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';
    let fl = from.length;
    while (fl > 0 && from.charCodeAt(fl - 1) === kBack) fl--;
    let tl = to.length;
    while (tl > 0 && to.charCodeAt(tl - 1) === kBack) tl--;
    // Compared without leading and trailing separators; toOrig keeps the original case.
    let fs = 0;
    while (fs < fl && from.charCodeAt(fs) === kBack) fs++;
    let ts = 0;
    while (ts < tl && to.charCodeAt(ts) === kBack) ts++;
    const fLen = fl - fs;
    const tLen = tl - ts;
    const n = fLen < tLen ? fLen : tLen;
    let common = -1;
    let k = 0;
    for (; k < n; k++) {
      const c = from.charCodeAt(fs + k);
      if (c !== to.charCodeAt(ts + k)) break;
      if (c === kBack) common = k;
    }
    if (k < n) {
      if (common === -1) return toOrig;
    } else if (tLen > k) {
      if (to.charCodeAt(ts + k) === kBack) return toOrig.slice(ts + k + 1, tl);
      if (k === 2) return toOrig.slice(ts + k, tl);
    } else if (fLen > k) {
      if (from.charCodeAt(fs + k) === kBack) common = k;
      else if (k === 2) common = 3;
    }
    let out = '';
    for (let i = common + 1; fLen > 0 && i <= fLen; i++) {
      if (i === fLen || from.charCodeAt(fs + i) === kBack) out = out.length === 0 ? '..' : `${out}\\..`;
    }
    let rest = common === -1 ? ts : ts + common;
    if (out.length > 0) return `${out}${toOrig.slice(rest, tl)}`;
    if (toOrig.charCodeAt(rest) === kBack) rest++;
    return toOrig.slice(rest, tl);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    const c0 = resolved.charCodeAt(0);
    if (c0 === kBack) {
      if (resolved.charCodeAt(1) === kBack) {
        const c2 = resolved.charCodeAt(2);
        if (c2 !== 63 && c2 !== kDot) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
      return resolved;
    }
    if (isLetter(c0) && resolved.charCodeAt(1) === kColon && resolved.charCodeAt(2) === kBack) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const rootEnd = winPartsRoot(path);
    if (rootEnd === -2) return path;
    let end = len;
    while (end > rootEnd && isWinSep(path.charCodeAt(end - 1))) end--;
    while (end > rootEnd && !isWinSep(path.charCodeAt(end - 1))) end--;
    if (end <= rootEnd) return rootEnd === 0 ? '.' : path.slice(0, rootEnd);
    // end - 1 is the separator before the last name; drop only that one.
    return path.slice(0, end - 1 > rootEnd ? end - 1 : rootEnd);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const start = path.length >= 2 && path.charCodeAt(1) === kColon &&
      isLetter(path.charCodeAt(0)) ? 2 : 0;
    return basenameOf(path, start, suffix, true);
  },

  extname(path) {
    validateString(path, 'path');
    const start = path.length >= 2 && path.charCodeAt(1) === kColon &&
      isLetter(path.charCodeAt(0)) ? 2 : 0;
    lastSegment(path, start, true);
    const dot = extDot(path, segStart, segEnd);
    return dot === -1 ? '' : path.slice(dot, segEnd);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const rootEnd = winPartsRoot(path);
    if (rootEnd === -2) {
      ret.root = ret.dir = path;
      return ret;
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
    lastSegment(path, rootEnd, true);
    fillBase(ret, path, segStart, segEnd);
    if (segStart > rootEnd) ret.dir = path.slice(0, segStart - 1);
    else ret.dir = ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlobWith(true, path, pattern);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

// Root length as dirname/parse see it: a UNC root keeps the separator after the share, a drive
// root its separator. Returns -2 when the whole path is a root and nothing else.
function winPartsRoot(path) {
  const len = path.length;
  const c0 = path.charCodeAt(0);
  if (len === 1) return isWinSep(c0) ? -2 : 0;
  if (isWinSep(c0)) {
    if (isWinSep(path.charCodeAt(1))) {
      let j = 2;
      while (j < len && !isWinSep(path.charCodeAt(j))) j++;
      if (j < len && j > 2) {
        while (j < len && isWinSep(path.charCodeAt(j))) j++;
        if (j < len) {
          const shareStart = j;
          while (j < len && !isWinSep(path.charCodeAt(j))) j++;
          if (j === len) return -2;
          if (j !== shareStart) return j + 1;
        }
      }
    }
    return 1;
  }
  if (isLetter(c0) && path.charCodeAt(1) === kColon) {
    if (len === 2) return -2;
    if (isWinSep(path.charCodeAt(2))) return len === 3 ? -2 : 3;
    return 2;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// matchesGlob: Node 22's glob semantics (minimatch with backslashes as separators in patterns,
// no negation or comments): braces, *, **, ?, [...] with POSIX classes, extglobs; '*' and '?'
// never match a leading '.', '**' never enters dot segments, '.' and '..' match only literally.

const kGlobCache = new Map();

// Expands {a,b} alternatives and {1..3} / {a..c} ranges into a list of patterns.
function expandBraces(pattern) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      const body = pattern.slice(open + 1, i);
      const head = pattern.slice(0, open);
      const tails = expandBraces(pattern.slice(i + 1));
      const alts = splitTopLevel(body);
      let options;
      if (alts.length > 1) {
        options = [];
        for (const alt of alts) options.push(...expandBraces(alt));
      } else {
        options = expandRange(body);
        if (options === null) {
          // Not an expansion: keep the braces literally and go on after them.
          return tails.map((t) => `${head}{${body}}${t}`);
        }
      }
      const out = [];
      for (const o of options) for (const t of tails) out.push(head + o + t);
      return out;
    }
  }
  return [pattern];
}

function splitTopLevel(body) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function expandRange(body) {
  const m = /^(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])(?:\.\.(-?\d+))?$/.exec(body);
  if (m === null) return null;
  const numeric = /\d/.test(m[1]);
  if (numeric !== /\d/.test(m[2])) return null;
  const from = numeric ? Number(m[1]) : m[1].charCodeAt(0);
  const to = numeric ? Number(m[2]) : m[2].charCodeAt(0);
  const step = Math.abs(Number(m[3] || 1)) || 1;
  const width = numeric && (/^-?0\d/.test(m[1]) || /^-?0\d/.test(m[2])) ?
    Math.max(m[1].length, m[2].length) : 0;
  const out = [];
  const dir = from <= to ? 1 : -1;
  for (let v = from; dir > 0 ? v <= to : v >= to; v += dir * step) {
    if (!numeric) out.push(String.fromCharCode(v));
    else if (width > 0) out.push(v < 0 ? `-${String(-v).padStart(width - 1, '0')}` : String(v).padStart(width, '0'));
    else out.push(String(v));
  }
  return out;
}

const kPosixClasses = {
  alnum: '\\p{L}\\p{Nl}\\p{Nd}', alpha: '\\p{L}\\p{Nl}', ascii: '\\x00-\\x7f', blank: '\\p{Zs}\\t',
  cntrl: '\\p{Cc}', digit: '\\p{Nd}', graph: '\\p{Z}\\p{C}', lower: '\\p{Ll}', print: '\\p{C}',
  punct: '\\p{P}', space: '\\p{Z}\\t\\r\\n\\v\\f', upper: '\\p{Lu}', word: '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}',
  xdigit: 'A-Fa-f0-9',
};
const kNegatedPosix = new Set(['graph', 'print']);

function escapeRegExp(c) {
  return /[\\^$.*+?()[\]{}|\/-]/.test(c) ? `\\${c}` : c;
}

// Parses a bracket expression starting at seg[i] === '['. Returns [regexSource, nextIndex] or null
// when it is not a valid class (then '[' is literal).
function parseClass(seg, i) {
  let j = i + 1;
  let negate = false;
  if (seg[j] === '!' || seg[j] === '^') {
    negate = true;
    j++;
  }
  let body = '';
  let negBody = '';
  let first = true;
  for (; j < seg.length; j++) {
    const c = seg[j];
    if (c === ']' && !first) {
      if (body === '' && negBody === '') return null;
      let src;
      if (negBody === '') src = `[${negate ? '^' : ''}${body}]`;
      else if (!negate) src = body === '' ? `[^${negBody}]` : `(?:[${body}]|[^${negBody}])`;
      else src = body === '' ? `[${negBody}]` : `(?:(?![${body}])[${negBody}])`;
      return [src, j + 1];
    }
    first = false;
    if (c === '[' && seg[j + 1] === ':') {
      const end = seg.indexOf(':]', j + 2);
      if (end !== -1) {
        const name = seg.slice(j + 2, end);
        const cls = kPosixClasses[name];
        if (cls === undefined) return null;
        if (kNegatedPosix.has(name)) negBody += cls;
        else body += cls;
        j = end + 1;
        continue;
      }
    }
    if (seg[j + 1] === '-' && j + 2 < seg.length && seg[j + 2] !== ']') {
      const lo = c;
      const hi = seg[j + 2];
      if (hi < lo) return null;
      body += `${escapeRegExp(lo)}-${escapeRegExp(hi)}`;
      j += 2;
      continue;
    }
    body += escapeRegExp(c);
  }
  return null;
}

// Regex source for seg[i..] up to a closing extglob ')' or '|' when `inGroup`.
// Returns [source, nextIndex].
function segmentSource(seg, i, inGroup) {
  let src = '';
  while (i < seg.length) {
    const c = seg[i];
    if (inGroup && (c === ')' || c === '|')) break;
    if ('+@?*!'.includes(c) && seg[i + 1] === '(') {
      const alts = [];
      let j = i + 2;
      let closed = false;
      while (j <= seg.length) {
        const [alt, next] = segmentSource(seg, j, true);
        alts.push(alt);
        if (seg[next] === '|') {
          j = next + 1;
          continue;
        }
        if (seg[next] === ')') {
          closed = true;
          j = next + 1;
        }
        break;
      }
      if (closed) {
        const group = `(?:${alts.join('|')})`;
        if (c === '!') {
          const [rest] = segmentSource(seg, j, inGroup);
          src += `(?:(?!${group}${rest}$)[^/]*?)`;
        } else {
          src += c === '@' ? group : `${group}${c}`;
        }
        i = j;
        continue;
      }
    }
    if (c === '*') {
      src += '[^/]*?';
      while (seg[i] === '*') i++;
      continue;
    }
    if (c === '?') {
      src += '[^/]';
      i++;
      continue;
    }
    if (c === '[') {
      const cls = parseClass(seg, i);
      if (cls !== null) {
        src += cls[0];
        i = cls[1];
        continue;
      }
    }
    src += escapeRegExp(c);
    i++;
  }
  return [src, i];
}

const kMagic = /[*?[]|[+@!]\(/;

// One pattern segment: '**' (globstar), a literal string, or a RegExp.
function compileSegment(seg, nocase) {
  if (seg === '**') return true;
  if (!kMagic.test(seg)) return nocase ? { literal: seg.toLowerCase() } : { literal: seg };
  const [src] = segmentSource(seg, 0, false);
  // Magic never matches '.' or '..', nor a leading dot unless the pattern starts with one.
  const guard = seg[0] === '.' ? '(?!\\.\\.?$)' : '(?!\\.)';
  const flags = (nocase ? 'i' : '') + (seg.includes('[:') ? 'u' : '');
  return new RegExp(`^${guard}(?=.)${src}$`, flags);
}

function splitSegments(s, win) {
  const out = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === kSlash || (win && c === kBack)) {
      // Runs of separators count as one, except at the very start.
      if (cur.length > 0 || out.length === 0) out.push(cur);
      cur = '';
    } else {
      cur += s[i];
    }
  }
  out.push(cur);
  return out;
}

function compileGlob(pattern, nocase) {
  const key = `${nocase ? 1 : 0}${pattern}`;
  let compiled = kGlobCache.get(key);
  if (compiled !== undefined) return compiled;
  compiled = expandBraces(pattern).filter((p) => p.length > 0).map((p) => {
    const segs = splitSegments(p, true);
    const out = [];
    for (const seg of segs) {
      const c = compileSegment(seg, nocase);
      if (c === true && out[out.length - 1] === true) continue;
      out.push(c);
    }
    return out;
  });
  if (kGlobCache.size > 256) kGlobCache.clear();
  kGlobCache.set(key, compiled);
  return compiled;
}

function segmentMatches(part, name, nocase) {
  if (part.literal !== undefined) return part.literal === (nocase ? name.toLowerCase() : name);
  return part.test(name);
}

function matchParts(parts, pi, names, ni, nocase) {
  for (; pi < parts.length; pi++, ni++) {
    const part = parts[pi];
    if (part === true) {
      if (pi === parts.length - 1) {
        if (ni >= names.length) return false;
        for (let k = ni; k < names.length; k++) {
          const n = names[k];
          if (n.charCodeAt(0) === kDot) return false;
          if (n.length === 0 && k !== names.length - 1) return false;
        }
        return true;
      }
      for (let k = ni; k <= names.length; k++) {
        if (matchParts(parts, pi + 1, names, k, nocase)) return true;
        if (k < names.length && (names[k].charCodeAt(0) === kDot || names[k].length === 0)) return false;
      }
      return false;
    }
    if (ni >= names.length) return false;
    if (!segmentMatches(part, names[ni], nocase)) return false;
  }
  // A trailing separator on the path is allowed.
  return ni === names.length || (ni === names.length - 1 && names[ni].length === 0);
}

function matchGlob(path, pattern, win) {
  if (pattern.length === 0) return path.length === 0;
  const nocase = process.platform === 'win32' || process.platform === 'darwin';
  const names = splitSegments(path, win);
  const alternatives = compileGlob(pattern, nocase);
  for (let i = 0; i < alternatives.length; i++) {
    if (matchParts(alternatives[i], 0, names, 0, nocase)) return true;
  }
  return false;
}

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = process.platform === 'win32' ? win32 : posix;
