'use strict';
// Internals of node:dgram: the shared state symbol, socket type checks and UDP handle creation
// (with the per-family address lookup each handle carries).

const { UDP } = internalBinding('udp_wrap');
const { codes: { ERR_SOCKET_BAD_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kStateSymbol = Symbol('state symbol');
const ownerSymbol = Symbol('owner_symbol');

let dnsLookup;
function defaultLookup() {
  if (dnsLookup === undefined) dnsLookup = require('dns').lookup;
  return dnsLookup;
}

// Resolves `address` for an IPv4 socket: empty means the loopback address.
function lookup4(lookup, address, callback) {
  return lookup(address || '127.0.0.1', 4, callback);
}

function lookup6(lookup, address, callback) {
  return lookup(address || '::1', 6, callback);
}

// Returns a new UDP handle for 'udp4' / 'udp6' with handle.lookup bound to the resolver;
// throws ERR_SOCKET_BAD_TYPE for anything else.
function newHandle(type, lookup) {
  if (lookup === undefined) {
    lookup = defaultLookup();
  } else {
    validateFunction(lookup, 'lookup');
  }
  let resolver;
  if (type === 'udp4') resolver = lookup4;
  else if (type === 'udp6') resolver = lookup6;
  else throw new ERR_SOCKET_BAD_TYPE();
  const handle = new UDP();
  handle.lookup = resolver.bind(handle, lookup);
  return handle;
}

module.exports = {
  kStateSymbol,
  ownerSymbol,
  newHandle,
};
