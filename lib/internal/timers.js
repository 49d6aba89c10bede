'use strict';
// Timer and immediate machinery. Timers with the same duration share one sorted list; lists
// are ordered in a priority queue by expiry, and C arms one uv timer for the earliest one.
// C calls processTimers()/processImmediate() once per callback so that promise jobs run
// between callbacks exactly as in Node.

const binding = internalBinding('timers');
const { scheduleTimer, toggleTimerRef, toggleImmediateRef, getLibuvNow, immediateInfo } = binding;
const PriorityQueue = require('internal/priority_queue');
const { processTicks } = require('internal/process/task_queues');
const asyncContext = require('internal/async_context');
const kFrame = Symbol('kFrame');

const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');

let asyncIdCounter = 1;
function newAsyncId() {
  return ++asyncIdCounter;
}

// ---- timer lists -------------------------------------------------------------------------

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this; // circular list sentinel
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

let timerListId = Number.MIN_SAFE_INTEGER;
const timerListMap = { __proto__: null };
const timerListQueue = new PriorityQueue(
  (a, b) => (a.expiry - b.expiry) || (a.id < b.id ? -1 : 1),
  (list, pos) => { list.priorityQueuePosition = pos; });
const knownTimersById = { __proto__: null };

let nextExpiry = Infinity;
let refCount = 0;

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

function listPeek(list) {
  const first = list._idlePrev;
  return first === list ? null : first;
}

function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

function insert(item, msecs, start = getLibuvNow()) {
  // Sub-millisecond accuracy is not promised: 1.7 shares the 1ms list.
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    timerListQueue.insert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = newAsyncId();
    item[triggerAsyncIdSymbol] = 1;
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  if (item[kRefed]) decRefCount();
  item[kRefed] = null;
  const list = timerListMap[Math.trunc(item._idleTimeout)];
  listRemove(item);
  if (list !== undefined && list._idleNext === list) {
    timerListQueue.removeAt(list.priorityQueuePosition);
    delete timerListMap[list.msecs];
  }
  item._idleTimeout = -1;
}

// ---- Timeout -------------------------------------------------------------------------------

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                            '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = newAsyncId();
    this[triggerAsyncIdSymbol] = 1;
    if (asyncContext.state.active) this[kFrame] = asyncContext.state.frame;
  }

  refresh() {
    if (this[kRefed]) insertGuarded(this, true);
    else insertGuarded(this, false);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeoutImpl(this);
    return this;
  }

  [Symbol.dispose]() {
    clearTimeoutImpl(this);
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

function clearTimeoutImpl(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const found = knownTimersById[timer];
    if (found !== undefined) {
      found._onTimeout = null;
      unenroll(found);
    }
  }
}

// Runs at most one due timer (then the nextTick queue) and returns true, so that C returns
// to the engine and promise jobs run before the next timer. Otherwise returns the next
// expiry, negative when no ref'd timer is left, or 0 when there are no timers.
function processTimers(now) {
  let list;
  while ((list = timerListQueue.peek()) !== undefined) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (runOneFromList(list, now)) return true;
  }
  nextExpiry = Infinity;
  return 0;
}

function runOneFromList(list, now) {
  const msecs = list.msecs;
  let timer;
  while ((timer = listPeek(list)) !== null) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      timerListQueue.percolateDown(1);
      return false;
    }
    listRemove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      }
      continue;
    }
    let start;
    if (timer._repeat) start = getLibuvNow();
    try {
      const args = timer._timerArgs;
      const frame = timer[kFrame];
      if (frame !== undefined) asyncContext.runInFrame(frame, timer._onTimeout, timer, args ?? []);
      else if (args === undefined) timer._onTimeout();
      else Reflect.apply(timer._onTimeout, timer, args);
    } catch (err) {
      require('internal/process/execution').triggerUncaughtException(err, false);
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        timer._destroyed = true;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
        if (timer[kRefed]) decRefCount();
      }
    }
    processTicks();
    return true;
  }
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    timerListQueue.shift();
  }
  return false;
}

// ---- Immediate -----------------------------------------------------------------------------

class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }

  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

const immediateQueue = new ImmediateList();
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = newAsyncId();
    this[triggerAsyncIdSymbol] = 1;
    if (asyncContext.state.active) this[kFrame] = asyncContext.state.frame;
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediateImpl(this);
  }
}

function clearImmediateImpl(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  // It may sit in this phase's batch or in the queue for the next one.
  if (outstandingQueue.head === immediate) outstandingQueue.head = immediate._idleNext;
  if (outstandingQueue.tail === immediate) outstandingQueue.tail = immediate._idlePrev;
  immediateQueue.remove(immediate);
}

// Runs one immediate (then the nextTick queue). `first` marks the start of a check phase:
// the immediates queued so far become this phase's batch; ones queued meanwhile wait for the
// next loop iteration. Returns true while the batch has more.
function processImmediate(first) {
  if (first && outstandingQueue.head === null) {
    outstandingQueue.head = immediateQueue.head;
    outstandingQueue.tail = immediateQueue.tail;
    immediateQueue.head = immediateQueue.tail = null;
  }
  let immediate = outstandingQueue.head;
  while (immediate !== null && immediate._destroyed) {
    outstandingQueue.remove(immediate);
    immediate = outstandingQueue.head;
  }
  if (immediate === null) {
    immediateInfo[kHasOutstanding] = 0;
    return false;
  }
  outstandingQueue.remove(immediate);
  immediateInfo[kHasOutstanding] = outstandingQueue.head !== null ? 1 : 0;
  immediateInfo[kCount]--;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._destroyed = true;
  const args = immediate._argv;
  try {
    const frame = immediate[kFrame];
    if (frame !== undefined) {
      asyncContext.runInFrame(frame, immediate._onImmediate, immediate, args ?? []);
    } else if (args === undefined) {
      immediate._onImmediate();
    } else {
      Reflect.apply(immediate._onImmediate, immediate, args);
    }
  } catch (err) {
    require('internal/process/execution').triggerUncaughtException(err, false);
  }
  processTicks();
  return outstandingQueue.head !== null;
}

// For process.getActiveResourcesInfo(): ref'd timers and immediates, as Node counts them.
function activeTimerCounts() {
  return [refCount, immediateInfo[kRefCount]];
}

module.exports = {
  activeTimerCounts,
  TIMEOUT_MAX,
  kRefed,
  kHasPrimitive,
  asyncIdSymbol,
  triggerAsyncIdSymbol,
  Timeout,
  Immediate,
  insert,
  insertGuarded,
  unenroll,
  clearTimeoutImpl,
  clearImmediateImpl,
  processTimers,
  processImmediate,
  getLibuvNow,
  timerListMap,
  timerListQueue,
  immediateQueue,
  knownTimersById,
  active(item) {
    insertGuarded(item, true);
  },
  unrefActive(item) {
    insertGuarded(item, false);
  },
};
