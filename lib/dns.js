'use strict';
// node:dns — lookup/lookupService over the system resolver (getaddrinfo), result ordering
// and the promises API. (resolve* over c-ares: see the networking issue.)

const cares = internalBinding('cares_wrap');
const { codes, DNSException } = require('internal/errors');
const { validateString, validateFunction, validateOneOf, validateNumber } =
  require('internal/validators');

const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_SOCKET_BAD_PORT } =
  codes;

let defaultResultOrder = 'verbatim';

function orderCode(order) {
  return order === 'ipv4first' ? 4 : order === 'ipv6first' ? 6 : 0;
}

function isIP(input) {
  return typeof input === 'string' ? cares.isIP(input) : 0;
}

// Validates (hostname, options) the way Node's lookup does; returns normalised fields.
function lookupOptions(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  let family = 0;
  let hints = 0;
  let all = false;
  let order = defaultResultOrder;
  if (typeof options === 'number') {
    validateOneOf(options, 'family', [0, 4, 6]);
    family = options;
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
    if (options.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      const valid = cares.AI_ADDRCONFIG | cares.AI_ALL | cares.AI_V4MAPPED;
      if ((hints & ~valid) !== 0) throw new ERR_INVALID_ARG_VALUE('options.hints', options.hints);
    }
    if (options.family != null) {
      if (options.family === 'IPv4') family = 4;
      else if (options.family === 'IPv6') family = 6;
      else {
        validateOneOf(options.family, 'options.family', [0, 4, 6]);
        family = options.family;
      }
    }
    if (options.all != null) {
      if (typeof options.all !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.all', 'boolean', options.all);
      all = options.all;
    }
    if (options.verbatim != null) {
      if (typeof options.verbatim !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.verbatim', 'boolean', options.verbatim);
      }
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      validateOneOf(options.order, 'options.order', ['ipv4first', 'ipv6first', 'verbatim']);
      order = options.order;
    }
  }
  return { family, hints, all, order };
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const { family, hints, all, order } = lookupOptions(hostname, options);
  if (!hostname) {
    process.nextTick(() => callback(null, all ? [] : null, all ? undefined : family === 6 ? 6 : 4));
    return {};
  }
  const literal = isIP(hostname);
  if (literal) {
    process.nextTick(() => {
      if (all) callback(null, [{ address: hostname, family: literal }]);
      else callback(null, hostname, literal);
    });
    return {};
  }
  const req = {
    oncomplete(status, addresses) {
      if (status) {
        callback(new DNSException(status, 'getaddrinfo', hostname));
        return;
      }
      if (all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    },
  };
  const err = cares.getaddrinfo(req, hostname.toLowerCase(), family, hints, orderCode(order));
  if (err) {
    process.nextTick(callback, new DNSException(err, 'getaddrinfo', hostname));
  }
  return req;
}
Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null, enumerable: false, configurable: true,
  get() {
    return promises.lookup;
  },
});

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  if (typeof port !== 'number' || !(port >= 0 && port < 65536) || port !== (port | 0)) {
    throw new ERR_SOCKET_BAD_PORT('port', port);
  }
  validateFunction(callback, 'callback');
  const req = {
    oncomplete(status, hostname, service) {
      if (status) callback(new DNSException(status, 'getnameinfo', address));
      else callback(null, hostname, service);
    },
  };
  const err = cares.getnameinfo(req, address, port);
  if (err) throw new DNSException(err, 'getnameinfo', address);
  return req;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultResultOrder = order;
}

function getDefaultResultOrder() {
  return defaultResultOrder;
}

const promises = {
  lookup(hostname, options) {
    return new Promise((resolve, reject) => {
      const all = options !== null && typeof options === 'object' && options.all === true;
      lookup(hostname, options, (err, address, family) => {
        if (err) reject(err);
        else resolve(all ? address : { address, family });
      });
    });
  },
  lookupService(address, port) {
    return new Promise((resolve, reject) => {
      lookupService(address, port, (err, hostname, service) => {
        if (err) reject(err);
        else resolve({ hostname, service });
      });
    });
  },
  setDefaultResultOrder,
  getDefaultResultOrder,
};

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

module.exports = {
  lookup,
  lookupService,
  setDefaultResultOrder,
  getDefaultResultOrder,
  ADDRCONFIG: cares.AI_ADDRCONFIG,
  ALL: cares.AI_ALL,
  V4MAPPED: cares.AI_V4MAPPED,
  ...errorCodes,
  promises,
};
