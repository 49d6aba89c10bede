// node:test + node:assert: hooks run around each test and t.mock restores what it replaced.
'use strict';
const { describe, it, beforeEach, afterEach } = require('node:test');
const assert = require('node:assert');

const clock = { now: () => 1000 };

describe('hooks and mocks', () => {
  let events;
  beforeEach(() => {
    events = ['setup'];
  });
  afterEach(() => {
    assert.strictEqual(events[0], 'setup');
  });

  it('mocks a method for one test', (t) => {
    t.mock.method(clock, 'now', () => 5);
    assert.strictEqual(clock.now(), 5);
    assert.strictEqual(clock.now.mock.callCount(), 1);
    events.push('mocked');
  });

  it('sees the original again', () => {
    assert.strictEqual(clock.now(), 1000);
    assert.deepStrictEqual(events, ['setup']);
  });

  it('records calls of mock.fn', (t) => {
    const fn = t.mock.fn((a, b) => a * b);
    assert.strictEqual(fn(3, 4), 12);
    assert.deepStrictEqual(fn.mock.calls[0].arguments, [3, 4]);
    assert.strictEqual(fn.mock.calls[0].result, 12);
  });
});
