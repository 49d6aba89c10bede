'use strict';
// The stream of reporter events ({ type, data }) a test run produces: an EventEmitter that is
// also an async iterable (each event is handed out on its own tick, as a stream would), which is what reporters (async generators or Transforms) consume.

const EventEmitter = require('events');

class TestsStream extends EventEmitter {
  #queue = [];
  #waiters = [];
  #ended = false;

  push(type, data) {
    if (this.#ended) return;
    const event = { __proto__: null, type, data };
    this.emit(type, data);
    if (this.#waiters.length > 0) {
      const waiter = this.#waiters.shift();
      process.nextTick(waiter, { value: event, done: false });
    } else {
      this.#queue.push(event);
    }
  }

  end() {
    if (this.#ended) return;
    this.#ended = true;
    while (this.#waiters.length > 0) process.nextTick(this.#waiters.shift(), { value: undefined, done: true });
    this.emit('end');
  }

  [Symbol.asyncIterator]() {
    return {
      next: () => {
        if (this.#queue.length > 0) {
          const value = this.#queue.shift();
          return new Promise((resolve) => process.nextTick(resolve, { value, done: false }));
        }
        if (this.#ended) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => this.#waiters.push(resolve));
      },
      return: () => Promise.resolve({ value: undefined, done: true }),
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}

module.exports = { TestsStream };
