'use strict';
// node:url — the WHATWG URL API and the legacy url.parse/format/resolve API (Url objects).

const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  toASCII,
  toUnicodeHost,
} = require('internal/url');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL },
} = require('internal/errors');

let lazyQs;
function qs() {
  lazyQs ??= require('querystring');
  return lazyQs;
}

// Protocols (with and without the colon) the legacy parser treats specially.
const hostless = new Set(['javascript', 'javascript:']);
const unsafe = new Set(['javascript', 'javascript:']);
const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function isSpace(code) {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c ||
    code === 0x0b || code === 0xa0 || code === 0xfeff;
}

// Characters that end the host part without being part of it.
function endsHostWeakly(code) {
  switch (code) {
    case 0x09: case 0x0a: case 0x0d: case 0x20: case 0x22: case 0x25: case 0x27: case 0x3b:
    case 0x3c: case 0x3e: case 0x5c: case 0x5e: case 0x60: case 0x7b: case 0x7c: case 0x7d:
      return true;
    default:
      return false;
  }
}

// Legacy auto-escaping of the part after the host.
const kAutoEscape = new Map([
  ['\t', '%09'], ['\n', '%0A'], ['\r', '%0D'], [' ', '%20'], ['"', '%22'], ["'", '%27'],
  ['<', '%3C'], ['>', '%3E'], ['\\', '%5C'], ['^', '%5E'], ['`', '%60'], ['{', '%7B'],
  ['|', '%7C'], ['}', '%7D'],
]);
const kAutoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;
function autoEscape(s) {
  return s.replace(kAutoEscapeRe, (ch) => kAutoEscape.get(ch));
}

const kSimplePath = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const kProtocol = /^[a-z0-9.+-]+:/i;
const kAuthHost = /^\/\/[^@/]+@[^@/]+/;
const kPortAtEnd = /:[0-9]*$/;
const kForbiddenAfterIdna = /[\0\t\n\r #%/:<>?@[\\\]^|]/;

function emptyQuery() {
  return { __proto__: null };
}

function parseQuery(self, text, parseQueryString) {
  self.query = parseQueryString ? qs().parse(text) : text;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);

  // Trim whitespace; turn backslashes into slashes up to the first '?' or '#'.
  let start = 0;
  let end = url.length;
  while (start < end && isSpace(url.charCodeAt(start))) start++;
  while (end > start && isSpace(url.charCodeAt(end - 1))) end--;
  let rest = '';
  let sawHash = false;
  let inQueryOrHash = false;
  for (let i = start; i < end; i++) {
    const ch = url[i];
    // Tabs and newlines inside the URL are dropped, as the WHATWG parser does.
    if (ch === '\t' || ch === '\n' || ch === '\r') continue;
    if (ch === '#') sawHash = true;
    if (ch === '?' || ch === '#') inQueryOrHash = true;
    rest += ch === '\\' && !inQueryOrHash ? '/' : ch;
  }

  // A plain path (the common case for request URLs) needs none of the work below.
  if (!slashesDenoteHost && !sawHash) {
    const m = kSimplePath.exec(rest);
    if (m !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = m[1];
      if (m[2]) {
        this.search = m[2];
        parseQuery(this, m[2].slice(1), parseQueryString);
      } else if (parseQueryString) {
        this.search = null;
        this.query = emptyQuery();
      }
      return this;
    }
  }

  let proto = kProtocol.exec(rest);
  let lowerProto;
  if (proto !== null) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes = false;
  if (slashesDenoteHost || proto || kAuthHost.test(rest)) {
    slashes = rest.charCodeAt(0) === 0x2f && rest.charCodeAt(1) === 0x2f;
    if (slashes && !(proto && hostless.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostless.has(lowerProto) && (slashes || (proto && !slashed.has(proto)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!unsafe.has(lowerProto)) rest = autoEscape(rest);

  let question = -1;
  let hash = -1;
  for (let i = 0; i < rest.length; i++) {
    const code = rest.charCodeAt(i);
    if (code === 0x23) {
      this.hash = rest.slice(i);
      hash = i;
      break;
    }
    if (code === 0x3f && question === -1) question = i;
  }
  if (question !== -1) {
    const qEnd = hash === -1 ? rest.length : hash;
    this.search = rest.slice(question, qEnd);
    parseQuery(this, rest.slice(question + 1, qEnd), parseQueryString);
  } else if (parseQueryString) {
    this.search = null;
    this.query = emptyQuery();
  }

  const pathEnd = question !== -1 && (hash === -1 || question < hash) ? question : hash;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashed.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Reads [auth@]host[:port] from the front of rest into self; returns what follows.
function parseAuthority(self, rest, url) {
  let hostEnd = -1;
  let at = -1;
  let weakEnd = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    const code = rest.charCodeAt(i);
    if (code === 0x23 || code === 0x2f || code === 0x3f) {
      if (weakEnd === -1) weakEnd = i;
      hostEnd = i;
    } else if (code === 0x40) {
      at = i;
      weakEnd = -1;
    } else if (endsHostWeakly(code)) {
      if (weakEnd === -1) weakEnd = i;
    }
  }
  let hostStart = 0;
  if (at !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, at));
    hostStart = at + 1;
  }
  if (weakEnd === -1) {
    self.host = rest.slice(hostStart);
    rest = '';
  } else {
    self.host = rest.slice(hostStart, weakEnd);
    rest = rest.slice(weakEnd);
  }

  splitPort(self);
  if (typeof self.hostname !== 'string') self.hostname = '';
  let hostname = self.hostname;
  const bracketed = isBracketed(hostname);
  if (!bracketed) {
    // Characters that cannot be in a hostname move it and what follows into the path.
    for (let i = 0; i < hostname.length; i++) {
      const code = hostname.charCodeAt(i);
      if (code === 0x2f || code === 0x5c || code === 0x23 || code === 0x3f || code === 0x3a) {
        self.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
    hostname = self.hostname;
  }
  self.hostname = hostname.length > 255 ? '' : hostname.toLowerCase();
  if (self.hostname !== '' && !bracketed) {
    self.hostname = toASCII(self.hostname);
    if (self.hostname === '' || kForbiddenAfterIdna.test(self.hostname)) {
      throw new ERR_INVALID_URL(url);
    }
  }
  self.host = (self.hostname || '') + (self.port ? `:${self.port}` : '');
  if (bracketed) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

function isBracketed(h) {
  return h.charCodeAt(0) === 0x5b && h.charCodeAt(h.length - 1) === 0x5d;
}

// host -> hostname + port (a trailing ":digits").
function splitPort(self) {
  let host = self.host;
  const m = kPortAtEnd.exec(host);
  if (m !== null) {
    if (m[0] !== ':') self.port = m[0].slice(1);
    host = host.slice(0, host.length - m[0].length);
  }
  if (host) self.hostname = host;
}

Url.prototype.parseHost = function parseHost() {
  splitPort(this);
};

// Characters kept as they are in a formatted auth; the rest are percent-encoded.
const kAuthSafe = (() => {
  const t = new Uint8Array(128);
  const keep = "!'()*-.0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~";
  for (let i = 0; i < keep.length; i++) t[keep.charCodeAt(i)] = 1;
  return t;
})();

function encodeAuth(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 128) {
      out += kAuthSafe[code] ? s[i] : `%${code < 16 ? '0' : ''}${code.toString(16).toUpperCase()}`;
    } else {
      let j = i;
      while (j < s.length && s.charCodeAt(j) >= 128) j++;
      out += encodeURIComponent(s.slice(i, j).toWellFormed());
      i = j - 1;
    }
  }
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeAuth(auth)}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    host = auth + (h.includes(':') && !isBracketed(h) ? `[${h}]` : h);
    if (this.port) host += `:${this.port}`;
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') query = qs().stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3a) protocol += ':';

  pathname = pathname.replace(/[#?]/g, (ch) => (ch === '#' ? '%23' : '%3F'));

  if (this.slashes || slashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2f) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 0x23) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 0x3f) search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function copyInto(target, source, skip) {
  for (const key of Object.keys(source)) if (key !== skip) target[key] = source[key];
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

function finish(result) {
  result.href = result.format();
  return result;
}

// Pulls "auth@" out of a host that came back from the path of a non-slashed URL.
function takeHostFromPath(result, host) {
  result.hostname = result.host = host;
  if (result.host && result.host.indexOf('@') > 0) {
    const parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new Url();
  copyInto(result, this);
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // "//host/path": everything but the protocol comes from relative.
  if (relative.slashes && !relative.protocol) {
    copyInto(result, relative, 'protocol');
    if (slashed.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    if (!slashed.has(relative.protocol)) {
      copyInto(result, relative);
      return finish(result);
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostless.has(relative.protocol)) {
      // "http:foo/bar" against another protocol: the first path segment becomes the host.
      const parts = (relative.pathname || '').split('/');
      while (parts.length && !(relative.host = parts.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (parts[0] !== '') parts.unshift('');
      if (parts.length < 2) parts.unshift('');
      result.pathname = parts.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
    result.slashes = result.slashes || relative.slashes;
    return finish(result);
  }

  const sourceAbsolute = result.pathname && result.pathname.charAt(0) === '/';
  const relativeAbsolute = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbsolute = relativeAbsolute || sourceAbsolute || (result.host && relative.pathname);
  const dropAllDots = mustEndAbsolute;
  let segments = (result.pathname && result.pathname.split('/')) || [];
  const relSegments = (relative.pathname && relative.pathname.split('/')) || [];
  const hostInPath = result.protocol && !slashed.has(result.protocol);

  // Non-slashed protocols keep the host as the first path segment while resolving.
  if (hostInPath) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (segments[0] === '') segments[0] = result.host;
      else segments.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (relSegments[0] === '') relSegments[0] = relative.host;
        else relSegments.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (relSegments[0] === '' || segments[0] === '');
  }

  if (relativeAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    segments = relSegments;
  } else if (relSegments.length) {
    segments.pop();
    segments = segments.concat(relSegments);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    if (hostInPath) takeHostFromPath(result, segments.shift());
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    return finish(result);
  }

  if (!segments.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  let last = segments[segments.length - 1];
  const trailingSlash = ((result.host || relative.host || segments.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // Drop "." segments and fold ".." into its parent, counting what climbs above the root.
  let up = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    last = segments[i];
    if (last === '.') {
      segments.splice(i, 1);
    } else if (last === '..') {
      segments.splice(i, 1);
      up++;
    } else if (up) {
      segments.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbsolute && !dropAllDots) {
    while (up--) segments.unshift('..');
  }
  if (mustEndAbsolute && segments[0] !== '' && (!segments[0] || segments[0].charAt(0) !== '/')) {
    segments.unshift('');
  }
  if (trailingSlash && segments.join('/').slice(-1) !== '/') segments.push('');

  const absolute = segments[0] === '' || (segments[0] && segments[0].charAt(0) === '/');
  if (hostInPath) {
    takeHostFromPath(result, absolute ? '' : segments.length ? segments.shift() : '');
  }
  mustEndAbsolute = mustEndAbsolute || (result.host && segments.length);
  if (mustEndAbsolute && !absolute) segments.unshift('');

  if (segments.length > 0) {
    result.pathname = segments.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    return formatWhatwg(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

function formatWhatwg(url, options) {
  let fragment = true;
  let unicode = false;
  let search = true;
  let auth = true;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.unicode != null) unicode = Boolean(options.unicode);
    if (options.search != null) search = Boolean(options.search);
    if (options.auth != null) auth = Boolean(options.auth);
  }
  const copy = new URL(url.href);
  if (!fragment) copy.hash = '';
  if (!search) copy.search = '';
  if (!auth) {
    copy.username = '';
    copy.password = '';
  }
  const href = copy.href;
  if (!unicode || copy.hostname === '') return href;
  let hostAt = copy.protocol.length + 2;
  if (copy.username || copy.password) {
    hostAt += copy.username.length + (copy.password ? copy.password.length + 1 : 0) + 1;
  }
  const hostname = copy.hostname;
  return href.slice(0, hostAt) + toUnicodeHost(hostname) + href.slice(hostAt + hostname.length);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  // Legacy API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  // WHATWG API
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  // Utilities
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};

