'use strict';
// node:tls secure contexts: SecureContext and createSecureContext (keys, certificates, trust,
// ciphers, protocol versions) over internalBinding('tls_wrap').SecureContext, plus the shaping
// of peer certificates into Node's object form.

const { Buffer } = require('buffer');
const binding = internalBinding('tls_wrap');
const {
  codes: {
    ERR_CRYPTO_OPERATION_FAILED,
    ERR_INVALID_ARG_TYPE,
    ERR_TLS_INVALID_PROTOCOL_METHOD,
    ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT,
  },
} = require('internal/errors');
const { validateObject, validateString, validateInt32 } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');

const K = binding.constants;
// Native constructors made by the C API carry no name; Node's do.
for (const [name, ctor] of [['SecureContext', binding.SecureContext], ['TLSWrap', binding.TLSWrap]]) {
  if (ctor.name !== name) {
    Object.defineProperty(ctor, 'name', { __proto__: null, value: name, configurable: true });
  }
}
const kVersions = {
  __proto__: null,
  'TLSv1': K.TLS1_VERSION,
  'TLSv1.1': K.TLS1_1_VERSION,
  'TLSv1.2': K.TLS1_2_VERSION,
  'TLSv1.3': K.TLS1_3_VERSION,
};

// secureProtocol method names and the version range each one pins.
const kMethods = {
  __proto__: null,
  TLS_method: [null, null], SSLv23_method: [null, null],
  TLS_client_method: [null, null], SSLv23_client_method: [null, null],
  TLS_server_method: [null, null], SSLv23_server_method: [null, null],
  TLSv1_method: ['TLSv1', 'TLSv1'], TLSv1_client_method: ['TLSv1', 'TLSv1'],
  TLSv1_server_method: ['TLSv1', 'TLSv1'],
  TLSv1_1_method: ['TLSv1.1', 'TLSv1.1'], TLSv1_1_client_method: ['TLSv1.1', 'TLSv1.1'],
  TLSv1_1_server_method: ['TLSv1.1', 'TLSv1.1'],
  TLSv1_2_method: ['TLSv1.2', 'TLSv1.2'], TLSv1_2_client_method: ['TLSv1.2', 'TLSv1.2'],
  TLSv1_2_server_method: ['TLSv1.2', 'TLSv1.2'],
};

// CA certificates every context without its own `ca` trusts on top of the system store:
// NODE_EXTRA_CA_CERTS (read once) or what tls.setDefaultCACertificates() installed.
let extraCACerts;
let defaultCAOverride = null;

function getExtraCACerts() {
  if (extraCACerts === undefined) {
    extraCACerts = [];
    const file = process.env.NODE_EXTRA_CA_CERTS;
    if (file) {
      try {
        const text = require('fs').readFileSync(file, 'latin1');
        extraCACerts = splitPEM(text);
      } catch (err) {
        process.emitWarning(`Ignoring extra certs from \`${file}\`, load failed: ${err.message}`);
      }
    }
  }
  return extraCACerts;
}

// Splits a PEM bundle into one string per certificate.
function splitPEM(text) {
  const out = [];
  const re = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
  let m;
  while ((m = re.exec(text)) !== null) out.push(m[0] + '\n');
  return out;
}

class SecureContext {
  constructor(secureProtocol, secureOptions, minVersion, maxVersion) {
    this.context = new binding.SecureContext();
    this.context.init(kVersions[minVersion] || 0, kVersions[maxVersion] || 0);
    if (secureOptions) this.secureOptions = secureOptions;
  }
}

function validateKeyOrCertOption(name, value) {
  if (typeof value !== 'string' && !isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function toBytes(v) {
  if (typeof v === 'string') return v;
  return v;
}

function resolveVersions(options) {
  const { secureProtocol } = options;
  let { minVersion, maxVersion } = options;
  const tls = require('tls');
  if (secureProtocol !== undefined) {
    validateString(secureProtocol, 'options.secureProtocol');
    if (minVersion !== undefined) {
      throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    }
    if (maxVersion !== undefined) {
      throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
    }
    const range = kMethods[secureProtocol];
    if (range === undefined) {
      const err = new ERR_TLS_INVALID_PROTOCOL_METHOD();
      Object.defineProperty(err, 'message', {
        __proto__: null, value: `Unknown method: ${secureProtocol}`, writable: true, configurable: true,
      });
      throw err;
    }
    return [range[0] || tls.DEFAULT_MIN_VERSION, range[1] || tls.DEFAULT_MAX_VERSION];
  }
  if (minVersion === undefined) minVersion = tls.DEFAULT_MIN_VERSION;
  if (maxVersion === undefined) maxVersion = tls.DEFAULT_MAX_VERSION;
  if (kVersions[minVersion] === undefined) {
    throw new ERR_TLS_INVALID_PROTOCOL_VERSION(minVersion, 'minimum');
  }
  if (kVersions[maxVersion] === undefined) {
    throw new ERR_TLS_INVALID_PROTOCOL_VERSION(maxVersion, 'maximum');
  }
  return [minVersion, maxVersion];
}

// createSecureContext(options): validates every option the way Node does and configures a
// fresh context. Certificates go in before keys, so a mismatched pair is reported by the key.
function createSecureContext(options) {
  if (options === undefined || options === null) options = {};
  validateObject(options, 'options');
  const [minVersion, maxVersion] = resolveVersions(options);
  const sc = new SecureContext(options.secureProtocol, options.secureOptions, minVersion,
                               maxVersion);
  configureSecureContext(sc.context, options);
  return sc;
}

function configureSecureContext(ctx, options) {
  const { ca, cert, key, pfx, passphrase, ciphers, ecdhCurve, sessionIdContext, sessionTimeout,
    ticketKeys, clientCertEngine, privateKeyEngine, privateKeyIdentifier, sigalgs, dhparam,
    crl } = options;

  if (ca) {
    const list = Array.isArray(ca) ? ca : [ca];
    for (const c of list) {
      validateKeyOrCertOption('options.ca', c);
      ctx.addCACert(toBytes(c));
    }
  } else {
    ctx.addRootCerts();
    const extra = defaultCAOverride || getExtraCACerts();
    for (const pem of extra) ctx.addCACert(pem);
  }

  if (cert) {
    const list = Array.isArray(cert) ? cert : [cert];
    for (const c of list) {
      validateKeyOrCertOption('options.cert', c);
      ctx.setCert(toBytes(c));
    }
  }

  if (key) {
    const list = Array.isArray(key) ? key : [key];
    for (const k of list) {
      const pem = k?.pem !== undefined ? k.pem : k;
      const pass = k?.pem !== undefined ? (k.passphrase ?? passphrase) : passphrase;
      validateKeyOrCertOption('options.key', pem);
      if (pass !== undefined && pass !== null) validateString(pass, 'options.passphrase');
      ctx.setKey(toBytes(pem), pass == null ? '' : pass);
    }
  }

  if (sigalgs !== undefined && sigalgs !== null) validateString(sigalgs, 'options.sigalgs');
  if (privateKeyIdentifier !== undefined && privateKeyIdentifier !== null) {
    validateString(privateKeyIdentifier, 'options.privateKeyIdentifier');
  }
  if (clientCertEngine !== undefined && clientCertEngine !== null) {
    validateString(clientCertEngine, 'options.clientCertEngine');
  }
  if (privateKeyEngine !== undefined && privateKeyEngine !== null) {
    validateString(privateKeyEngine, 'options.privateKeyEngine');
  }

  const cipherList = ciphers === undefined ? require('tls').DEFAULT_CIPHERS : ciphers;
  validateString(cipherList, 'options.ciphers');
  ctx.setCiphers(cipherList);

  const curve = ecdhCurve === undefined ? require('tls').DEFAULT_ECDH_CURVE : ecdhCurve;
  validateString(curve, 'options.ecdhCurve');
  try {
    ctx.setECDHCurve(curve);
  } catch {
    const err = new ERR_CRYPTO_OPERATION_FAILED();
    Object.defineProperty(err, 'message', {
      __proto__: null, value: 'Failed to set ECDH curve', writable: true, configurable: true,
    });
    throw err;
  }

  if (dhparam !== undefined && dhparam !== null) validateKeyOrCertOption('options.dhparam', dhparam);
  if (crl) {
    const list = Array.isArray(crl) ? crl : [crl];
    for (const c of list) validateKeyOrCertOption('options.crl', c);
  }

  if (sessionIdContext !== undefined) {
    validateString(sessionIdContext, 'options.sessionIdContext');
    ctx.setSessionIdContext(sessionIdContext);
  }

  if (pfx !== undefined) {
    const list = Array.isArray(pfx) ? pfx : [pfx];
    for (const p of list) {
      const buf = p?.buf !== undefined ? p.buf : p;
      const pass = p?.buf !== undefined ? (p.passphrase ?? passphrase) : passphrase;
      validateKeyOrCertOption('options.pfx', buf);
      ctx.loadPKCS12(typeof buf === 'string' ? Buffer.from(buf, 'latin1') : buf,
                     pass == null ? undefined : String(pass));
    }
  }

  if (sessionTimeout !== undefined) {
    validateInt32(sessionTimeout, 'options.sessionTimeout', 0);
    ctx.setSessionTimeout(sessionTimeout);
  }
  if (ticketKeys !== undefined) {
    if (!isArrayBufferView(ticketKeys)) {
      throw new ERR_INVALID_ARG_TYPE('options.ticketKeys', ['Buffer', 'TypedArray', 'DataView'],
                                     ticketKeys);
    }
    if (ticketKeys.byteLength !== 48) {
      const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_VALUE('options.ticketKeys', ticketKeys.byteLength,
                                      'must be exactly 48 bytes');
    }
  }
}

function setDefaultCACertificates(certs) {
  defaultCAOverride = certs.slice();
}

function getExtraCACertificates() {
  return getExtraCACerts().slice();
}

// Turns one certificate object from the binding into Node's shape (Buffers for raw/pubkey).
function shapeCertificate(c) {
  if (c === null || c === undefined) return c;
  if (c.pubkey !== undefined) c.pubkey = Buffer.from(c.pubkey);
  if (c.raw !== undefined) c.raw = Buffer.from(c.raw);
  return c;
}

// translatePeerCertificate(list): links [leaf, issuer, ...] through issuerCertificate; a
// self-issued last certificate is its own issuer.
function translatePeerCertificate(list) {
  if (!list) return null;
  const certs = [];
  for (let i = 0; i < list.length; i++) certs.push(shapeCertificate(list[i]));
  for (let i = 0; i + 1 < certs.length; i++) certs[i].issuerCertificate = certs[i + 1];
  if (certs.length > 1 || list.selfIssued) {
    const last = certs[certs.length - 1];
    if (list.selfIssued) last.issuerCertificate = last;
  }
  return certs[0];
}

module.exports = {
  SecureContext,
  createSecureContext,
  translatePeerCertificate,
  shapeCertificate,
  setDefaultCACertificates,
  getExtraCACertificates,
  splitPEM,
};
