'use strict';
// WHATWG URL and URLSearchParams over internalBinding('url'), plus file URL helpers.

const binding = internalBinding('url');
const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kCount = binding.componentCount;
// Component slots filled by the binding (see src/bindings/url_parser.h).
const PROTOCOL_END = 0;
const USERNAME_START = 1;
const USERNAME_END = 2;
const PASSWORD_START = 3;
const PASSWORD_END = 4;
const HOST_START = 5;
const HOST_END = 6;
const PORT = 7;
const PATH_START = 8;
const SEARCH_START = 9;
const HASH_START = 10;
// Setter actions understood by binding.update().
const SET_PROTOCOL = 1;
const SET_USERNAME = 2;
const SET_PASSWORD = 3;
const SET_HOST = 4;
const SET_HOSTNAME = 5;
const SET_PORT = 6;
const SET_PATHNAME = 7;
const SET_SEARCH = 8;
const SET_HASH = 9;

let lazyInspect;
function inspect(v, opts) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(v, opts);
}

function toUSVString(v) {
  return `${v}`.toWellFormed();
}

function receiverError() {
  return new TypeError('Receiver must be an instance of class URL');
}

// Set from inside the classes: cross-class access to private state.
let paramsAttach; // (params, url, query) -> void
let paramsReplace; // (params, query) -> void
let urlApplySearch; // (url, serialized) -> void
let isURLThis; // (value) -> boolean
let iteratorListOf; // (params) -> its flat list
let isParams; // (value) -> boolean

class URL {
  #href = '';
  #c = new Int32Array(kCount);
  #params = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const href = binding.parse(input, base, this.#c);
    if (href === undefined) throw new ERR_INVALID_URL(input, base);
    this.#href = href;
  }

  static {
    urlApplySearch = (url, serialized) => {
      url.#update(SET_SEARCH, serialized === '' ? '' : `?${serialized}`, false);
    };
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(url, base);
    } catch (err) {
      if (err?.code === 'ERR_INVALID_URL') return null;
      throw err;
    }
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    if (base !== undefined) base = toUSVString(base);
    return binding.canParse(url, base);
  }

  static createObjectURL(obj) {
    const Blob = blobClass();
    if (Blob === undefined || !(obj instanceof Blob)) {
      throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    }
    const id = `blob:nodedata:${randomUUID()}`;
    blobStore.set(id, obj);
    return id;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const parsed = URL.parse(toUSVString(url));
    if (parsed === null || parsed.protocol !== 'blob:') return;
    const path = parsed.pathname;
    if (!path.startsWith('nodedata:')) return;
    blobStore.delete(`blob:${path}`);
  }

  static {
    isURLThis = (v) => v !== null && typeof v === 'object' && #href in v;
  }

  #check() {
    if (!isURLThis(this)) throw receiverError();
  }

  #update(action, value, refreshParams = true) {
    const href = binding.update(this.#href, action, value, this.#c);
    if (href === false) return;
    this.#href = href;
    if (refreshParams && this.#params !== null) paramsReplace(this.#params, this.#query());
  }

  #query() {
    const c = this.#c;
    const s = c[SEARCH_START];
    if (s < 0) return '';
    return this.#href.slice(s + 1, c[HASH_START] >= 0 ? c[HASH_START] : this.#href.length);
  }

  toString() {
    if (!isURLThis(this)) throw receiverError();
    return this.#href;
  }

  get href() {
    if (!isURLThis(this)) throw receiverError();
    return this.#href;
  }

  set href(value) {
    this.#check();
    value = toUSVString(value);
    const c = new Int32Array(kCount);
    const href = binding.parse(value, undefined, c);
    if (href === undefined) throw new ERR_INVALID_URL(value);
    this.#href = href;
    this.#c = c;
    if (this.#params !== null) paramsReplace(this.#params, this.#query());
  }

  get origin() {
    this.#check();
    const protocol = this.protocol;
    switch (protocol) {
      case 'http:':
      case 'https:':
      case 'ws:':
      case 'wss:':
      case 'ftp:':
        return `${protocol}//${this.host}`;
      case 'blob:': {
        const inner = URL.parse(this.pathname);
        if (inner !== null && (inner.protocol === 'http:' || inner.protocol === 'https:')) {
          return inner.origin;
        }
        return 'null';
      }
      default:
        return 'null';
    }
  }

  get protocol() {
    this.#check();
    return this.#href.slice(0, this.#c[PROTOCOL_END]);
  }

  set protocol(value) {
    this.#check();
    this.#update(SET_PROTOCOL, toUSVString(value));
  }

  get username() {
    this.#check();
    const c = this.#c;
    return this.#href.slice(c[USERNAME_START], c[USERNAME_END]);
  }

  set username(value) {
    this.#check();
    this.#update(SET_USERNAME, toUSVString(value));
  }

  get password() {
    this.#check();
    const c = this.#c;
    return this.#href.slice(c[PASSWORD_START], c[PASSWORD_END]);
  }

  set password(value) {
    this.#check();
    this.#update(SET_PASSWORD, toUSVString(value));
  }

  get host() {
    this.#check();
    const c = this.#c;
    if (c[HOST_START] < 0) return '';
    const host = this.#href.slice(c[HOST_START], c[HOST_END]);
    return c[PORT] >= 0 ? `${host}:${c[PORT]}` : host;
  }

  set host(value) {
    this.#check();
    this.#update(SET_HOST, toUSVString(value));
  }

  get hostname() {
    this.#check();
    const c = this.#c;
    if (c[HOST_START] < 0) return '';
    return this.#href.slice(c[HOST_START], c[HOST_END]);
  }

  set hostname(value) {
    this.#check();
    this.#update(SET_HOSTNAME, toUSVString(value));
  }

  get port() {
    this.#check();
    const port = this.#c[PORT];
    return port >= 0 ? `${port}` : '';
  }

  set port(value) {
    this.#check();
    this.#update(SET_PORT, toUSVString(value));
  }

  get pathname() {
    this.#check();
    const c = this.#c;
    let end = c[SEARCH_START];
    if (end < 0) end = c[HASH_START];
    if (end < 0) end = this.#href.length;
    return this.#href.slice(c[PATH_START], end);
  }

  set pathname(value) {
    this.#check();
    this.#update(SET_PATHNAME, toUSVString(value));
  }

  get search() {
    this.#check();
    const c = this.#c;
    const start = c[SEARCH_START];
    if (start < 0) return '';
    const end = c[HASH_START] >= 0 ? c[HASH_START] : this.#href.length;
    return end - start <= 1 ? '' : this.#href.slice(start, end);
  }

  set search(value) {
    this.#check();
    this.#update(SET_SEARCH, toUSVString(value));
  }

  get searchParams() {
    this.#check();
    if (this.#params === null) {
      this.#params = new URLSearchParams();
      paramsAttach(this.#params, this, this.#query());
    }
    return this.#params;
  }

  get hash() {
    this.#check();
    const start = this.#c[HASH_START];
    if (start < 0 || this.#href.length - start <= 1) return '';
    return this.#href.slice(start);
  }

  set hash(value) {
    this.#check();
    this.#update(SET_HASH, toUSVString(value));
  }

  toJSON() {
    if (!isURLThis(this)) throw receiverError();
    return this.#href;
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = (typeof this.constructor === 'function' && this.constructor) || URL;
    const shown = {};
    shown.href = this.href;
    shown.origin = this.origin;
    shown.protocol = this.protocol;
    shown.username = this.username;
    shown.password = this.password;
    shown.host = this.host;
    shown.hostname = this.hostname;
    shown.port = this.port;
    shown.pathname = this.pathname;
    shown.search = this.search;
    shown.searchParams = this.searchParams;
    shown.hash = this.hash;
    return `${ctor.name} ${inspect(shown, opts)}`;
  }

  // Non-standard helpers for lib/ (not enumerable, not part of the public shape).
  static isURLInstance(value) {
    return value != null && typeof value === 'object' && #href in value;
  }
}

const isURLInstance = URL.isURLInstance;
delete URL.isURLInstance;

function defineEnumerable(proto, names) {
  for (const name of names) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    d.enumerable = true;
    Object.defineProperty(proto, name, d);
  }
}

defineEnumerable(URL.prototype, ['toString', 'href', 'origin', 'protocol', 'username', 'password',
  'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']);
defineEnumerable(URL, ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

// ---- Blob URLs ----

const blobStore = new Map();
function blobClass() {
  try {
    return require('buffer').Blob;
  } catch {
    return undefined;
  }
}

function randomUUID() {
  const hex = [];
  for (let i = 0; i < 16; i++) hex.push(Math.floor(Math.random() * 256));
  hex[6] = (hex[6] & 0x0f) | 0x40;
  hex[8] = (hex[8] & 0x3f) | 0x80;
  const h = hex.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// Returns the Blob registered for a blob:nodedata: URL, or undefined.
function resolveObjectURL(url) {
  const parsed = URL.parse(toUSVString(url));
  if (parsed === null || parsed.protocol !== 'blob:') return undefined;
  return blobStore.get(`blob:${parsed.pathname}`);
}

// ---- URLSearchParams ----

function isObjectLike(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function');
}

function invalidThis(name) {
  return new ERR_INVALID_THIS(name);
}

class URLSearchParams {
  // Flat list: name, value, name, value, ...
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      // empty
    } else if (isObjectLike(init)) {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        const pairs = [];
        for (const pair of init) {
          if (!isObjectLike(pair) || typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const converted = [];
          for (const element of pair) converted.push(toUSVString(element));
          pairs.push(converted);
        }
        const list = this.#list;
        for (const pair of pairs) {
          if (pair.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          list.push(pair[0], pair[1]);
        }
      } else {
        const list = this.#list;
        const seen = new Map();
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          const at = seen.get(name);
          if (at !== undefined) {
            list[at + 1] = value;
          } else {
            seen.set(name, list.length);
            list.push(name, value);
          }
        }
      }
    } else {
      let query = toUSVString(init);
      if (query[0] === '?') query = query.slice(1);
      this.#list = binding.parseParams(query);
    }
  }

  static {
    paramsAttach = (params, url, query) => {
      params.#url = url;
      params.#list = query === '' ? [] : binding.parseParams(query);
    };
    paramsReplace = (params, query) => {
      params.#list = query === '' ? [] : binding.parseParams(query);
    };
    iteratorListOf = (params) => params.#list;
    isParams = (v) => isObjectLike(v) && #list in v;
  }

  #changed() {
    if (this.#url !== null) urlApplySearch(this.#url, binding.serializeParams(this.#list));
  }

  get size() {
    if (!isParams(this)) throw invalidThis('URLSearchParams');
    return this.#list.length / 2;
  }

  append(name, value) {
    if (!isParams(this)) throw invalidThis('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#changed();
  }

  delete(name, value = undefined) {
    if (!isParams(this)) throw invalidThis('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#changed();
  }

  get(name) {
    if (!isParams(this)) throw invalidThis('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    if (!isParams(this)) throw invalidThis('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const out = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    if (!isParams(this)) throw invalidThis('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (!isParams(this)) throw invalidThis('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#changed();
  }

  sort() {
    if (!isParams(this)) throw invalidThis('URLSearchParams');
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable; '<' on strings compares UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#changed();
  }

  entries() {
    if (!isParams(this)) throw invalidThis('URLSearchParams');
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isParams(this)) throw invalidThis('URLSearchParams');
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    let list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this.#list;
    }
  }

  keys() {
    if (!isParams(this)) throw invalidThis('URLSearchParams');
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    if (!isParams(this)) throw invalidThis('URLSearchParams');
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    if (!isParams(this)) throw invalidThis('URLSearchParams');
    return binding.serializeParams(this.#list);
  }

  [customInspect](depth, opts) {
    if (!isParams(this)) throw invalidThis('URLSearchParams');
    if (typeof depth === 'number' && depth < 0) {
      return typeof opts?.stylize === 'function' ? opts.stylize('[Object]', 'special') : '[Object]';
    }
    const inner = { ...opts };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const list = this.#list;
    const parts = [];
    for (let i = 0; i < list.length; i += 2) {
      parts.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    }
    return wrapEntries(this.constructor?.name ?? 'URLSearchParams', parts, opts);
  }
}


// Lays out "Name { a, b }" on one line, or one entry per line past breakLength.
function wrapEntries(name, parts, opts) {
  if (parts.length === 0) return `${name} {}`;
  const sep = ', ';
  let width = -sep.length;
  for (const p of parts) width += stripColors(p).length + sep.length;
  const breakLength = opts?.breakLength ?? 80;
  if (width > breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
  return `${name} { ${parts.join(sep)} }`;
}

function stripColors(s) {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[\d\d?m/g, '');
}

defineEnumerable(URLSearchParams.prototype, ['size', 'append', 'delete', 'get', 'getAll', 'has',
  'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']);
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  next() {
    if (!isObjectLike(this) || !(#params in this)) throw invalidThis('URLSearchParamsIterator');
    const list = iteratorListOf(this.#params);
    const i = this.#index;
    if (i >= list.length) return { value: undefined, done: true };
    this.#index = i + 2;
    const kind = this.#kind;
    const value = kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] : [list[i], list[i + 1]];
    return { value, done: false };
  }

  [customInspect](depth, opts) {
    if (!isObjectLike(this) || !(#params in this)) throw invalidThis('URLSearchParamsIterator');
    if (typeof depth === 'number' && depth < 0) {
      return typeof opts?.stylize === 'function' ? opts.stylize('[Object]', 'special') : '[Object]';
    }
    const inner = { ...opts };
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const list = iteratorListOf(this.#params);
    const values = [];
    for (let i = this.#index; i < list.length; i += 2) {
      const kind = this.#kind;
      values.push(kind === 'key' ? list[i] : kind === 'value' ? list[i + 1] : [list[i], list[i + 1]]);
    }
    if (values.length === 0) return 'URLSearchParams Iterator {  }';
    // One entry per line whenever the same values shown as an array would not fit one line.
    const multiline = inspect(values, inner).includes('\n');
    const parts = values.map((v) => inspect(v, inner));
    return multiline ? `URLSearchParams Iterator {\n  ${parts.join(',\n  ')} }` :
      `URLSearchParams Iterator { ${parts.join(', ')} }`;
  }
}

Object.setPrototypeOf(URLSearchParamsIterator.prototype, IteratorPrototype);
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true,
});
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { enumerable: true });

// ---- helpers used across lib/ ----

// Duck-typed URL check (what fs and friends accept as a URL).
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

function platformIsWindows() {
  return typeof process === 'object' && process.platform === 'win32';
}

function fileURLToPath(path, options = undefined) {
  const windows = options?.windows ?? platformIsWindows();
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? winPathFromURL(path) : posixPathFromURL(path);
}

function hasEncoded(pathname, chars) {
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname[i] !== '%') continue;
    const code = pathname.slice(i + 1, i + 3).toLowerCase();
    if (chars.includes(code)) return true;
  }
  return false;
}

function posixPathFromURL(url) {
  if (url.hostname !== '') {
    throw new ERR_INVALID_FILE_URL_HOST(typeof process === 'object' ? process.platform : 'linux');
  }
  const pathname = url.pathname;
  if (hasEncoded(pathname, ['2f'])) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', url);
  }
  return decodeURIComponent(pathname);
}

function winPathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (hasEncoded(pathname, ['2f', '5c'])) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters', url);
  }
  pathname = decodeURIComponent(pathname.replaceAll('/', '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.charCodeAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return pathname.slice(1);
}

// Characters pathToFileURL leaves as they are; everything else is percent-encoded (UTF-8).
const kPathSafe = (() => {
  const t = new Uint8Array(128);
  const safe = "!$&'()*+,-./0123456789:;=@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
  for (let i = 0; i < safe.length; i++) t[safe.charCodeAt(i)] = 1;
  return t;
})();

function encodePathChars(path) {
  let out = '';
  let start = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path.charCodeAt(i);
    if (c < 128 && kPathSafe[c] === 1) continue;
    if (c >= 128) {
      // Non-ASCII runs go through encodeURIComponent (UTF-8; lone surrogates as U+FFFD).
      let j = i;
      while (j < path.length && path.charCodeAt(j) >= 128) j++;
      out += path.slice(start, i) + encodeURIComponent(path.slice(i, j).toWellFormed());
      start = j;
      i = j - 1;
      continue;
    }
    out += `${path.slice(start, i)}%${c < 16 ? '0' : ''}${c.toString(16).toUpperCase()}`;
    start = i + 1;
  }
  return out + path.slice(start);
}

function pathToFileURL(filepath, options = undefined) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  const windows = options?.windows ?? platformIsWindows();
  const pathMod = require('path');
  if (windows && typeof filepath === 'string' && filepath.startsWith('\\\\')) {
    return uncToFileURL(filepath);
  }
  let resolved = windows ? pathMod.win32.resolve(filepath) : pathMod.posix.resolve(filepath);
  if (windows && resolved.startsWith('\\\\')) return uncToFileURL(resolved);
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== (windows ? '\\' : '/')) {
    resolved += '/';
  }
  if (windows) resolved = `/${resolved.replaceAll('\\', '/')}`;
  return new URL(`file://${encodePathChars(resolved)}`);
}

function uncToFileURL(path) {
  const extended = path.startsWith('\\\\?\\UNC\\');
  const prefix = extended ? 8 : 2;
  const hostEnd = path.indexOf('\\', prefix);
  if (hostEnd === -1) {
    throw new ERR_INVALID_ARG_VALUE('path', path, 'Missing UNC resource path');
  }
  if (hostEnd === 2) throw new ERR_INVALID_ARG_VALUE('path', path, 'Empty UNC servername');
  const hostname = path.slice(prefix, hostEnd);
  const rest = path.slice(hostEnd).replaceAll('\\', '/');
  const url = new URL('file://');
  url.hostname = hostname;
  url.pathname = encodePathChars(rest);
  return url;
}

// Accepts a path string or a file: URL (object or URL instance); returns a path for fs.
function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  isURLInstance,
  domainToASCII,
  domainToUnicode,
  urlToHttpOptions,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  resolveObjectURL,
  encodePathChars,
  toUnicodeHost: binding.toUnicodeHost,
  toASCII: binding.toASCII,
  encodeForm: binding.encodeForm,
};
