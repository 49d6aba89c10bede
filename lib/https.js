'use strict';
// node:https — HTTP/1.1 over TLS: Server (http.Server's request handling on tls.Server
// connections), Agent (http.Agent pooling TLS sockets, with session reuse), request and get.

const tls = require('tls');
const { Agent: HttpAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { Server: HttpServer, _connectionListener } = require('_http_server');
const { initTLSServer } = require('_tls_wrap');
const { validateObject } = require('internal/validators');

// ---- Server ----------------------------------------------------------------------------------

function Server(opts, requestListener) {
  if (!new.target) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  } else if (opts == null) {
    opts = {};
  } else {
    validateObject(opts, 'options');
  }
  opts = { ...opts };
  if (!opts.ALPNProtocols && !opts.ALPNCallback) opts.ALPNProtocols = ['http/1.1'];
  // http.Server's constructor sets up request handling; the connections it parses are the
  // TLS sockets ('secureConnection'), not the raw TCP ones.
  const self = Reflect.construct(HttpServer, [opts, requestListener], new.target);
  self.removeListener('connection', _connectionListener);
  initTLSServer(self, opts);
  self.on('secureConnection', _connectionListener);
  self.on('tlsClientError', onTLSClientError);
  return self;
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);

// http.Server's own methods (setTimeout, closeAllConnections, ...) apply unchanged.
for (const name of Reflect.ownKeys(HttpServer.prototype)) {
  if (name === 'constructor') continue;
  Object.defineProperty(Server.prototype, name,
                        Object.getOwnPropertyDescriptor(HttpServer.prototype, name));
}

// Without a listener Node's https server stays quiet about failed handshakes.
function onTLSClientError() {}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// ---- Agent -----------------------------------------------------------------------------------

function Agent(options) {
  if (!new.target) return new Agent(options);
  // http.Agent guards against calls without `new`, so it is constructed for our prototype.
  const self = Reflect.construct(HttpAgent, [options], new.target);
  self.defaultPort = 443;
  self.protocol = 'https:';
  self.maxCachedSessions = self.options.maxCachedSessions;
  if (self.maxCachedSessions === undefined) self.maxCachedSessions = 100;
  self._sessionCache = { map: {}, list: [] };
  return self;
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);

// createConnection(options[, cb]) or (port, host, options): a TLS socket that resumes the
// session cached for the same host and TLS settings.
Agent.prototype.createConnection = function createConnection(port, host, options) {
  if (port !== null && typeof port === 'object') {
    options = port;
  } else if (host !== null && typeof host === 'object') {
    options = { ...host };
  } else if (options === null || typeof options !== 'object') {
    options = {};
  } else {
    options = { ...options };
  }
  if (typeof port === 'number') options.port = port;
  if (typeof host === 'string') options.host = host;
  options = { ...options };
  if (options.servername === undefined) {
    const h = options.host || 'localhost';
    // An IP literal is no server name; a Host header may carry one (without the port).
    let name = h;
    if (options.headers && options.headers.host) name = String(options.headers.host).replace(/:.*$/, '');
    if (!require('net').isIP(name)) options.servername = name;
    else options.servername = '';
  }
  if (options.servername === '') delete options.servername;
  const key = options._agentKey;
  if (key && options.session === undefined) {
    const session = this._getSession(key);
    if (session) options.session = session;
  }
  const socket = tls.connect(options);
  if (key) {
    socket.on('session', (session) => this._cacheSession(key, session));
    socket.once('close', (hadError) => {
      if (hadError) this._evictSession(key);
    });
  }
  return socket;
};

Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  name += ':';
  if (options.ca) name += options.ca;
  name += ':';
  if (options.cert) name += options.cert;
  name += ':';
  if (options.clientCertEngine) name += options.clientCertEngine;
  name += ':';
  if (options.ciphers) name += options.ciphers;
  name += ':';
  if (options.key) name += options.key;
  name += ':';
  if (options.pfx) name += options.pfx;
  name += ':';
  if (options.rejectUnauthorized !== undefined) name += options.rejectUnauthorized;
  name += ':';
  if (options.servername && options.servername !== options.host) name += options.servername;
  name += ':';
  if (options.minVersion) name += options.minVersion;
  name += ':';
  if (options.maxVersion) name += options.maxVersion;
  name += ':';
  if (options.secureProtocol) name += options.secureProtocol;
  name += ':';
  if (options.crl) name += options.crl;
  name += ':';
  if (options.honorCipherOrder !== undefined) name += options.honorCipherOrder;
  name += ':';
  if (options.ecdhCurve) name += options.ecdhCurve;
  name += ':';
  if (options.dhparam) name += options.dhparam;
  name += ':';
  if (options.secureOptions !== undefined) name += options.secureOptions;
  name += ':';
  if (options.sessionIdContext) name += options.sessionIdContext;
  name += ':';
  if (options.sigalgs) name += JSON.stringify(options.sigalgs);
  name += ':';
  if (options.privateKeyIdentifier) name += options.privateKeyIdentifier;
  name += ':';
  if (options.privateKeyEngine) name += options.privateKeyEngine;
  return name;
};

Agent.prototype._getSession = function _getSession(key) {
  return this._sessionCache.map[key];
};

Agent.prototype._cacheSession = function _cacheSession(key, session) {
  if (this.maxCachedSessions === 0) return;
  const cache = this._sessionCache;
  if (cache.map[key]) {
    cache.map[key] = session;
    return;
  }
  if (cache.list.length >= this.maxCachedSessions) {
    const oldest = cache.list.shift();
    delete cache.map[oldest];
  }
  cache.list.push(key);
  cache.map[key] = session;
};

Agent.prototype._evictSession = function _evictSession(key) {
  const cache = this._sessionCache;
  const i = cache.list.indexOf(key);
  if (i === -1) return;
  cache.list.splice(i, 1);
  delete cache.map[key];
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// ---- request / get ---------------------------------------------------------------------------

function isURL(v) {
  return v !== null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.searchParams === 'object';
}

// request(url[, options][, cb]) or request(options[, cb]).
function request(...args) {
  let url;
  if (typeof args[0] === 'string' || isURL(args[0])) url = args.shift();
  let options = {};
  if (args[0] !== null && typeof args[0] === 'object') options = { ...args.shift() };
  const cb = args[0];
  options._defaultAgent = module.exports.globalAgent;
  return url !== undefined ? new ClientRequest(url, options, cb) : new ClientRequest(options, cb);
}

function get(...args) {
  const req = request(...args);
  req.end();
  return req;
}

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer,
  get,
  request,
};
