'use strict';
// node:tls — TLS sockets, servers and secure contexts (OpenSSL 3 through
// internalBinding('tls_wrap')), the default server-identity check and the TLS defaults.

const { Buffer } = require('buffer');
const net = require('net');
const binding = internalBinding('tls_wrap');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_TLS_CERT_ALTNAME_INVALID },
} = require('internal/errors');
const { validateArray, validateOneOf, validateString } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const common = require('_tls_common');
const { TLSSocket, Server, createServer, connect } = require('_tls_wrap');

const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:' +
  'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:' +
  'DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:' +
  '!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

let cipherList;
function getCiphers() {
  if (cipherList === undefined) {
    const seen = new Set();
    for (const name of binding.getCiphers()) seen.add(name.toLowerCase());
    cipherList = [...seen].sort();
  }
  return cipherList.slice();
}

let rootCerts;
function getRootCertificates() {
  if (rootCerts === undefined) {
    rootCerts = Object.freeze(binding.getRootCertificates().map((pem) => pem.trimEnd()));
  }
  return rootCerts;
}

// getCACertificates(type): 'default' (what contexts trust without `ca`), 'system' and
// 'bundled' (both the system store here), 'extra' (NODE_EXTRA_CA_CERTS).
function getCACertificates(type = 'default') {
  validateString(type, 'type');
  validateOneOf(type, 'type', ['default', 'system', 'bundled', 'extra']);
  if (type === 'extra') return common.getExtraCACertificates();
  if (type === 'default') return [...getRootCertificates(), ...common.getExtraCACertificates()];
  return getRootCertificates().slice();
}

function setDefaultCACertificates(certs) {
  validateArray(certs, 'certs');
  const pems = [];
  for (let i = 0; i < certs.length; i++) {
    const c = certs[i];
    if (typeof c !== 'string' && !isArrayBufferView(c)) {
      throw new ERR_INVALID_ARG_TYPE(`certs[${i}]`, ['string', 'ArrayBufferView'], c);
    }
    pems.push(typeof c === 'string' ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength)
      .toString('latin1'));
  }
  common.setDefaultCACertificates(pems);
}

// ALPN/NPN protocol lists in wire format: each name prefixed by its length.
function convertProtocols(protocols) {
  const names = [];
  let total = 0;
  for (const p of protocols) {
    const b = Buffer.from(p);
    if (b.length > 255) {
      throw new ERR_OUT_OF_RANGE('The byte length of the protocol at index ' +
        `${names.length} exceeds the maximum length.`, '<= 255', b.length, true);
    }
    names.push(b);
    total += 1 + b.length;
  }
  const out = Buffer.allocUnsafe(total);
  let off = 0;
  for (const b of names) {
    out[off++] = b.length;
    b.copy(out, off);
    off += b.length;
  }
  return out;
}

function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    out.ALPNProtocols = convertProtocols(protocols);
  } else if (isArrayBufferView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer.slice(protocols.byteOffset,
                                                           protocols.byteOffset + protocols.byteLength));
  }
  return out;
}

// ---- checkServerIdentity ---------------------------------------------------------------------

// Lower-cased labels of a host name, without one trailing dot.
function hostLabels(host) {
  const h = host.endsWith('.') ? host.slice(0, -1) : host;
  return h.toLowerCase().split('.');
}

// Whether a certificate name (possibly with a wildcard in the left-most label) covers the
// host's labels. Wildcards never match across labels, never in IDNA (xn--) labels and need at
// least three labels in the pattern.
function nameMatches(labels, pattern, allowWildcards) {
  if (!pattern) return false;
  const parts = hostLabels(pattern);
  if (parts.length !== labels.length || parts.includes('')) return false;
  for (const p of parts) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c <= 0x20 || c > 0x7f) return false;
    }
  }
  for (let i = labels.length - 1; i > 0; i--) {
    if (labels[i] !== parts[i]) return false;
  }
  const first = parts[0];
  const host = labels[0];
  const star = first.indexOf('*');
  if (star === -1 || first.includes('xn--')) return host === first;
  if (!allowWildcards) return false;
  if (first.indexOf('*', star + 1) !== -1) return false;
  if (parts.length <= 2) return false;
  const prefix = first.slice(0, star);
  const suffix = first.slice(star + 1);
  if (prefix.length + suffix.length > host.length) return false;
  return host.startsWith(prefix) && host.endsWith(suffix);
}

// Splits "DNS:a, IP Address:1.2.3.4, ..." honouring JSON-quoted values.
function splitAltNames(text) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    const colon = text.indexOf(':', i);
    if (colon === -1) break;
    const kind = text.slice(i, colon);
    let value;
    let j = colon + 1;
    if (text[j] === '"') {
      let k = j + 1;
      while (k < text.length && text[k] !== '"') k += text[k] === '\\' ? 2 : 1;
      try {
        value = JSON.parse(text.slice(j, k + 1));
      } catch {
        value = text.slice(j + 1, k);
      }
      j = k + 1;
    } else {
      const comma = text.indexOf(', ', j);
      const end = comma === -1 ? text.length : comma;
      value = text.slice(j, end);
      j = end;
    }
    out.push([kind, value]);
    if (text.startsWith(', ', j)) j += 2;
    i = j;
  }
  return out;
}

// IPv6 text to the canonical uncompressed upper-case form OpenSSL prints in certificates.
function canonicalIP(ip) {
  if (net.isIPv4(ip)) return ip;
  let [head, tail] = ip.includes('::') ? ip.split('::') : [ip, null];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const parts = [];
  const push = (g) => {
    if (g.includes('.')) {
      const b = g.split('.').map(Number);
      parts.push(((b[0] << 8) | b[1]).toString(16), ((b[2] << 8) | b[3]).toString(16));
    } else {
      parts.push(parseInt(g, 16).toString(16));
    }
  };
  h.forEach(push);
  const fill = tail === null ? 0 : 8 - h.length - t.length -
    t.filter((g) => g.includes('.')).length - h.filter((g) => g.includes('.')).length;
  for (let i = 0; i < fill; i++) parts.push('0');
  t.forEach(push);
  return parts.map((p) => p.toUpperCase()).join(':');
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    for (const [kind, value] of splitAltNames(altNames)) {
      if (kind === 'DNS') dnsNames.push(value);
      else if (kind === 'IP Address') ips.push(value);
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  // Only IPv4 literals are compared with IP entries (Node 22 treats IPv6 hosts as names).
  if (net.isIPv4(hostname)) {
    valid = ips.includes(canonicalIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const labels = hostLabels(hostname);
    const matches = (pattern) => nameMatches(labels, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(matches);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some(matches) : matches(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (!valid) return new ERR_TLS_CERT_ALTNAME_INVALID(reason, hostname, cert);
  return undefined;
}

function createSecurePair() {
  throw new Error('tls.createSecurePair() is deprecated and not supported; use tls.TLSSocket');
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  SecureContext: common.SecureContext,
  Server,
  TLSSocket,
  checkServerIdentity,
  connect,
  convertALPNProtocols,
  createSecureContext: common.createSecureContext,
  createSecurePair,
  createServer,
  getCACertificates,
  getCiphers,
  get rootCertificates() { return getRootCertificates(); },
  setDefaultCACertificates,
};
