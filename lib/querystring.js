'use strict';
// node:querystring — parse and stringify URL query strings (application/x-www-form-urlencoded).

const { encodeStr, hexTable, isHexTable } = require('internal/querystring');

// ASCII chars escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const noEscape = new Int8Array(128);
for (let c = 48; c <= 57; c++) noEscape[c] = 1;
for (let c = 65; c <= 90; c++) noEscape[c] = 1;
for (let c = 97; c <= 122; c++) noEscape[c] = 1;
for (const ch of "-._~!'()*") noEscape[ch.charCodeAt(0)] = 1;

function hexValue(c) {
  if (c <= 57) return c - 48;
  if (c <= 70) return c - 55;
  return c - 87;
}

// Percent-decodes s into bytes; malformed '%' sequences stay as they are, other chars are kept
// as their low byte (as Node does); '+' becomes a space when decodeSpaces.
function unescapeBytes(s, decodeSpaces) {
  s = `${s}`;
  const len = s.length;
  const out = new Uint8Array(len);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 /* % */ && i + 2 < len && isHexTable[s.charCodeAt(i + 1)] === 1 &&
        isHexTable[s.charCodeAt(i + 2)] === 1) {
      out[n++] = (hexValue(s.charCodeAt(i + 1)) << 4) | hexValue(s.charCodeAt(i + 2));
      i += 2;
    } else if (c === 43 /* + */ && decodeSpaces) {
      out[n++] = 32;
    } else {
      out[n++] = c & 0xff;
    }
  }
  return out.subarray(0, n);
}

function unescapeBuffer(s, decodeSpaces) {
  const bytes = unescapeBytes(s, decodeSpaces);
  let B;
  try {
    B = require('buffer').Buffer;
  } catch {
    return bytes;
  }
  return B.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

let Utf8Decoder;
function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    Utf8Decoder ??= require('string_decoder').StringDecoder;
    return new Utf8Decoder('utf8').end(unescapeBytes(s, decodeSpaces));
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str, noEscape, hexTable);
}

function primitiveText(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? `${v}` : '';
    case 'bigint': return `${v}`;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

// Numbers, bigints and booleans need no escaping with the default encoder.
function encodeValue(v, encode) {
  if (encode === qsEscape) return typeof v === 'string' ? qsEscape(v) : primitiveText(v);
  return encode(primitiveText(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = qsEscape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  if (obj === null || typeof obj !== 'object') return '';
  const keys = Object.keys(obj);
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = obj[k];
    const ks = `${encodeValue(k, encode)}${eq}`;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      for (let j = 0; j < v.length; j++) {
        if (out.length > 0) out += sep;
        out += ks + encodeValue(v[j], encode);
      }
    } else {
      if (out.length > 0) out += sep;
      out += ks + encodeValue(v, encode);
    }
  }
  return out;
}

function decodePart(s, decode, custom) {
  if (s.length === 0) return s;
  const hasPlus = s.includes('+');
  if (!custom && !hasPlus && !s.includes('%')) return s;
  if (hasPlus) s = s.replaceAll('+', '%20');
  try {
    return decode(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? `${sep}` : '&';
  eq = eq ? `${eq}` : '=';
  let maxPairs = Infinity;
  if (options && typeof options.maxKeys === 'number' && options.maxKeys > 0) {
    maxPairs = options.maxKeys;
  }
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const custom = decode !== qsUnescape;
  let start = 0;
  let pairs = 0;
  while (pairs < maxPairs && start <= qs.length) {
    let end = qs.indexOf(sep, start);
    if (end === -1) end = qs.length;
    pairs++;
    if (end > start) {
      const piece = qs.slice(start, end);
      const at = piece.indexOf(eq);
      let key = at === -1 ? piece : piece.slice(0, at);
      let value = at === -1 ? '' : piece.slice(at + eq.length);
      key = decodePart(key, decode, custom);
      value = decodePart(value, decode, custom);
      const old = obj[key];
      if (old === undefined) obj[key] = value;
      else if (typeof old === 'string') obj[key] = [old, value];
      else old.push(value);
    }
    if (end === qs.length) break;
    start = end + sep.length;
  }
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
