'use strict';
// node:trace_events — Tracing objects and the set of enabled categories. cnode has no trace
// agent (V8's tracing controller does not exist on JavaScriptCore), so enabling categories
// records which ones are on, as Node reports them, but no trace file is written.

const { codes: { ERR_INVALID_ARG_TYPE, ERR_TRACE_EVENTS_CATEGORY_REQUIRED } } =
  require('internal/errors');
const { validateObject } = require('internal/validators');

const kCategories = Symbol('categories');
const kEnabled = Symbol('enabled');
const enabledTracings = new Set();

class Tracing {
  constructor(categories) {
    this[kCategories] = categories;
    this[kEnabled] = false;
  }

  enable() {
    if (!this[kEnabled]) {
      this[kEnabled] = true;
      enabledTracings.add(this);
    }
  }

  disable() {
    if (this[kEnabled]) {
      this[kEnabled] = false;
      enabledTracings.delete(this);
    }
  }

  get enabled() {
    return this[kEnabled];
  }

  get categories() {
    return this[kCategories].join(',');
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = { enabled: this.enabled, categories: this.categories };
    return `Tracing ${inspect(obj, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

function createTracing(options) {
  validateObject(options, 'options');
  if (!Array.isArray(options.categories)) {
    throw new ERR_INVALID_ARG_TYPE('options.categories', 'Array', options.categories);
  }
  for (let i = 0; i < options.categories.length; i++) {
    if (typeof options.categories[i] !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(`options.categories[${i}]`, 'string', options.categories[i]);
    }
  }
  if (options.categories.length <= 0) throw new ERR_TRACE_EVENTS_CATEGORY_REQUIRED();
  return new Tracing([...options.categories]);
}

function getEnabledCategories() {
  const all = new Set();
  for (const t of enabledTracings) {
    for (const c of t[kCategories]) all.add(c);
  }
  return all.size === 0 ? undefined : [...all].sort().join(',');
}

module.exports = {
  createTracing,
  getEnabledCategories,
};
