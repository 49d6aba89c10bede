'use strict';
// node:punycode — RFC 3492 Punycode and IDNA label mapping (toASCII/toUnicode), deprecated
// (DEP0040): the warning is emitted when required from code outside node_modules, as Node does.

const maxInt = 2147483647;
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128;
const delimiter = '-';

const separators = /[\x2E\u3002\uFF0E\uFF61]/g;
const nonAscii = /[^\0-\x7F]/;
const acePrefix = /^xn--/;

const messages = {
  'overflow': 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function fail(kind) {
  throw new RangeError(messages[kind]);
}

// Code points of a string; a surrogate pair is one code point, lone surrogates stay as they are.
function ucs2decode(string) {
  const out = [];
  const len = string.length;
  for (let i = 0; i < len; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
      const d = string.charCodeAt(i + 1);
      if ((d & 0xFC00) === 0xDC00) {
        out.push(((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

// Digit value of a basic code point, or `base` when it is not a digit.
function digitOf(cp) {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30 + 26;
  if (cp >= 0x41 && cp <= 0x5A) return cp - 0x41;
  if (cp >= 0x61 && cp <= 0x7A) return cp - 0x61;
  return base;
}

// Lower-case letter or digit for a digit value 0..35.
function basicOf(digit) {
  return digit < 26 ? 0x61 + digit : 0x30 + digit - 26;
}

function threshold(k, bias) {
  if (k <= bias) return tMin;
  if (k >= bias + tMax) return tMax;
  return k - bias;
}

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  const limit = ((base - tMin) * tMax) >> 1;
  while (delta > limit) {
    delta = Math.floor(delta / (base - tMin));
    k += base;
  }
  return Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
}

function decode(input) {
  const output = [];
  const length = input.length;
  let basic = input.lastIndexOf(delimiter);
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) fail('not-basic');
    output.push(c);
  }
  let n = initialN;
  let bias = initialBias;
  let i = 0;
  for (let pos = basic > 0 ? basic + 1 : 0; pos < length;) {
    const oldI = i;
    let w = 1;
    for (let k = base; ; k += base) {
      if (pos >= length) fail('invalid-input');
      const digit = digitOf(input.charCodeAt(pos++));
      if (digit >= base) fail('invalid-input');
      if (digit > Math.floor((maxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(maxInt / (base - t))) fail('overflow');
      w *= base - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldI, count, oldI === 0);
    if (Math.floor(i / count) > maxInt - n) fail('overflow');
    n += Math.floor(i / count);
    i %= count;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function encode(input) {
  const points = ucs2decode(input);
  const output = [];
  for (const cp of points) {
    if (cp < 0x80) output.push(cp);
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output.push(0x2D);
  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  while (handled < points.length) {
    let m = maxInt;
    for (const cp of points) {
      if (cp >= n && cp < m) m = cp;
    }
    const handledPlusOne = handled + 1;
    if (m - n > Math.floor((maxInt - delta) / handledPlusOne)) fail('overflow');
    delta += (m - n) * handledPlusOne;
    n = m;
    for (const cp of points) {
      if (cp < n && ++delta > maxInt) fail('overflow');
      if (cp !== n) continue;
      let q = delta;
      for (let k = base; ; k += base) {
        const t = threshold(k, bias);
        if (q < t) break;
        const rest = q - t;
        const radix = base - t;
        output.push(basicOf(t + (rest % radix)));
        q = Math.floor(rest / radix);
      }
      output.push(basicOf(q));
      bias = adapt(delta, handledPlusOne, handled === basicLength);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  let s = '';
  for (let j = 0; j < output.length; j += 8192) {
    s += String.fromCharCode.apply(null, output.slice(j, j + 8192));
  }
  return s;
}

// Applies fn to each label of a domain (or of the part after '@' in an email address).
function mapDomain(domain, fn) {
  const parts = domain.split('@');
  let prefix = '';
  if (parts.length > 1) {
    prefix = parts[0] + '@';
    domain = parts[1];
  }
  const labels = domain.replace(separators, '.').split('.');
  return prefix + labels.map(fn).join('.');
}

function toASCII(input) {
  return mapDomain(input, (label) => (nonAscii.test(label) ? 'xn--' + encode(label) : label));
}

function toUnicode(input) {
  return mapDomain(input, (label) => (acePrefix.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

// True when the code that required this module lives under node_modules.
function requiredFromNodeModules() {
  const limit = Error.stackTraceLimit;
  let stack;
  try {
    Error.stackTraceLimit = 50;
    stack = new Error().stack;
  } catch {
    return false;
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (typeof stack !== 'string') return false;
  for (const line of stack.split('\n')) {
    const m = /(?:\(|at |@)((?:\/|file:\/\/)[^()]*?):\d+:\d+\)?$/.exec(line);
    if (m !== null) return /[\\/]node_modules[\\/]/.test(m[1]);
  }
  return false;
}

if (!requiredFromNodeModules()) {
  process.emitWarning(
    'The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning', 'DEP0040');
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
