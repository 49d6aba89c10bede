'use strict';
// node:diagnostics_channel — named channels for publishing diagnostics, and TracingChannel.

const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const channels = new Map(); // name -> WeakRef<Channel>
const kSubscribers = Symbol('subscribers');
const kStores = Symbol('stores');

class Channel {
  constructor(name) {
    this[kSubscribers] = [];
    this[kStores] = null;
    this.name = name;
  }

  static [Symbol.hasInstance](instance) {
    return instance !== null && typeof instance === 'object' && kSubscribers in instance;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    this[kSubscribers] = [...this[kSubscribers], subscription];
    retain(this);
  }

  unsubscribe(subscription) {
    const i = this[kSubscribers].indexOf(subscription);
    if (i === -1) return false;
    this[kSubscribers] = this[kSubscribers].filter((_, k) => k !== i);
    return true;
  }

  bindStore(store, transform) {
    this[kStores] ??= new Map();
    this[kStores].set(store, transform);
    retain(this);
  }

  unbindStore(store) {
    return this[kStores] !== null && this[kStores].delete(store);
  }

  get hasSubscribers() {
    return this[kSubscribers].length > 0 || (this[kStores] !== null && this[kStores].size > 0);
  }

  publish(data) {
    for (const fn of this[kSubscribers]) {
      try {
        fn(data, this.name);
      } catch (err) {
        process.nextTick(() => {
          throw err;
        });
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    if (this[kStores] !== null) {
      for (const [store, transform] of this[kStores]) {
        const next = run;
        let value = data;
        if (typeof transform === 'function') {
          try {
            value = transform(data);
          } catch (err) {
            process.nextTick(() => {
              throw err;
            });
            continue;
          }
        }
        run = () => store.run(value, next);
      }
    }
    return run();
  }
}

// Channels with subscribers stay alive; others may be collected and recreated.
const retained = new Set();
function retain(ch) {
  retained.add(ch);
}

function channel(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new codes.ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  const existing = channels.get(name)?.deref();
  if (existing !== undefined) return existing;
  const ch = new Channel(name);
  channels.set(name, new WeakRef(ch));
  return ch;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const ch = channels.get(name)?.deref();
  return ch !== undefined && ch.hasSubscribers;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const e of traceEvents) {
        Object.defineProperty(this, e, {
          __proto__: null, value: channel(`tracing:${nameOrChannels}:${e}`), enumerable: false,
        });
      }
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const e of traceEvents) {
        const ch = nameOrChannels[e];
        if (!(ch instanceof Channel)) {
          throw new codes.ERR_INVALID_ARG_TYPE(`nameOrChannels.${e}`, 'Channel', ch);
        }
        Object.defineProperty(this, e, { __proto__: null, value: ch, enumerable: false });
      }
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'],
        nameOrChannels);
    }
  }

  get hasSubscribers() {
    return traceEvents.some((e) => this[e].hasSubscribers);
  }

  subscribe(handlers) {
    for (const e of traceEvents) if (handlers[e]) this[e].subscribe(handlers[e]);
  }

  unsubscribe(handlers) {
    let done = true;
    for (const e of traceEvents) if (handlers[e] && !this[e].unsubscribe(handlers[e])) done = false;
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, error } = this;
    return start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const reject = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    };
    const resolve = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    return start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(resolve, reject);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { start, end, asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrapped(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrapped);
    return start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      } finally {
        end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = { channel, hasSubscribers, subscribe, tracingChannel, unsubscribe, Channel };
