'use strict';
// util.debuglog: per-section debug output to stderr, enabled by NODE_DEBUG (comma-separated
// section names, `*` wildcards, case-insensitive).

let sectionMatcher;

// Builds the matcher from NODE_DEBUG the first time a section is tested.
function initializeDebugEnv(value) {
  if (value) {
    const patterns = String(value).split(/[\s,]+/).filter((s) => s !== '').map((s) =>
      s.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*'));
    sectionMatcher = patterns.length === 0 ? null : new RegExp(`^(?:${patterns.join('|')})$`, 'i');
  } else {
    sectionMatcher = null;
  }
}

function testEnabled(section) {
  if (sectionMatcher === undefined) initializeDebugEnv(process.env.NODE_DEBUG);
  return sectionMatcher !== null && sectionMatcher.test(section);
}

function noop() {}

let formatWithOptions;
function emit(section, args) {
  formatWithOptions ??= require('internal/util/inspect').formatWithOptions;
  let colors = false;
  const stderr = process.stderr;
  if (stderr && stderr.isTTY && typeof stderr.hasColors === 'function') {
    try {
      colors = stderr.hasColors();
    } catch {
      colors = false;
    }
  }
  const msg = formatWithOptions({ colors }, ...args);
  stderr.write(`${section} ${process.pid}: ${msg}\n`);
}

// Returns the logging function for `section`; `cb`, when given, receives the real function on
// the first call (so callers can replace their reference with it).
function debuglog(section, cb) {
  section = String(section).toUpperCase();
  let impl;
  let enabled;

  function resolve() {
    if (impl === undefined) {
      enabled = testEnabled(section);
      impl = enabled ? function debug(...args) { emit(section, args); } : noop;
      if (enabled) {
        Object.defineProperty(impl, 'enabled', {
          __proto__: null, get() { return true; }, configurable: true, enumerable: true,
        });
      }
      if (typeof cb === 'function') cb(impl);
    }
    return impl;
  }

  const logger = (...args) => {
    const fn = resolve();
    if (fn !== noop) Reflect.apply(fn, undefined, args);
  };
  Object.defineProperty(logger, 'name', { __proto__: null, value: 'logger' });
  Object.defineProperty(logger, 'length', { __proto__: null, value: 0 });
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      if (enabled === undefined) enabled = testEnabled(section);
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = { debuglog, initializeDebugEnv };
