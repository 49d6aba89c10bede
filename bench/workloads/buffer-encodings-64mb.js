'use strict';
// Encodes and decodes 64 MB through base64, hex and utf8 with Buffer, verifying each round
// trip; prints nothing (exit code 1 on a mismatch).
const { Buffer } = require('buffer');

const SIZE = 64 * 1024 * 1024;

// Deterministic binary data: a 251-byte pattern (prime length, so no alignment with the
// 3-byte base64 groups) doubled up to SIZE.
const data = Buffer.allocUnsafe(SIZE);
for (let i = 0; i < 251; i++) data[i] = (i * 197 + 13) & 255;
for (let filled = 251; filled < SIZE; filled *= 2) {
  data.copy(data, filled, 0, Math.min(filled, SIZE - filled));
}

function check(ok, what) {
  if (!ok) {
    process.exitCode = 1;
    throw new Error(`round trip failed: ${what}`);
  }
}

const b64 = data.toString('base64');
check(Buffer.from(b64, 'base64').equals(data), 'base64');

const b64url = data.toString('base64url');
check(Buffer.from(b64url, 'base64url').equals(data), 'base64url');

const hex = data.toString('hex');
check(hex.length === SIZE * 2, 'hex length');
check(Buffer.from(hex, 'hex').equals(data), 'hex');

// UTF-8 text mixing 1-, 2-, 3- and 4-byte characters, ~64 MB once encoded.
const unit = 'Plain ASCII text, then some accents: déjà vu, naïve café; CJK 漢字かな; emoji 😀🚀. ';
const text = unit.repeat(Math.ceil(SIZE / Buffer.byteLength(unit)));
const encoded = Buffer.from(text, 'utf8');
check(encoded.length === Buffer.byteLength(text), 'utf8 length');
check(encoded.toString('utf8') === text, 'utf8');
