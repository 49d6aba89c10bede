'use strict';
// node:perf_hooks — the Performance timeline (marks, measures, observers), timerify,
// event loop utilisation, histograms and monitorEventLoopDelay.

const EventEmitter = require('events');
const { codes } = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const { DOMException } = require('internal/per_context/domexception');
const methods = internalBinding('process_methods');

const kSupportedTypes = ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net',
  'resource'];
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// Milliseconds since process start with sub-millisecond precision; timeOrigin is when that was.
const startNs = process.hrtime.bigint() - BigInt(Math.round(methods.uptime() * 1e9));
const now = () => Number(process.hrtime.bigint() - startNs) / 1e6;
const timeOrigin = Date.now() - now();

const kIllegal = Symbol('illegal constructor');

class PerformanceEntry {
  constructor(key, name, type, start, duration, detail) {
    if (key !== kIllegal) throw new TypeError('Illegal constructor');
    this._name = name;
    this._type = type;
    this._start = start;
    this._duration = duration;
    this._detail = detail;
  }

  get name() { return this._name; }
  get entryType() { return this._type; }
  get startTime() { return this._start; }
  get duration() { return this._duration; }
  get detail() { return this._detail; }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime,
      duration: this.duration, detail: this.detail };
  }

  [customInspect](depth, options, inspect) {
    return `${this.constructor.name} ${inspect(this.toJSON(), options)}`;
  }
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    if (typeof startTime !== 'number') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.startTime', 'number', startTime);
    }
    if (startTime < 0) throw new codes.ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    const detail = options?.detail === undefined ? null : structuredClone(options.detail);
    super(kIllegal, name, 'mark', startTime, 0, detail);
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(key, name, start, duration, detail) {
    super(key, name, 'measure', start, duration, detail);
  }
}

class PerformanceResourceTiming extends PerformanceEntry {}

let buffer = [];
const observers = new Set();

function enqueue(entry) {
  for (const observer of observers) observer._maybeQueue(entry);
}

function findMark(name) {
  for (let i = buffer.length - 1; i >= 0; i--) {
    if (buffer[i].entryType === 'mark' && buffer[i].name === name) return buffer[i].startTime;
  }
  if (name in nodeTimingFields) return nodeTimingFields[name];
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

const nodeTimingFields = { __proto__: null, nodeStart: 0, v8Start: 0, environment: 0,
  bootstrapComplete: 0, loopStart: 0 };

class Performance extends EventEmitter {
  constructor(key) {
    if (key !== kIllegal) throw new TypeError('Illegal constructor');
    super();
  }

  now() {
    return now();
  }

  get timeOrigin() {
    return timeOrigin;
  }

  mark(name, options) {
    const mark = new PerformanceMark(name, options);
    buffer.push(mark);
    enqueue(mark);
    return mark;
  }

  measure(name, startOrOptions, endMark) {
    validateString(name, 'name');
    let start;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      const o = startOrOptions;
      if (o.start !== undefined) start = typeof o.start === 'number' ? o.start : findMark(`${o.start}`);
      if (o.end !== undefined) end = typeof o.end === 'number' ? o.end : findMark(`${o.end}`);
      if (o.duration !== undefined) {
        if (start !== undefined && end === undefined) end = start + o.duration;
        else if (end !== undefined && start === undefined) start = end - o.duration;
      }
      if (o.detail !== undefined) detail = structuredClone(o.detail);
    } else if (startOrOptions !== undefined) {
      start = findMark(`${startOrOptions}`);
    }
    if (endMark !== undefined) end = findMark(`${endMark}`);
    start ??= 0;
    end ??= now();
    const measure = new PerformanceMeasure(kIllegal, name, start, end - start, detail);
    buffer.push(measure);
    enqueue(measure);
    return measure;
  }

  getEntries() {
    return buffer.slice().sort((a, b) => a.startTime - b.startTime);
  }

  getEntriesByName(name, type) {
    return this.getEntries().filter((e) => e.name === `${name}` && (type === undefined || e.entryType === type));
  }

  getEntriesByType(type) {
    return this.getEntries().filter((e) => e.entryType === `${type}`);
  }

  clearMarks(name) {
    buffer = buffer.filter((e) => e.entryType !== 'mark' || (name !== undefined && e.name !== `${name}`));
  }

  clearMeasures(name) {
    buffer = buffer.filter((e) => e.entryType !== 'measure' || (name !== undefined && e.name !== `${name}`));
  }

  clearResourceTimings() {
    buffer = buffer.filter((e) => e.entryType !== 'resource');
  }

  setResourceTimingBufferSize() {}

  markResourceTiming() {}

  get nodeTiming() {
    const loopExit = -1;
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: now(), nodeStart: 0, v8Start: 0,
      environment: 0, bootstrapComplete: 0, loopStart: 0, loopExit, idleTime: 0,
    };
  }

  eventLoopUtilization(util1, util2) {
    const elapsed = now();
    const idle = 0;
    const current = { idle, active: elapsed - idle, utilization: elapsed > 0 ? (elapsed - idle) / elapsed : 0 };
    if (util1 === undefined) return current;
    const base = util2 ?? current;
    const active = Math.abs(base.active - util1.active);
    const idleDelta = Math.abs(base.idle - util1.idle);
    return { idle: idleDelta, active, utilization: active + idleDelta === 0 ? 0 : active / (active + idleDelta) };
  }

  timerify(fn, options = {}) {
    validateFunction(fn, 'fn');
    validateObject(options, 'options');
    function timerified(...args) {
      const start = now();
      const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
      enqueue(new PerformanceEntry(kIllegal, fn.name, 'function', start, now() - start, args));
      return result;
    }
    Object.defineProperties(timerified, {
      length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
      name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
    });
    return timerified;
  }

  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }

  get [Symbol.toStringTag]() {
    return 'Performance';
  }
}

class PerformanceObserverEntryList {
  constructor(key, entries) {
    if (key !== kIllegal) throw new TypeError('Illegal constructor');
    this._entries = entries;
  }

  getEntries() {
    return this._entries.slice();
  }

  getEntriesByType(type) {
    return this._entries.filter((e) => e.entryType === `${type}`);
  }

  getEntriesByName(name, type) {
    return this._entries.filter((e) => e.name === `${name}` && (type === undefined || e.entryType === type));
  }
}

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    this._callback = callback;
    this._types = new Set();
    this._queue = [];
    this._scheduled = false;
  }

  static get supportedEntryTypes() {
    return kSupportedTypes.slice();
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw new codes.ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes !== undefined && type !== undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    const types = entryTypes !== undefined ? entryTypes : [type];
    this._types.clear();
    for (const t of types) if (kSupportedTypes.includes(t)) this._types.add(t);
    if (this._types.size === 0) return;
    observers.add(this);
    if (buffered) for (const e of buffer) this._maybeQueue(e);
  }

  disconnect() {
    observers.delete(this);
    this._queue = [];
  }

  takeRecords() {
    const list = this._queue;
    this._queue = [];
    return list;
  }

  _maybeQueue(entry) {
    if (!this._types.has(entry.entryType)) return;
    this._queue.push(entry);
    if (this._scheduled) return;
    this._scheduled = true;
    setImmediate(() => {
      this._scheduled = false;
      if (this._queue.length === 0) return;
      const list = new PerformanceObserverEntryList(kIllegal, this.takeRecords());
      this._callback(list, this);
    });
  }
}

// ---- histograms --------------------------------------------------------------------------

class Histogram {
  constructor() {
    this._values = [];
    this._sorted = true;
  }

  get count() { return this._values.length; }
  get min() { return this._values.length ? Math.min(...this._values) : 9223372036854776000; }
  get max() { return this._values.length ? Math.max(...this._values) : 0; }
  get mean() {
    return this._values.length ? this._values.reduce((a, b) => a + b, 0) / this._values.length : NaN;
  }

  get stddev() {
    const n = this._values.length;
    if (n === 0) return NaN;
    const m = this.mean;
    return Math.sqrt(this._values.reduce((a, v) => a + (v - m) ** 2, 0) / n);
  }

  get exceeds() { return 0; }
  get countBigInt() { return BigInt(this.count); }
  get minBigInt() { return BigInt(this.min); }
  get maxBigInt() { return BigInt(this.max); }
  get exceedsBigInt() { return 0n; }

  percentile(p) {
    if (typeof p !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('percentile', 'number', p);
    if (!(p > 0 && p <= 100)) throw new codes.ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', p);
    if (!this._sorted) {
      this._values.sort((a, b) => a - b);
      this._sorted = true;
    }
    const v = this._values;
    if (v.length === 0) return 0;
    return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
  }

  percentileBigInt(p) {
    return BigInt(this.percentile(p));
  }

  get percentiles() {
    const map = new Map();
    if (this._values.length === 0) {
      map.set(100, 0);
      return map;
    }
    map.set(0, this.min);
    for (let p = 50; p < 100; p = p + (100 - p) / 2) {
      map.set(p, this.percentile(p));
      if (this.percentile(p) === this.max) break;
    }
    map.set(100, this.max);
    return map;
  }

  get percentilesBigInt() {
    return new Map([...this.percentiles].map(([k, v]) => [k, BigInt(v)]));
  }

  record(value) {
    if (typeof value !== 'number' && typeof value !== 'bigint') {
      throw new codes.ERR_INVALID_ARG_TYPE('val', ['number', 'bigint'], value);
    }
    if (value < 1 || value > Number.MAX_SAFE_INTEGER) {
      throw new codes.ERR_OUT_OF_RANGE('val', `>= 1 && <= ${Number.MAX_SAFE_INTEGER}`, value);
    }
    this._values.push(Number(value));
    this._sorted = false;
  }

  recordDelta() {
    const t = now();
    if (this._last !== undefined) this.record(Math.max(1, Math.round((t - this._last) * 1e6)));
    this._last = t;
  }

  add(other) {
    this._values.push(...other._values);
    this._sorted = false;
  }

  reset() {
    this._values = [];
  }

  toJSON() {
    return { count: this.count, min: this.min, max: this.max, mean: this.mean,
      exceeds: this.exceeds, stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles) };
  }
}

class IntervalHistogram extends Histogram {
  constructor(resolution) {
    super();
    this._resolution = resolution;
    this._timer = null;
  }

  enable() {
    if (this._timer) return false;
    let expected = now() + this._resolution;
    this._timer = setInterval(() => {
      const t = now();
      this.record(Math.max(1, Math.round(Math.max(0, t - expected) * 1e6)));
      expected = t + this._resolution;
    }, this._resolution);
    this._timer.unref();
    return true;
  }

  disable() {
    if (!this._timer) return false;
    clearInterval(this._timer);
    this._timer = null;
    return true;
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  return new Histogram();
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const resolution = options.resolution ?? 10;
  if (typeof resolution !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('options.resolution', 'number', resolution);
  if (resolution <= 0 || !Number.isSafeInteger(resolution)) throw new codes.ERR_OUT_OF_RANGE('resolution', '> 0', resolution);
  return new IntervalHistogram(resolution);
}

const performance = new Performance(kIllegal);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants: {
    NODE_PERFORMANCE_GC_MAJOR: 4, NODE_PERFORMANCE_GC_MINOR: 1, NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16, NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2, NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  },
};
