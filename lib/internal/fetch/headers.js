'use strict';
// Headers (WHATWG Fetch): case-insensitive, combined values, set-cookie kept apart, guards.

const kList = Symbol('headers list'); // lowercase name -> { name, values[] }
const kGuard = Symbol('guard');

const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function normalizeValue(value) {
  return `${value}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function validate(method, name, value) {
  if (!tokenRe.test(name)) {
    throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
  }
  if (value !== undefined && /[\0\r\n]/.test(value)) {
    throw new TypeError(`Headers.${method}: "${value}" is an invalid header value.`);
  }
}

class Headers {
  constructor(init = undefined) {
    this[kList] = new Map();
    this[kGuard] = 'none';
    if (init === undefined || init === null) return;
    if (typeof init !== 'object') {
      throw new TypeError("Failed to construct 'Headers': The provided value is not of type " +
        "'(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
    }
    if (init instanceof Headers) {
      for (const [lower, entry] of init[kList]) {
        this[kList].set(lower, { name: entry.name, values: entry.values.slice() });
      }
    } else if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const arr = [...pair];
        if (arr.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + arr.length + '.');
        this.append(arr[0], arr[1]);
      }
    } else {
      for (const key of Object.keys(init)) this.append(key, init[key]);
    }
  }

  append(name, value) {
    name = `${name}`;
    value = normalizeValue(value);
    validate('append', name, value);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    const lower = name.toLowerCase();
    const entry = this[kList].get(lower);
    if (entry) entry.values.push(value);
    else this[kList].set(lower, { name, values: [value] });
  }

  delete(name) {
    name = `${name}`;
    validate('delete', name);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    this[kList].delete(name.toLowerCase());
  }

  get(name) {
    name = `${name}`;
    validate('get', name);
    const entry = this[kList].get(name.toLowerCase());
    return entry === undefined ? null : entry.values.join(', ');
  }

  getSetCookie() {
    return this[kList].get('set-cookie')?.values.slice() ?? [];
  }

  has(name) {
    name = `${name}`;
    validate('has', name);
    return this[kList].has(name.toLowerCase());
  }

  set(name, value) {
    name = `${name}`;
    value = normalizeValue(value);
    validate('set', name, value);
    if (this[kGuard] === 'immutable') throw new TypeError('immutable');
    this[kList].set(name.toLowerCase(), { name, values: [value] });
  }

  * entries() {
    const names = [...this[kList].keys()].sort();
    for (const lower of names) {
      const entry = this[kList].get(lower);
      if (lower === 'set-cookie') {
        for (const v of entry.values) yield [lower, v];
      } else {
        yield [lower, entry.values.join(', ')];
      }
    }
  }

  * keys() {
    for (const [name] of this.entries()) yield name;
  }

  * values() {
    for (const [, value] of this.entries()) yield value;
  }

  forEach(callback, thisArg = undefined) {
    for (const [name, value] of this.entries()) Reflect.apply(callback, thisArg, [value, name, this]);
  }

  [Symbol.iterator]() {
    return this.entries();
  }

  get [Symbol.toStringTag]() {
    return 'Headers';
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const obj = {};
    for (const entry of this[kList].values()) obj[entry.name] = entry.values.join(', ');
    return `Headers ${inspect(obj, options)}`;
  }
}

// For Request/Response internals: header pairs in insertion order with original names.
function rawPairs(headers) {
  const out = [];
  for (const entry of headers[kList].values()) {
    for (const v of entry.values) out.push([entry.name, v]);
  }
  return out;
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
}

module.exports = { Headers, rawPairs, setGuard };
