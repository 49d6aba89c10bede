'use strict';
// Request, Response and fetch() over node:http/https: redirects, decompression, abort,
// and Node's "fetch failed" TypeError with the network error as its cause.

const { Headers, rawPairs, setGuard } = require('internal/fetch/headers');
const { kBody, kUsed, extractBody, consume, encodeMultipart, mixinBody } = require('internal/fetch/body');

const kState = Symbol('state');
const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
const redirectStatus = new Set([301, 302, 303, 307, 308]);
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);

function parseURL(input, base, who) {
  try {
    return new URL(input, base);
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
}

class Request {
  constructor(input, init = {}) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to construct 'Request': 1 argument required, but only 0 present.");
    }
    init ??= {};
    let state;
    if (input instanceof Request) {
      state = { ...input[kState], headers: new Headers(input.headers) };
      this[kBody] = input[kBody];
    } else {
      const url = parseURL(`${input}`, undefined, 'Request');
      if (url.username || url.password) {
        throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
      }
      state = { url: url.href, method: 'GET', headers: new Headers(), redirect: 'follow', signal: undefined };
      this[kBody] = null;
    }
    if (init.method !== undefined) {
      let method = `${init.method}`;
      if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
      if (forbiddenMethods.has(method.toUpperCase())) throw new TypeError(`'${method}' HTTP method is unsupported.`);
      if (normalizedMethods.has(method.toUpperCase())) method = method.toUpperCase();
      state.method = method;
    }
    if (init.headers !== undefined) state.headers = new Headers(init.headers);
    if (init.redirect !== undefined) state.redirect = `${init.redirect}`;
    const controller = new AbortController();
    const parent = init.signal ?? (input instanceof Request ? input.signal : undefined);
    if (parent) {
      if (parent.aborted) controller.abort(parent.reason);
      else parent.addEventListener('abort', () => controller.abort(parent.reason), { once: true });
    }
    state.signal = controller.signal;
    if (init.body !== undefined && init.body !== null) {
      if (state.method === 'GET' || state.method === 'HEAD') {
        throw new TypeError('Request with GET/HEAD method cannot have body.');
      }
      const body = extractBody(init.body);
      this[kBody] = body;
      if (body.type !== null && !state.headers.has('content-type')) state.headers.set('content-type', body.type);
    }
    state.cache = init.cache ?? 'default';
    state.credentials = init.credentials ?? 'same-origin';
    state.mode = init.mode ?? 'cors';
    state.keepalive = !!init.keepalive;
    state.integrity = init.integrity ?? '';
    state.referrer = 'about:client';
    state.duplex = init.duplex ?? 'half';
    this[kState] = state;
  }

  get method() { return this[kState].method; }
  get url() { return this[kState].url; }
  get headers() { return this[kState].headers; }
  get redirect() { return this[kState].redirect; }
  get signal() { return this[kState].signal; }
  get cache() { return this[kState].cache; }
  get credentials() { return this[kState].credentials; }
  get mode() { return this[kState].mode; }
  get keepalive() { return this[kState].keepalive; }
  get integrity() { return this[kState].integrity; }
  get referrer() { return this[kState].referrer; }
  get referrerPolicy() { return ''; }
  get destination() { return ''; }
  get duplex() { return this[kState].duplex; }

  clone() {
    if (this[kUsed]) throw new TypeError('Request.clone: Body has already been consumed.');
    return new Request(this);
  }

  get [Symbol.toStringTag]() {
    return 'Request';
  }
}
mixinBody(Request, 'Request');

class Response {
  constructor(body = null, init = {}) {
    init ??= {};
    const status = init.status ?? 200;
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    }
    const statusText = init.statusText === undefined ? '' : `${init.statusText}`;
    this[kState] = {
      status, statusText, headers: new Headers(init.headers), type: 'default', url: '',
      redirected: false,
    };
    this[kBody] = null;
    if (body !== null && body !== undefined) {
      if (nullBodyStatus.has(status)) throw new TypeError('Response constructor: Invalid response status code ' + status);
      const extracted = extractBody(body);
      this[kBody] = extracted;
      if (extracted.type !== null && !this[kState].headers.has('content-type')) {
        this[kState].headers.set('content-type', extracted.type);
      }
    }
  }

  static error() {
    const r = new Response(null, { status: 200 });
    Object.assign(r[kState], { status: 0, type: 'error' });
    setGuard(r.headers, 'immutable');
    return r;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const headers = new Headers(init?.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return new Response(text, { ...init, headers });
  }

  static redirect(url, status = 302) {
    const parsed = parseURL(`${url}`);
    if (!redirectStatus.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = new Response(null, { status: 200 });
    r[kState].status = status;
    r.headers.set('location', parsed.href);
    setGuard(r.headers, 'immutable');
    return r;
  }

  get status() { return this[kState].status; }
  get statusText() { return this[kState].statusText; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get headers() { return this[kState].headers; }
  get type() { return this[kState].type; }
  get url() { return this[kState].url; }
  get redirected() { return this[kState].redirected; }

  clone() {
    if (this[kUsed]) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = new Response(null, { status: 200 });
    r[kState] = { ...this[kState], headers: new Headers(this.headers) };
    r[kBody] = this[kBody];
    return r;
  }

  get [Symbol.toStringTag]() {
    return 'Response';
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    return `Response ${inspect({
      status: this.status, statusText: this.statusText, headers: this.headers, body: this[kBody] === null ? null : this.body,
      bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    }, options)}`;
  }
}
mixinBody(Response, 'Response');

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

async function fetch(input, init = undefined) {
  const request = new Request(input, init);
  const signal = request.signal;
  if (signal.aborted) throw signal.reason;
  let url = new URL(request.url);
  let method = request.method;
  let body = request[kBody];
  let bytes = body === null ? null : await consume(body);
  if (body?.multipart) {
    const encoded = await encodeMultipart(body.source);
    bytes = encoded.bytes;
    if (!request.headers.has('content-type')) request.headers.set('content-type', encoded.type);
  }
  let redirected = false;
  for (let hops = 0; ; hops++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      if (url.protocol === 'data:') return dataResponse(url);
      throw fetchFailed(new Error('unknown scheme'));
    }
    const res = await send(url, method, request.headers, bytes, signal);
    const location = res.headers.location;
    if (redirectStatus.has(res.statusCode) && location !== undefined && request.redirect !== 'manual') {
      res.resume();
      if (request.redirect === 'error') throw fetchFailed(new Error('unexpected redirect'));
      if (hops >= 20) throw fetchFailed(new Error('redirect count exceeded'));
      url = new URL(location, url);
      if (res.statusCode === 303 || ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')) {
        method = method === 'HEAD' ? 'HEAD' : 'GET';
        bytes = null;
      }
      redirected = true;
      continue;
    }
    return toResponse(res, url, redirected, method, signal);
  }
}

function send(url, method, headers, bytes, signal) {
  const mod = url.protocol === 'https:' ? require('https') : require('http');
  const outHeaders = {};
  for (const [name, value] of rawPairs(headers)) {
    if (outHeaders[name] === undefined) outHeaders[name] = value;
    else outHeaders[name] = [].concat(outHeaders[name], value);
  }
  const lower = new Set(Object.keys(outHeaders).map((k) => k.toLowerCase()));
  if (!lower.has('accept')) outHeaders.accept = '*/*';
  if (!lower.has('accept-language')) outHeaders['accept-language'] = '*';
  if (!lower.has('sec-fetch-mode')) outHeaders['sec-fetch-mode'] = 'cors';
  if (!lower.has('user-agent')) outHeaders['user-agent'] = 'node';
  if (!lower.has('accept-encoding')) outHeaders['accept-encoding'] = 'gzip, deflate';
  if (bytes !== null) outHeaders['content-length'] = bytes.length;
  return new Promise((resolve, reject) => {
    const req = mod.request(url, { method, headers: outHeaders }, resolve);
    const onAbort = () => {
      req.destroy();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    req.on('error', (err) => {
      signal.removeEventListener('abort', onAbort);
      reject(signal.aborted ? signal.reason : fetchFailed(err));
    });
    req.on('response', () => signal.removeEventListener('abort', onAbort));
    req.end(bytes ?? undefined);
  });
}

function toResponse(res, url, redirected, method, signal) {
  const headers = new Headers();
  for (let i = 0; i < res.rawHeaders.length; i += 2) headers.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
  const response = new Response(null, { status: 200 });
  Object.assign(response[kState], {
    status: res.statusCode, statusText: res.statusMessage ?? '', headers, type: 'basic', url: url.href, redirected,
  });
  setGuard(headers, 'immutable');
  if (method === 'HEAD' || nullBodyStatus.has(res.statusCode)) {
    res.resume();
    return response;
  }
  let stream = res;
  const encoding = (res.headers['content-encoding'] ?? '').toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(require('zlib').createGunzip());
  else if (encoding === 'deflate') stream = res.pipe(require('zlib').createInflate());
  else if (encoding === 'br') stream = res.pipe(require('zlib').createBrotliDecompress());
  response[kBody] = { source: stream, type: null, stream: true };
  signal.addEventListener('abort', () => res.destroy(signal.reason), { once: true });
  return response;
}

function dataResponse(url) {
  const href = url.href;
  const comma = href.indexOf(',');
  const meta = href.slice(5, comma);
  const data = href.slice(comma + 1);
  const { Buffer } = require('buffer');
  const bytes = meta.endsWith(';base64') ? Buffer.from(decodeURIComponent(data), 'base64') :
    Buffer.from(decodeURIComponent(data), 'latin1');
  const type = meta.replace(/;base64$/, '') || 'text/plain;charset=US-ASCII';
  const response = new Response(bytes, { status: 200, headers: { 'content-type': type } });
  response[kState].url = href;
  response[kState].type = 'basic';
  return response;
}

module.exports = { Request, Response, fetch };
